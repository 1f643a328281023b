import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./signer-name.js"

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    {
      // A hospital's director signs with his title (PL I II.7.c leaves it to the sector).
      name: "an academic title under a hospital",
      text: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "BỘ Y TẾ\nBỆNH VIỆN BẠCH MAI")
        .replace("KT. GIÁM ĐỐC", "GIÁM ĐỐC")
        .replace("Nguyễn Văn An", "PGS.TS. Đào Xuân Cơ")
    },
    {
      name: "an academic title under a university",
      text: SAMPLE_REPORT.replace(
        "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ",
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC VINH"
      ).replace("Nguyễn Văn An", "TS. Nguyễn Văn An")
    },
    {
      name: "a professional grade is read as part of the name, not a missing name",
      text: SAMPLE_REPORT.replace(
        "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ",
        "SỞ Y TẾ TỈNH QUẢNG NGÃI\nBỆNH VIỆN ĐA KHOA TỈNH"
      ).replace("Nguyễn Văn An", "BSCKII. Nguyễn Văn A")
    },
    {
      name: "degree allowed by option",
      text: SAMPLE_REPORT.replace("Nguyễn Văn An", "TS. Nguyễn Văn An"),
      options: { allowAcademicTitles: true }
    }
  ],
  invalid: [
    {
      name: "name in upper case",
      text: SAMPLE_REPORT.replace("Nguyễn Văn An", "NGUYỄN VĂN AN"),
      errors: [{ messageId: "upperCase", line: 35, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "academic title before the name",
      text: SAMPLE_REPORT.replace("Nguyễn Văn An", "TS. Nguyễn Văn An"),
      errors: [{ messageId: "academicTitle", line: 35, column: 1 }]
    },
    {
      name: "an academic title under a UBND or a Sở is still reported, never fixed by itself",
      text: SAMPLE_REPORT.replace("Nguyễn Văn An", "PGS.TS. Đào Xuân Cơ"),
      errors: [{ messageId: "academicTitle", line: 35, column: 1 }],
      output: SAMPLE_REPORT.replace("Nguyễn Văn An", "PGS.TS. Đào Xuân Cơ")
    },
    {
      name: "a professional grade under a Sở is reported as a title",
      text: SAMPLE_REPORT.replace("Nguyễn Văn An", "BSCKII. Nguyễn Văn An"),
      errors: [{ messageId: "academicTitle", line: 35, column: 1 }]
    },
    {
      name: "a title forbidden by option even under a hospital",
      text: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "BỘ Y TẾ\nBỆNH VIỆN BẠCH MAI").replace(
        "Nguyễn Văn An",
        "TS. Nguyễn Văn An"
      ),
      options: { allowAcademicTitles: false },
      errors: [{ messageId: "academicTitle", line: 35 }]
    },
    {
      name: "two degrees",
      text: SAMPLE_REPORT.replace("Nguyễn Văn An", "PGS.TS. Nguyễn Văn An"),
      errors: [{ messageId: "academicTitle", line: 35 }]
    },
    {
      name: "no name",
      text: SAMPLE_REPORT.replace("\n\nNguyễn Văn An", ""),
      errors: [{ messageId: "missing", line: 33 }]
    }
  ]
})
