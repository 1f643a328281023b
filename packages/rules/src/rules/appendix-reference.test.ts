import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./appendix-reference.js"

const REFERRED = SAMPLE_REPORT.replace(
  "Sở đã đăng tải 12 tin, bài.",
  "Sở đã đăng tải 12 tin, bài (chi tiết tại Phụ lục kèm theo)."
)
const withAppendices = (text: string, ...appendices: Array<string>) =>
  [
    text,
    ...appendices.map(
      (a) => `\n${a}\nSỐ LIỆU TUYÊN TRUYỀN\n(Kèm theo Báo cáo số 05/BC-SNV ngày 05/3/2024 của Sở Nội vụ)`
    )
  ].join("\n")

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    { name: "one appendix referred to in the body", text: withAppendices(REFERRED, "PHỤ LỤC") },
    {
      name: "two appendices in Roman numerals",
      text: withAppendices(REFERRED, "PHỤ LỤC I", "**PHỤ LỤC II**")
    }
  ],
  invalid: [
    {
      name: "an appendix the body never mentions",
      text: withAppendices(SAMPLE_REPORT, "PHỤ LỤC"),
      errors: [{ messageId: "notReferenced", line: 37 }]
    },
    {
      name: "two appendices numbered in Arabic numerals",
      text: withAppendices(REFERRED, "PHỤ LỤC 1", "PHỤ LỤC 2"),
      errors: [
        { messageId: "numbering", line: 37 },
        { messageId: "numbering", line: 41 }
      ]
    }
  ]
})
