import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-page-setup.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "margins at the top of the ranges",
      text: FORMATTED_REPORT.replace("@formatted", "@formatted margins=25/25/35/20")
    }
  ],
  invalid: [
    {
      name: "Letter paper and narrow margins",
      text: FORMATTED_REPORT.replace("@formatted", "@formatted page=216x279 margins=25/25/25/25"),
      errors: [
        { messageId: "paper", line: 1 },
        { messageId: "margin", line: 1 },
        { messageId: "margin", line: 1 }
      ]
    },
    {
      name: "a profile that narrows the top margin to 25 mm",
      text: FORMATTED_REPORT,
      options: { top: { min: 25 } },
      errors: [{ messageId: "margin", line: 1 }]
    }
  ]
})
