import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-issuer.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "a cơ quan chủ quản line in regular capitals",
      text: FORMATTED_REPORT.replace(
        "[13 b center] ỦY BAN NHÂN DÂN\n[13 b center] XÃ BA BÍCH",
        "[13 center] UBND HUYỆN SƠN TỊNH\n[13 b center] ỦY BAN NHÂN DÂN XÃ BA BÍCH"
      )
    }
  ],
  invalid: [
    {
      name: "the issuing body not bold",
      text: withLook("XÃ BA BÍCH", "13 center"),
      errors: [{ messageId: "typography", line: lineOf("ỦY BAN NHÂN DÂN") }]
    },
    {
      name: "the issuing body in 14 pt",
      text: withLook("ỦY BAN NHÂN DÂN", "14 b center"),
      errors: [{ messageId: "typography", line: lineOf("ỦY BAN NHÂN DÂN") }]
    }
  ]
})
