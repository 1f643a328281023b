import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-signature.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "a note in brackets in the block is not judged",
      text: FORMATTED_REPORT.replace(
        "[]\n[14 b center] Nguyễn",
        "[12 i center] (Đã ký)\n[14 b center] Nguyễn"
      )
    }
  ],
  invalid: [
    {
      name: "the title not bold",
      text: withLook("CHỦ TỊCH", "14 center"),
      errors: [{ messageId: "typography", line: lineOf("CHỦ TỊCH") }]
    },
    {
      name: "the name in 12 pt",
      text: withLook("Nguyễn Văn An", "12 b center"),
      errors: [{ messageId: "typography", line: lineOf("Nguyễn Văn An") }]
    }
  ]
})
