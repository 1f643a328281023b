import { ruleTester } from "../testing/rule-tester.js"
import rule from "./invitation-details.js"

// A Giấy mời per Mẫu 1.7; the title is on lines 9-10.
const INVITATION = [
  "ỦY BAN NHÂN DÂN",
  "XÃ BA BÍCH",
  "Số: 12/GM-UBND",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Ba Bích, ngày 05 tháng 7 năm 2025",
  "",
  "GIẤY MỜI",
  "Dự hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2025",
  "",
  "Ủy ban nhân dân xã Ba Bích trân trọng kính mời:",
  "Đại diện lãnh đạo các ban, ngành, đoàn thể xã.",
  "Tới dự: Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2025.",
  "Chủ trì: Đồng chí Chủ tịch Ủy ban nhân dân xã.",
  "Thời gian: 08 giờ 00, ngày 10 tháng 7 năm 2025.",
  "Địa điểm: Hội trường Ủy ban nhân dân xã./.",
  "",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT.",
  "",
  "CHỦ TỊCH",
  "",
  "Nguyễn Văn An"
].join("\n")

ruleTester(rule).run({
  valid: [
    INVITATION,
    {
      name: "time and place in one sentence",
      text: INVITATION.replace(
        "Thời gian: 08 giờ 00, ngày 10 tháng 7 năm 2025.\nĐịa điểm: Hội trường Ủy ban nhân dân xã./.",
        "Vào lúc 14h00 ngày 10 tháng 7 năm 2025, tại Hội trường Ủy ban nhân dân xã./."
      )
    }
  ],
  invalid: [
    {
      name: "no place",
      text: INVITATION.replace(
        "Địa điểm: Hội trường Ủy ban nhân dân xã./.",
        "Đề nghị các đại biểu đến đúng giờ./."
      ),
      errors: [{ messageId: "missingPlace", line: 9 }]
    },
    {
      name: "neither time nor place",
      text: INVITATION.replace(
        "Thời gian: 08 giờ 00, ngày 10 tháng 7 năm 2025.\nĐịa điểm: Hội trường Ủy ban nhân dân xã./.",
        "Đề nghị các đại biểu sắp xếp công việc để dự./."
      ),
      errors: [
        { messageId: "missingTime", line: 9 },
        { messageId: "missingPlace", line: 9 }
      ]
    }
  ]
})
