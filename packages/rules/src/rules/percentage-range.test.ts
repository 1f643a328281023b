import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./percentage-range.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc(
      "Đảm bảo tỷ lệ hồ sơ được giải quyết đúng hẹn 100% và sớm hẹn trong năm 2020.",
      "",
      "100% cán bộ công chức thực hiện tốt kỷ luật, kỷ cương hành chính."
    ),
    { name: "growth", text: doc("Số tin, bài tăng 150% so với năm 2019.") },
    { name: "a multiple", text: doc("Số lượt truy cập gấp 2 lần, đạt 250% so với cùng kỳ.") },
    { name: "against a plan", text: doc("Thu ngân sách đạt 112% kế hoạch năm; giải ngân đạt 105% dự toán.") },
    { name: "'bằng … so với'", text: doc("Số hồ sơ trực tuyến bằng 120% so với cùng kỳ.") },
    {
      name: "'tăng cường' is not growth, but 100% is fine",
      text: doc("Tăng cường kiểm tra, bảo đảm 100% hồ sơ đúng hạn.")
    }
  ],
  invalid: [
    {
      name: "a share above 100 %",
      text: doc("Tỷ lệ hồ sơ được giải quyết đúng hẹn đạt 105%."),
      errors: [{ messageId: "over100", line: 7, column: 42 }]
    },
    {
      name: "a decimal share, and 'tăng cường' earlier in the sentence",
      text: doc("Tăng cường kiểm tra; tỷ lệ hài lòng đạt 100,5% trong quý."),
      errors: [{ messageId: "over100", line: 7, column: 41 }]
    }
  ]
})

describe("percentage-range docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
