import { ruleTester } from "../testing/rule-tester.js"
import rule from "./parentheses.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (body: string) => HEAD + body

ruleTester(rule).run({
  valid: [
    doc("Quy trình được đơn giản hóa *(chi tiết tại Phụ lục kèm theo)*."),
    {
      name: "an aside wrapped onto the next line",
      text: doc(
        "chuẩn của đơn vị hành chính (thay thế Nghị quyết số 1211/2016/UBTVQH13 ngày\n25/5/2016), Nghị định của Chính phủ"
      )
    },
    {
      name: "enumeration marks that close without opening",
      text: doc("a) Nội dung thứ nhất;\n1) Nội dung thứ hai;\ngồm: i) rà soát; ii) báo cáo; *…đ) Mua, bán*")
    },
    { name: "copies and initials of an archive line", text: doc("- Lưu: VT, QLDN3. H(4)") },
    {
      name: "an opening mark left open is not judged",
      text: doc("(trước ngày 15 tháng 11 hoặc theo đề nghị")
    }
  ],
  invalid: [
    {
      name: "the opening mark lost before an italic note (qd03, line 67)",
      text: doc("trên địa bàn thành phố Hà Nội.\n\n*Chi tiết tại Phụ lục kèm theo)*"),
      errors: [{ messageId: "unopened", line: 9, column: 31 }]
    },
    {
      name: "a blank line ends the paragraph an aside was opened in",
      text: doc("Nội dung (chưa đóng\n\nđoạn sau)"),
      errors: [{ messageId: "unopened", line: 9, column: 9 }]
    }
  ]
})
