import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-font.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    { name: "plain text: the rule is skipped", text: "Số: 05/BC-UBND\nBÁO CÁO\nCông tác" }
  ],
  invalid: [
    {
      name: "a line in Arial",
      text: withLook("BÁO CÁO", "14 b center font=Arial"),
      errors: [{ messageId: "font", line: lineOf("BÁO CÁO") }]
    }
  ]
})
