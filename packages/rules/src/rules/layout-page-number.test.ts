import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-page-number.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "no page-number field: a one-page document needs none",
      text: FORMATTED_REPORT.replace(" pageNumber=center-top-from2", "")
    }
  ],
  invalid: [
    {
      name: "at the bottom right, on every page",
      text: FORMATTED_REPORT.replace("pageNumber=center-top-from2", "pageNumber=right-bottom-all"),
      errors: [
        { messageId: "placement", line: 1 },
        { messageId: "firstPage", line: 1 }
      ]
    }
  ]
})
