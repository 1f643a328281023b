import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./number-format.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc(
      "Đăng tải 3.250 tin, bài, ảnh, phóng sự; 5.280 tin, bài tuyên truyền; 1.200 lượt người; 1,5 km; 2,75%."
    ),
    {
      name: "years, dates, ranges, numbers, standards, versions, references and phone numbers",
      text: doc(
        "Giai đoạn 2021-2025, từ ngày 03/8/2020 và ngày 15.7.2021; Kế hoạch số 2536/KH-UBND ngày 08/11/2021;",
        "tiêu chuẩn ISO 9001:2015 và ISO 9001: 2015; cách mạng công nghiệp 4.0; theo mục 1.2 tin, bài; ĐT: 0255.3822.123; lúc 7.30 giờ."
      )
    },
    { name: "a comma decimal with three digits and a measure", text: doc("Diện tích 12,630 km.") },
    {
      name: "ungrouped figures in a document that never groups",
      text: doc("Đăng tải 3250 tin, bài; gần 6000 lượt.")
    },
    { name: "a bare number without a unit", text: doc("Mã hồ sơ 123456; tổng số 12,630.") },
    {
      name: "a reference before a dotted number, with or without a dot after it",
      text: doc("Theo mục 1.5 km; phiên bản . 2.5 km; v. 2.5 km; Mục  .  1.5 km; hạng mục 1.5 km.")
    }
  ],
  invalid: [
    {
      name: "commas between thousands, as in a web counter: then every comma group is suspect",
      text: doc("Trong tháng: 12,630", "Cả năm: 10,191,468 lượt"),
      errors: [
        { messageId: "commaThousands", line: 7, column: 14 },
        { messageId: "commaThousands", line: 8, column: 9 }
      ],
      output: doc("Trong tháng: 12,630", "Cả năm: 10.191.468 lượt")
    },
    {
      name: "a count with a comma cannot be a decimal",
      text: doc("Đăng tải 3,250 tin, bài."),
      errors: [{ messageId: "commaThousands", line: 7, column: 10 }]
    },
    {
      name: "English thousands and decimals together",
      text: doc("Kinh phí 1,234,567.5 đồng."),
      errors: [{ messageId: "commaThousands", line: 7, column: 10 }],
      output: doc("Kinh phí 1.234.567,5 đồng.")
    },
    {
      name: "a dot before decimals",
      text: doc("Số hồ sơ trực tuyến tăng 1.5%; quãng đường 2.75 km."),
      errors: [
        { messageId: "dotDecimal", line: 7, column: 26 },
        { messageId: "dotDecimal", line: 7, column: 44 }
      ]
    },
    {
      name: "a reference word does not excuse a colon or a word between",
      text: doc("Theo khoản: 1.5 km; mục dài 2.5 km."),
      errors: [
        { messageId: "dotDecimal", line: 7, column: 13 },
        { messageId: "dotDecimal", line: 7, column: 29 }
      ]
    },
    {
      name: "an ungrouped figure next to a grouped one (Bắc Giang: 'gần 6000 lượt' and '5.280 tin, bài')",
      text: doc(
        "Đăng tải 3.250 tin, bài; với gần 6000 lượt tin, bài.",
        "Đài Truyền thanh đăng tải 5.280 tin, bài."
      ),
      errors: [{ messageId: "ungroupedThousands", line: 7, column: 34 }]
    }
  ]
})

describe("number-format docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
