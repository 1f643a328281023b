import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./national-header.js"

const HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    { name: "old tone placement HOÀ", text: SAMPLE_REPORT.replace("CỘNG HÒA", "CỘNG HOÀ") },
    {
      name: "party document",
      text: SAMPLE_REPORT.replace(HEADER, "ĐẢNG CỘNG SẢN VIỆT NAM\n")
    }
  ],
  invalid: [
    {
      name: "no national header at all",
      text: SAMPLE_REPORT.replace(HEADER, ""),
      errors: [{ messageId: "missingBoth", line: 1, column: 1 }]
    },
    {
      name: "no Quốc hiệu",
      text: SAMPLE_REPORT.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", ""),
      errors: [{ messageId: "missingCountry", line: 5 }]
    },
    {
      name: "no Tiêu ngữ",
      text: SAMPLE_REPORT.replace("Độc lập - Tự do - Hạnh phúc\n", ""),
      errors: [{ messageId: "missingMotto", line: 5, column: 1 }]
    },
    {
      name: "Quốc hiệu in normal case",
      text: SAMPLE_REPORT.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
      errors: [{ messageId: "countryForm", line: 5, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "Quốc hiệu with a double space keeps its tone placement when fixed",
      text: SAMPLE_REPORT.replace("CỘNG HÒA XÃ HỘI", "CỘNG HOÀ  XÃ HỘI"),
      errors: [{ messageId: "countryForm", line: 5 }],
      output: SAMPLE_REPORT.replace("CỘNG HÒA", "CỘNG HOÀ")
    },
    {
      name: "Tiêu ngữ with en dashes",
      text: SAMPLE_REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"),
      errors: [{ messageId: "mottoForm", line: 6, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "Tiêu ngữ in upper case",
      text: SAMPLE_REPORT.replace("Độc lập - Tự do - Hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
      errors: [{ messageId: "mottoForm", line: 6 }],
      output: SAMPLE_REPORT
    },
    {
      name: "Tiêu ngữ without spaces around the hyphens",
      text: SAMPLE_REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc lập-Tự do-Hạnh phúc"),
      errors: [{ messageId: "mottoForm", line: 6 }],
      output: SAMPLE_REPORT
    }
  ]
})
