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

// A Báo cáo thẩm định of a Sở Tư pháp: its headings follow the matter
// appraised, not a periodic outline.
const APPRAISAL = SAMPLE_REPORT.replace("05/BC-SNV", "05/BC-STP")
  .replace("SỞ NỘI VỤ", "SỞ TƯ PHÁP")
  .replace(
    "Công tác tuyên truyền cải cách hành chính quý I năm 2024",
    "Thẩm định dự thảo Quyết định ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh"
  )
  .replace("I. KẾT QUẢ THỰC HIỆN", "I. SỰ CẦN THIẾT BAN HÀNH")
  .replace("II. ĐÁNH GIÁ", "II. Ý KIẾN THẨM ĐỊNH")
  .replace("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II", "III. KẾT LUẬN")

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
    { name: "a Báo cáo thẩm định has no periodic outline", text: APPRAISAL },
    {
      name: "a CCHC report that covers no period (báo cáo giải trình)",
      text: APPRAISAL.replace(
        /^Thẩm định dự thảo.*$/mu,
        "Giải trình, tiếp thu ý kiến góp ý dự thảo Đề án cải cách hành chính của tỉnh"
      )
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
      name: "a periodic CCHC report beside the appraisal report still needs its parts",
      text: APPRAISAL.replace(
        /^Thẩm định dự thảo.*$/mu,
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024"
      ),
      // "1. Công tác chỉ đạo" counts as results; assessment and tasks lack.
      errors: [
        { messageId: "missing", line: 10 },
        { messageId: "missing", line: 10 }
      ]
    },
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
