import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-recipients.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    { name: "plain text: the rule is skipped", text: "Số: 05/BC-UBND\nBÁO CÁO\nCông tác" }
  ],
  invalid: [
    {
      name: "the label upright",
      text: withLook("Nơi nhận:", "12 b"),
      errors: [{ messageId: "typography", line: lineOf("Nơi nhận:") }]
    },
    {
      name: "an item in 13 pt",
      text: withLook("- UBND huyện;", "13"),
      errors: [{ messageId: "typography", line: lineOf("- UBND huyện;") }]
    }
  ]
})
