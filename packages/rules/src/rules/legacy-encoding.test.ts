import { encodeLegacyText } from "@cchc/core"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./legacy-encoding.js"

const report = [
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "Số: 05/BC-UBND",
  "Ba Bích, ngày 05 tháng 3 năm 2024",
  "",
  "BÁO CÁO",
  "Công tác tuyên truyền cải cách hành chính quý I năm 2024",
  "",
  "1. Kết quả",
  "Nội dung đã thực hiện./.",
  "",
  "Nơi nhận:",
  "- Lưu: VT."
].join("\n")

// What PDF extraction leaves: letters with diacritics gone, Đ read as ð.
const stripped = report.replace(/[^\u0000-\u00ff\n]/gu, (ch) => (ch === "Đ" || ch === "đ" ? "ð" : " "))

ruleTester(rule).run({
  valid: [
    { name: "a Unicode report", text: report },
    {
      name: "a web page in Unicode (not-a-document speaks, not this rule)",
      text: "Trang chủ | Liên kết\nLượt xem: 1.024\n\nBài viết về cải cách hành chính."
    },
    {
      name: "Latin-1 names and a single bare letter",
      text: `${report}\nGửi ông José Müller, điểm a khoản 2.`
    },
    { name: "empty input", text: "" }
  ],
  invalid: [
    {
      name: "TCVN3 (ABC) read as Unicode: points at the first decoded word",
      text: encodeLegacyText(report, "tcvn3"),
      errors: [{ messageId: "legacyEncoding", line: 1, column: 1 }]
    },
    {
      name: "VNI read as Unicode",
      text: encodeLegacyText(report, "vni"),
      errors: [{ messageId: "legacyEncoding", line: 1, column: 1 }]
    },
    {
      name: "TCVN3 after blank lines",
      text: `\n\n${encodeLegacyText(report, "tcvn3")}`,
      errors: [{ messageId: "legacyEncoding", line: 3, column: 1 }]
    },
    {
      name: "diacritics lost in PDF extraction",
      text: stripped,
      errors: [{ messageId: "lostDiacritics", line: 1, column: 1 }]
    }
  ]
})
