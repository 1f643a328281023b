import { ruleTester } from "../testing/rule-tester.js"
import rule from "./document-marks.js"

const LETTER = (mark: string) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG NGÃI",
    "Số: 125/UBND-NC",
    "V/v triển khai công tác cải cách hành chính năm 2026",
    mark,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Ngãi, ngày 10 tháng 01 năm 2026",
    "",
    "Kính gửi: Sở Nội vụ.",
    "",
    "Đề nghị Sở triển khai./.",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, NC.",
    "",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "",
    "Nguyễn Văn An"
  ].join("\n")

ruleTester(rule).run({
  valid: [
    LETTER("THƯỢNG KHẨN"),
    { name: "the old tone placement is the same mark", text: LETTER("HOẢ TỐC") },
    { name: "emphasis and a frame around it", text: LETTER("**[TỐI MẬT]**") },
    { name: "no mark at all", text: LETTER("") }
  ],
  invalid: [
    {
      name: "an urgency mark in normal case",
      text: LETTER("Thượng khẩn"),
      errors: [{ messageId: "upperCase", line: 5, column: 1 }],
      output: LETTER("THƯỢNG KHẨN")
    },
    {
      name: "a circulation mark in bold but not in capitals",
      text: LETTER("**Lưu hành nội bộ**"),
      errors: [{ messageId: "upperCase", line: 5 }],
      output: LETTER("**LƯU HÀNH NỘI BỘ**")
    }
  ]
})
