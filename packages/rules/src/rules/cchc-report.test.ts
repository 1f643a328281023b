import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./cchc-report.js"

const AREAS = [
  "1. Cải cách thể chế",
  "Nội dung.",
  "2. Cải cách thủ tục hành chính",
  "Nội dung.",
  "3. Cải cách tổ chức bộ máy hành chính nhà nước",
  "Nội dung.",
  "4. Cải cách chế độ công vụ",
  "Nội dung.",
  "5. Cải cách tài chính công",
  "Nội dung.",
  "6. Xây dựng chính quyền điện tử, chính quyền số",
  "Nội dung."
]

// A periodic report with its title on line 5 and its body from line 7.
const report = (date: string, summary: string, ...body: Array<string>) =>
  `Số: 05/BC-UBND\nBa Bích, ${date}\n\nBÁO CÁO\n${summary}\n\n` + body.join("\n") + "./."

const FULL = [
  "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
  "Nội dung.",
  "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
  ...AREAS,
  "III. ĐÁNH GIÁ CHUNG",
  "1. Ưu điểm",
  "2. Tồn tại, hạn chế và nguyên nhân",
  "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II",
  "Nội dung.",
  "V. KIẾN NGHỊ, ĐỀ XUẤT",
  "Nội dung"
]

ruleTester(rule).run({
  valid: [
    report("ngày 15 tháng 3 năm 2026", "Kết quả công tác cải cách hành chính quý I năm 2026", ...FULL),
    {
      name: "an annual report dated on its due day",
      text: report("ngày 20 tháng 12 năm 2025", "Kết quả công tác cải cách hành chính năm 2025", ...FULL)
    },
    {
      name: "a report on the communication strand is not a periodic CCHC report",
      text: SAMPLE_REPORT
    },
    {
      name: "a Báo cáo thẩm định (rule-pack corrections b.11) is not one either",
      text: report(
        "ngày 20 tháng 01 năm 2026",
        "Thẩm định dự thảo Quyết định ban hành Quy chế làm việc",
        "I. CĂN CỨ THẨM ĐỊNH",
        "Nội dung",
        "II. Ý KIẾN THẨM ĐỊNH",
        "Nội dung"
      )
    },
    {
      name: "a quý II report is outside the profile's four periods",
      text: report(
        "ngày 30 tháng 7 năm 2026",
        "Kết quả công tác cải cách hành chính quý II năm 2026",
        "I. KẾT QUẢ",
        "Nội dung"
      )
    }
  ],
  invalid: [
    {
      name: "a quý I report without the parts of the đề cương, dated after the 20th",
      text: report(
        "ngày 25 tháng 3 năm 2026",
        "Kết quả công tác cải cách hành chính quý I năm 2026",
        "I. KẾT QUẢ THỰC HIỆN",
        ...AREAS.slice(0, 8),
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II",
        "Nội dung"
      ),
      errors: [
        { messageId: "afterDueDate", line: 2 },
        { messageId: "partMissing", line: 4 },
        { messageId: "areaMissing", line: 4 },
        { messageId: "areaMissing", line: 4 },
        { messageId: "partMissing", line: 4 },
        { messageId: "partMissing", line: 4 }
      ]
    }
  ]
})

describe("cchc-report", () => {
  const lint = (text: string, options = {}) => lintWithRule(rule, text, options, DEFAULT_TEST_TODAY)

  test("the messages name the missing part, the area, and the due day with the data cut-off", () => {
    const text = report(
      "ngày 25 tháng 6 năm 2026",
      "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
      ...FULL.filter((l) => !l.startsWith("5. ") && !l.startsWith("V. "))
    )
    const messages = lint(text).diagnostics.map((d) => d.message)
    expect(messages).toEqual([
      "Báo cáo 6 tháng năm 2026 có hạn gửi ngày 20/6/2026 (Văn bản 581/BNV-CCHC; số liệu từ ngày 15/12/2025 đến ngày 14/6/2026): văn bản ngày 25/6/2026 đã quá hạn.",
      'Báo cáo định kỳ công tác cải cách hành chính chưa có mục về "Cải cách tài chính công" (một trong các nội dung của phần "kết quả thực hiện các nhiệm vụ cải cách hành chính" theo đề cương).',
      'Theo đề cương báo cáo định kỳ công tác cải cách hành chính (Văn bản 581/BNV-CCHC, hoặc đề cương được cấu hình), báo cáo chưa có phần "kiến nghị, đề xuất". Đây là mẫu thực tiễn, không phải yêu cầu của Nghị định 30/2020.'
    ])
  })

  test("a configured outline replaces the default", () => {
    const outline = [
      { id: "results", label: "kết quả", anyOf: ["kết quả"] },
      { id: "plan", label: "kế hoạch quý tới", anyOf: ["kế hoạch quý"] }
    ]
    const text = report(
      "ngày 15 tháng 3 năm 2026",
      "Kết quả công tác cải cách hành chính quý I năm 2026",
      "I. KẾT QUẢ",
      "Nội dung",
      "II. KẾ HOẠCH QUÝ II",
      "Nội dung"
    )
    expect(lint(text, { outline }).diagnostics).toEqual([])
    expect(lint(text).diagnostics.map((d) => d.messageId)).toContain("partMissing")
  })

  test("the due-day check can be turned off", () => {
    const text = report(
      "ngày 25 tháng 3 năm 2026",
      "Kết quả công tác cải cách hành chính quý I năm 2026",
      ...FULL
    )
    expect(lint(text).diagnostics.map((d) => d.messageId)).toEqual(["afterDueDate"])
    expect(lint(text, { checkDueDate: false }).diagnostics).toEqual([])
  })

  test("a report that is not periodic is skipped with the reason", () => {
    expect(lint(SAMPLE_REPORT).skipped).toEqual([
      {
        ruleId: "cchc-report",
        skip: "not-applicable",
        reason: "not a periodic CCHC report (quý I, 6 tháng, quý III or năm in the trích yếu)"
      }
    ])
  })

  test("docs examples: valid pass, invalid are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lint(text).diagnostics).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lint(text).diagnostics.length).toBeGreaterThan(0)
  })
})
