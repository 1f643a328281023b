import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./kinh-gui.js"

const SEVERAL = SAMPLE_LETTER.replace(
  "Kính gửi: Phòng Nội vụ huyện Ba Tơ",
  "Kính gửi:\n- Phòng Nội vụ huyện Ba Tơ;\n- Phòng Văn hóa và Thông tin huyện Ba Tơ."
)

// A tờ trình of a Sở to the UBND tỉnh (PL I II.9.b: Kính gửi required).
const SUBMISSION = SAMPLE_REPORT.replace("05/BC-SNV", "05/TTr-SNV")
  .replace("BÁO CÁO", "TỜ TRÌNH")
  .replace(
    "Công tác tuyên truyền cải cách hành chính quý I năm 2024\n",
    "Về việc ban hành Kế hoạch cải cách hành chính năm 2024\n\nKính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi\n"
  )
  .replace("- UBND tỉnh;", "- Như trên;")

ruleTester(rule).run({
  valid: [
    SAMPLE_LETTER,
    SEVERAL,
    { name: "a report needs no Kính gửi by default", text: SAMPLE_REPORT },
    { name: "a tờ trình with its Kính gửi", text: SUBMISSION },
    {
      name: "a report sent upward, when configured",
      text: SAMPLE_REPORT.replace(
        "Công tác tuyên truyền cải cách hành chính quý I năm 2024\n",
        "Công tác tuyên truyền cải cách hành chính quý I năm 2024\n\nKính gửi: Ủy ban nhân dân tỉnh\n"
      ).replace("- UBND tỉnh;", "- Như trên;"),
      options: { requireFor: ["Công văn", "BC"] }
    }
  ],
  invalid: [
    {
      name: "a công văn without Kính gửi",
      text: SAMPLE_LETTER.replace("Kính gửi: Phòng Nội vụ huyện Ba Tơ\n\n", "").replace(
        "- Như trên;",
        "- Phòng Nội vụ huyện Ba Tơ;"
      ),
      errors: [{ messageId: "missing", line: 4 }]
    },
    {
      name: "a tờ trình without Kính gửi",
      text: SUBMISSION.replace("Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi\n", "").replace(
        "- Như trên;",
        "- UBND tỉnh;"
      ),
      errors: [{ messageId: "missing", line: 10 }]
    },
    {
      name: "a report without Kính gửi, when configured",
      text: SAMPLE_REPORT,
      options: { requireFor: ["BC"] },
      errors: [{ messageId: "missing", line: 10 }]
    },
    {
      name: "label without colon",
      text: SAMPLE_LETTER.replace("Kính gửi: Phòng", "Kính gửi Phòng"),
      errors: [{ messageId: "label", line: 11, column: 1 }],
      output: SAMPLE_LETTER
    },
    {
      name: "old spelling Kính gởi",
      text: SAMPLE_LETTER.replace("Kính gửi:", "Kính gởi:"),
      errors: [{ messageId: "label", line: 11 }],
      output: SAMPLE_LETTER
    },
    {
      name: "Nơi nhận does not start with Như trên",
      text: SAMPLE_LETTER.replace("- Như trên;", "- Phòng Nội vụ huyện Ba Tơ;"),
      errors: [{ messageId: "nhuTren", line: 16 }]
    },
    {
      name: "list items with wrong punctuation",
      text: SEVERAL.replace("huyện Ba Tơ;\n- Phòng Văn", "huyện Ba Tơ,\n- Phòng Văn").replace(
        "Thông tin huyện Ba Tơ.",
        "Thông tin huyện Ba Tơ"
      ),
      errors: [
        { messageId: "itemTerminator", line: 12 },
        { messageId: "itemTerminator", line: 13 }
      ],
      output: SEVERAL
    }
  ]
})
