import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./metric-total.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    {
      name: "the parts add up: 11 + 7 = 18 (Sở Ngoại vụ, line 63)",
      text: doc(
        "Trong năm 2020, Sở Ngoại vụ đã tiếp nhận và trả kết quả **18** hồ sơ TTHC thuộc thẩm quyền giải quyết của Sở đúng thời hạn, (trong đó 11 hồ sơ trả kết quả trước thời hạn; 07 hồ sơ được yêu cầu rút vì các lý do đại dịch Covid-19). Hiện tại, 01 công chức của Sở tiếp tục tiếp nhận hồ sơ."
      )
    },
    {
      name: "'trong đó' may list some parts only",
      text: doc("Tiếp nhận 120 hồ sơ, trong đó 45 hồ sơ trực tuyến.")
    },
    {
      name: "an approximate total is not added up",
      text: doc("Tiếp nhận trên 100 hồ sơ (trong đó 80 hồ sơ trực tuyến; 30 hồ sơ qua bưu chính).")
    },
    {
      name: "a full list that adds up",
      text: doc(
        "Đăng tải 30 tin, bài gồm: 20 tin, bài về thủ tục hành chính, 10 tin, bài về cải cách chế độ công vụ."
      )
    }
  ],
  invalid: [
    {
      name: "the parts exceed the total",
      text: doc(
        "Đã tiếp nhận và trả kết quả 18 hồ sơ (trong đó 13 hồ sơ trả kết quả trước thời hạn; 07 hồ sơ được yêu cầu rút)."
      ),
      errors: [{ messageId: "partsExceedTotal", line: 7, column: 29 }]
    },
    {
      name: "a full list that falls short",
      text: doc(
        "Đăng tải 30 tin, bài gồm: 20 tin, bài về thủ tục hành chính, 5 tin, bài về cải cách chế độ công vụ."
      ),
      errors: [{ messageId: "partsShortOfTotal", line: 7, column: 10 }]
    }
  ]
})

describe("metric-total message", () => {
  test("shows the addition in the Vietnamese number format", () => {
    const text = doc("Tổ chức 1.200 lượt người (trong đó 1.000 lượt người tại xã; 250 lượt người tại thôn).")
    const [d] = lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
    expect(d?.message).toBe(
      "Tổng số “1.200 lượt người” nhỏ hơn tổng các phần (1.000 + 250 = 1.250 lượt người); kiểm tra lại số liệu."
    )
  })
})

describe("metric-total docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
