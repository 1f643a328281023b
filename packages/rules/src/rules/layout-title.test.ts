import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-title.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "a trích yếu without a blank line after it: the body line that follows is not the trích yếu",
      text: FORMATTED_REPORT.replace("hành chính\n[]\n", "hành chính\n")
    }
  ],
  invalid: [
    {
      name: "tên loại in 16 pt",
      text: withLook("BÁO CÁO", "16 b center"),
      errors: [{ messageId: "typography", line: lineOf("BÁO CÁO") }]
    },
    {
      name: "trích yếu not bold",
      text: withLook("Kết quả công tác tuyên truyền cải cách hành chính", "14 center"),
      errors: [{ messageId: "typography", line: lineOf("Kết quả công tác tuyên truyền cải cách hành chính") }]
    }
  ]
})
