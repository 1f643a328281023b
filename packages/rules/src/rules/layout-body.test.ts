import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-body.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "a short heading in the body aligned left",
      text: FORMATTED_REPORT.replace("[]\nỦy ban", "[]\n[14 b left] I. KẾT QUẢ\nỦy ban")
    }
  ],
  invalid: [
    {
      name: "a body paragraph in 12 pt",
      text: withLook(
        "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm 2024 như sau:",
        "12 justify"
      ),
      errors: [{ messageId: "size", line: 11 }]
    },
    {
      name: "a long body paragraph aligned left, with double line spacing",
      text: withLook(
        "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm 2024 như sau:",
        "14 left line=2"
      ),
      errors: [
        { messageId: "alignment", line: 11 },
        { messageId: "lineSpacing", line: 11 }
      ]
    }
  ]
})
