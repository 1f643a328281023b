import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./word-package.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    { name: "plain text: the rule is skipped", text: "Số: 05/BC-UBND\nBÁO CÁO\nCông tác" }
  ],
  invalid: [
    {
      name: "tracked changes and comments left in the file",
      text: FORMATTED_REPORT.replace("@formatted", "@formatted trackedChanges=2 comments=1"),
      errors: [
        { messageId: "trackedChanges", line: 1 },
        { messageId: "comments", line: 1 }
      ]
    }
  ]
})
