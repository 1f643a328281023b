import { ruleTester } from "../testing/rule-tester.js"
import rule from "./minutes-signers.js"

// A Biên bản per Mẫu 1.9: no place-date line, two signers.
const MINUTES = [
  "ỦY BAN NHÂN DÂN",
  "XÃ BA BÍCH",
  "Số: 05/BB-UBND",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "BIÊN BẢN",
  "Họp giao ban tháng 7 năm 2025",
  "",
  "Thời gian bắt đầu: 08 giờ 00, ngày 10 tháng 7 năm 2025.",
  "Địa điểm: Hội trường Ủy ban nhân dân xã.",
  "Chủ trì: Ông Trần Văn Nam, Chủ tịch Ủy ban nhân dân xã.",
  "Thư ký: Bà Nguyễn Thị Lan, công chức Văn phòng - Thống kê.",
  "Nội dung: Đánh giá kết quả công tác tháng 7.",
  "Cuộc họp kết thúc vào 11 giờ 00 cùng ngày./.",
  "",
  "THƯ KÝ                                  CHỦ TỌA",
  "",
  "Nguyễn Thị Lan                          Trần Văn Nam",
  "",
  "Nơi nhận:",
  "- Lưu: VT, Hồ sơ."
].join("\n")

ruleTester(rule).run({
  valid: [
    MINUTES,
    {
      name: "the two roles in table cells of a web copy",
      text: MINUTES.replace("THƯ KÝ                                  CHỦ TỌA", "| **THƯ KÝ** | **CHỦ TỌA** |")
    },
    {
      name: "the two roles on lines of their own",
      text: MINUTES.replace("THƯ KÝ                                  CHỦ TỌA", "THƯ KÝ\nCHỦ TỌA")
    },
    {
      name: "minutes of a hand-over signed by each side",
      text: MINUTES.replace(
        "THƯ KÝ                                  CHỦ TỌA",
        "ĐẠI DIỆN BÊN GIAO                       ĐẠI DIỆN BÊN NHẬN"
      )
    }
  ],
  invalid: [
    {
      // The secretary named in the body does not sign.
      name: "signed by the presiding officer alone",
      text: MINUTES.replace("THƯ KÝ                                  CHỦ TỌA", "CHỦ TỌA").replace(
        "Nguyễn Thị Lan                          Trần Văn Nam",
        "Trần Văn Nam"
      ),
      errors: [{ messageId: "oneSigner", line: 18 }]
    }
  ]
})
