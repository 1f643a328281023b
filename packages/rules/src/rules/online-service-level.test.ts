import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./online-service-level.js"

// A minimal report dated `date`: the body starts on line 7.
const report = (date: string, ...body: Array<string>) =>
  `Số: 05/BC-UBND\nQuảng Ngãi, ${date}\n\nBÁO CÁO\nKết quả công tác cải cách hành chính năm 2025\n\n` +
  body.join("\n")

ruleTester(rule).run({
  valid: [
    {
      name: "the current classes",
      text: report(
        "ngày 15 tháng 12 năm 2025",
        "- Cung cấp 1.250 dịch vụ công trực tuyến toàn trình và 320 dịch vụ công trực tuyến một phần."
      )
    },
    {
      name: "the old levels in a 2020 report (real seed: Sở Ngoại vụ Quảng Ngãi, line 29)",
      text: report(
        "ngày 20 tháng 11 năm 2020",
        "- Kết nối, liên thông văn bản giữa Sở và các cơ quan nhà nước áp dụng các dịch vụ công trực tuyến mức độ 3."
      )
    },
    {
      name: "the old levels in a 2022 plan (real seed: UBND thị xã Đức Phổ, line 69), before the cut-off",
      text: report(
        "ngày 10 tháng 3 năm 2022",
        "2. Tuyên truyền về sử dụng dịch vụ công trực tuyến mức độ 3, mức độ 4."
      )
    },
    {
      name: "a 'mức độ 3' that is not about online services",
      text: report("ngày 15 tháng 12 năm 2025", "- Cảnh báo thiên tai ở mức độ 3 trên địa bàn xã.")
    },
    {
      name: "a 2025 report whose day is blank but whose month is in 2024",
      text: report("ngày tháng 12 năm 2024", "Thực hiện dịch vụ công trực tuyến mức độ 4.")
    }
  ],
  invalid: [
    {
      name: "a 2025 report that still counts mức độ 3, 4 (real seed wording: UBND TP Quảng Ngãi, line 55)",
      text: report(
        "ngày 15 tháng 12 năm 2025",
        "- Thực hiện dịch vụ công trực tuyến mức độ 3, 4 theo quy định."
      ),
      errors: [{ messageId: "obsoleteLevel", line: 7, column: 37 }]
    },
    {
      name: "both levels named, one wrapped onto the next line",
      text: report(
        "ngày 15 tháng 12 năm 2025",
        "Tuyên truyền về sử dụng dịch vụ công trực tuyến mức độ 3, mức độ 4; thanh toán trực tuyến",
        "mức độ 4."
      ),
      errors: [
        { messageId: "obsoleteLevel", line: 7, column: 49 },
        { messageId: "obsoleteLevel", line: 7, column: 59 },
        { messageId: "obsoleteLevel", line: 8, column: 1 }
      ]
    }
  ]
})

describe("online-service-level", () => {
  test("the message names the decree and says the source is secondary", () => {
    const text = report("ngày 15 tháng 12 năm 2025", "Cung cấp DVC trực tuyến mức độ 4.")
    const [d] = lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
    expect(d?.message).toContain("Nghị định 42/2022/NĐ-CP")
    expect(d?.message).toContain('"mức độ 4"')
    expect(d?.message).toContain("nguồn thứ cấp")
  })

  test("the cut-off date is an option", () => {
    const text = report("ngày 10 tháng 3 năm 2023", "Cung cấp dịch vụ công trực tuyến mức độ 4.")
    expect(lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics).toEqual([])
    expect(lintWithRule(rule, text, { from: "2022-06-01" }, DEFAULT_TEST_TODAY).diagnostics).toHaveLength(1)
  })

  test("docs examples: valid pass, invalid are reported", () => {
    for (const text of rule.meta.examples.valid)
      expect(lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics).toEqual([])
    for (const text of rule.meta.examples.invalid)
      expect(lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics.length).toBeGreaterThan(0)
  })
})
