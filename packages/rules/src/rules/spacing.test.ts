import { ruleTester } from "../testing/rule-tester.js"
import rule from "./spacing.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (body: string) => HEAD + body

ruleTester(rule).run({
  valid: [
    doc("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TH."),
    {
      name: "the end mark, an ellipsis and a table row",
      text: doc("Nội dung./.\nCác nhiệm vụ khác ...\n| ; | , |")
    },
    {
      name: "dates written with their spaces",
      text: doc("Theo Công văn ngày 15/8/2013, ngày 15 tháng 8 năm 2013.")
    },
    { name: "words that only start like a date word", text: doc("Ngàyhội2025 là tên miền; mã NAM12A.") }
  ],
  invalid: [
    {
      name: "a space before the semicolon of a recipient (qd08, line 55)",
      text: doc("Nơi nhận:\n- Như Điều 3 ;\n- Lưu: VT, TH."),
      errors: [{ messageId: "spaceBeforePunctuation", line: 8, column: 13 }],
      output: doc("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TH.")
    },
    {
      name: "a space before a comma and a full stop",
      text: doc("Sở Nội vụ , Sở Tài chính ."),
      errors: [
        { messageId: "spaceBeforePunctuation", line: 7, column: 10 },
        { messageId: "spaceBeforePunctuation", line: 7, column: 25 }
      ],
      output: doc("Sở Nội vụ, Sở Tài chính.")
    },
    {
      name: "ngày glued to its date in a citation (cv10, line 177)",
      text: doc("theo Thông tư số 111/2013/TT-BTC ngày15/8/2013 của Bộ Tài chính"),
      errors: [{ messageId: "gluedDate", line: 7, column: 34 }],
      output: doc("theo Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính")
    },
    {
      name: "tháng and năm glued",
      text: doc("ngày 05 tháng11 năm2025"),
      errors: [
        { messageId: "gluedDate", line: 7, column: 9 },
        { messageId: "gluedDate", line: 7, column: 17 }
      ],
      output: doc("ngày 05 tháng 11 năm 2025")
    }
  ]
})

ruleTester(rule).run({
  valid: [
    doc("Theo Thông tư số 44/2022/TT-BTC và Nghị quyết số 66-NQ/TW, Công văn số 15972/SXD-QLN&TTBĐS."),
    {
      name: "a range of years and a number before a dash in running text",
      text: doc("giai đoạn 2021 - 2025; Kế hoạch số 12/KH-UBND - Sở Nội vụ chủ trì")
    },
    {
      name: "the document's own number is the document-number rule's",
      text: "Số: 9476 /BNNMT-CNTY\n" + doc("")
    }
  ],
  invalid: [
    {
      name: "a space after the hyphen of a cited code (cv04, line 23)",
      text: doc("Thông tư số 44/2022/TT- BTC ngày 30/6/2022"),
      errors: [{ messageId: "numberSpacing", line: 7, column: 13 }],
      output: doc("Thông tư số 44/2022/TT-BTC ngày 30/6/2022")
    },
    {
      name: "a Party number with a spaced hyphen (tb01, line 38)",
      text: doc("theo Nghị quyết số 66- NQ/TW và Nghị quyết số 140/NQ-CP"),
      errors: [{ messageId: "numberSpacing", line: 7, column: 20 }],
      output: doc("theo Nghị quyết số 66-NQ/TW và Nghị quyết số 140/NQ-CP")
    },
    {
      name: "a space after an ampersand inside a code (cv02, line 30)",
      text: doc("Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025"),
      errors: [{ messageId: "numberSpacing", line: 7, column: 13 }],
      output: doc("Công văn số 15972/SXD-QLN&TTBĐS ngày 14 tháng 11 năm 2025")
    },
    {
      name: "a code with lower-case letters (cv11, line 95)",
      text: doc("Chỉ thị số 13/CT- TTg ngày 17/5/2025"),
      errors: [{ messageId: "numberSpacing", line: 7, column: 12 }],
      output: doc("Chỉ thị số 13/CT-TTg ngày 17/5/2025")
    }
  ]
})
