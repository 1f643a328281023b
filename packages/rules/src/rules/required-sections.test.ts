import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./required-sections.js"

const PLAN = [
  "Số: 35/KH-UBND",
  "Đức Phổ, ngày 09 tháng 3 năm 2022",
  "",
  "KẾ HOẠCH",
  "Tuyên truyền cải cách hành chính năm 2022",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Nội dung.",
  "II. NỘI DUNG TUYÊN TRUYỀN",
  "Nội dung.",
  "III. HÌNH THỨC TUYÊN TRUYỀN",
  "Nội dung.",
  "IV. KINH PHÍ",
  "Nội dung.",
  "V. TỔ CHỨC THỰC HIỆN",
  "Nội dung./."
].join("\n")

const REPORT_NUMBERED_ARABIC = SAMPLE_REPORT.replace(
  "I. KẾT QUẢ THỰC HIỆN\n1. Công tác chỉ đạo",
  "1. Kết quả công tác tuyên truyền\na) Công tác chỉ đạo"
)
  .replace("2. Công tác tuyên truyền", "b) Công tác tuyên truyền")
  .replace("II. ĐÁNH GIÁ", "2. Tồn tại, hạn chế")
  .replace("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II", "3. Nhiệm vụ trọng tâm quý II")

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    PLAN,
    { name: "other numbering and wording variants", text: REPORT_NUMBERED_ARABIC },
    {
      name: "a plan that is not a communication plan needs no forms or funding",
      text: PLAN.replace("Tuyên truyền cải cách", "Kiểm tra cải cách").replace(
        "III. HÌNH THỨC TUYÊN TRUYỀN\nNội dung.\nIV. KINH PHÍ\nNội dung.\n",
        ""
      )
    },
    {
      name: "a user template replaces the default of its kind",
      text: PLAN.replace("IV. KINH PHÍ", "IV. DỰ TOÁN"),
      options: { templates: { KH: [{ id: "content", label: "nội dung", anyOf: ["noi dung"] }] } }
    },
    {
      name: "not a report or a plan",
      text: SAMPLE_REPORT.replace("BÁO CÁO", "THÔNG BÁO")
        .replace("05/BC-SNV", "05/TB-SNV")
        .replace("II. ĐÁNH GIÁ", "II. KHÁC")
    }
  ],
  invalid: [
    {
      name: "a report without tasks ahead",
      text: SAMPLE_REPORT.replace("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
      errors: [{ messageId: "missing", line: 10 }]
    },
    {
      name: "a report without assessment or tasks",
      text: SAMPLE_REPORT.replace("II. ĐÁNH GIÁ", "II. ĐỀ XUẤT").replace(
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II",
        "III. KIẾN NGHỊ"
      ),
      errors: [
        { messageId: "missing", line: 10 },
        { messageId: "missing", line: 10 }
      ]
    },
    {
      name: "a communication plan without funding",
      text: PLAN.replace("IV. KINH PHÍ", "IV. KHEN THƯỞNG"),
      errors: [{ messageId: "missing", line: 4 }]
    },
    {
      name: "a plan without organisation",
      text: PLAN.replace("V. TỔ CHỨC THỰC HIỆN", "V. CHẾ ĐỘ BÁO CÁO"),
      errors: [{ messageId: "missing", line: 4 }]
    }
  ]
})
