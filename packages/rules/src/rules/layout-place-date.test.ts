import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-place-date.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    { name: "13 pt italic", text: withLook("Ba Bích, ngày 15 tháng 6 năm 2024", "13 i center") }
  ],
  invalid: [
    {
      name: "upright",
      text: withLook("Ba Bích, ngày 15 tháng 6 năm 2024", "14 center"),
      errors: [{ messageId: "typography", line: lineOf("Ba Bích, ngày 15 tháng 6 năm 2024") }]
    },
    {
      name: "a profile that narrows to 13 pt",
      text: FORMATTED_REPORT,
      options: { size: { max: 13 } },
      errors: [{ messageId: "typography", line: lineOf("Ba Bích, ngày 15 tháng 6 năm 2024") }]
    }
  ]
})
