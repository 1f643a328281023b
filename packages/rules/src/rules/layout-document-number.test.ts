import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-document-number.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    { name: "plain text: the rule is skipped", text: "Số: 05/BC-UBND\nBÁO CÁO\nCông tác" }
  ],
  invalid: [
    {
      name: "Số in bold",
      text: withLook("Số: 05/BC-UBND", "13 b center"),
      errors: [{ messageId: "typography", line: lineOf("Số: 05/BC-UBND") }]
    },
    {
      name: "Số in 14 pt",
      text: withLook("Số: 05/BC-UBND", "14 center"),
      errors: [{ messageId: "typography", line: lineOf("Số: 05/BC-UBND") }]
    }
  ]
})
