import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./issuer-header.js"

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    { name: "UBND with its place on the next line", text: SAMPLE_LETTER },
    {
      name: "a Bộ needs no parent line",
      text: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "BỘ NỘI VỤ")
    },
    {
      name: "a Sở without parent when the option drops the requirement",
      text: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\n", ""),
      options: { requireParentFor: [] }
    }
  ],
  invalid: [
    {
      name: "no issuer at all",
      text: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\n", ""),
      errors: [{ messageId: "missing", line: 1, column: 1 }]
    },
    {
      name: "a body named below the number line is not taken for the issuer",
      text: SAMPLE_REPORT.replace(
        "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 05/BC-SNV",
        "Số: 05/BC-SNV\nSở Nội vụ"
      ),
      errors: [{ messageId: "missing", line: 1, column: 1 }]
    },
    {
      name: "a Sở without its UBND line",
      text: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\n", ""),
      errors: [{ messageId: "missingParent", line: 1, column: 1 }]
    },
    {
      name: "issuer name in normal case",
      text: SAMPLE_REPORT.replace("SỞ NỘI VỤ", "Sở Nội vụ"),
      errors: [{ messageId: "notUpperCase", line: 2, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "both lines in normal case",
      text: SAMPLE_REPORT.replace(
        "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ",
        "Ủy ban nhân dân tỉnh Quảng Ngãi\nSở Nội vụ"
      ),
      errors: [
        { messageId: "notUpperCase", line: 1 },
        { messageId: "notUpperCase", line: 2 }
      ],
      output: SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    }
  ]
})
