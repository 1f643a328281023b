import { ruleTester } from "../testing/rule-tester.js"
import rule from "./not-a-document.js"

const report = [
  "Số: 05/BC-UBND",
  "Ba Bích, ngày 05 tháng 3 năm 2024",
  "",
  "BÁO CÁO",
  "Công tác tuyên truyền cải cách hành chính quý I năm 2024",
  "",
  "1. Kết quả",
  "Nội dung./.",
  "",
  "Nơi nhận:",
  "- Lưu: VT."
].join("\n")

const webPage = [
  "Liên kết Liên kết",
  "",
  "Số lượng truy cập Số lượng truy cập",
  "Đang truy cập: 12,630",
  "",
  "Bắc Giang: Chú trọng công tác tuyên truyền cải cách hành chính (CCHC)",
  "",
  "Lượt xem:",
  "Cỡ chữ: A- A A+",
  "",
  "Trong giai đoạn hiện nay, CCHC có ý nghĩa hết sức quan trọng."
].join("\n")

ruleTester(rule).run({
  valid: [
    report,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2022\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Thanh Hùng"
  ],
  invalid: [
    {
      name: "web page with counters",
      text: webPage,
      errors: [{ messageId: "notDocument", line: 1, column: 1 }]
    },
    {
      name: "leading blank lines",
      text: `\n\n${webPage}`,
      errors: [{ messageId: "notDocument", line: 3, column: 1 }]
    },
    {
      name: "plain prose",
      text: "Hôm nay trời đẹp. Chúng tôi đi chơi công viên.",
      errors: [{ messageId: "notDocument", line: 1 }]
    },
    { name: "empty input", text: "", errors: [{ messageId: "notDocument", line: 1 }] }
  ]
})
