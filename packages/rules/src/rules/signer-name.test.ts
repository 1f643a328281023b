import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./signer-name.js"

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
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
