import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule, { codeFitsKind } from "./citation-type-code.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc(
      "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của Chủ tịch UBND tỉnh Quảng Ngãi ban hành Kế hoạch tuyên truyền."
    ),
    doc(
      "Kế hoạch số 35/KH-UBND ngày 09/3/2020; Chỉ thị số 23/CT-TTg ngày 02/9/2021; Tờ trình số 12/TTr-SNV ngày 05/01/2024."
    ),
    {
      name: "a Công văn has no type code",
      text: doc("Theo Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông.")
    },
    {
      name: "a Công văn of a Thanh tra tỉnh, whose code equals the Tờ trình code",
      text: doc("Theo đề nghị của Chánh Thanh tra tỉnh tại Công văn số 410/TTr-NV1 ngày 28 tháng 9 năm 2011.")
    },
    {
      name: "a 'Văn bản' is not checked",
      text: doc("Văn bản số 12/KH-UBND ngày 05/01/2024 của UBND huyện.")
    },
    {
      name: "normative numbers",
      text: doc("Nghị định số 30/2020/NĐ-CP; Thông tư số 01/2011/TT-BNV; Quyết định số 09/2015/QĐ-TTg.")
    },
    {
      name: "party numbers",
      text: doc("Nghị quyết số 04-NQ/TU ngày 18/10/2021; Quy định số 08-QĐ/TW ngày 25/10/2018.")
    },
    {
      name: "mixed-case codes as printed in Phụ lục III",
      text: doc("Chương trình số 05/CTr-UBND ngày 10/01/2024.")
    },
    { name: "a legacy code of Thông tư 01/2011", text: doc("Giấy giới thiệu số 15/GT-UBND ngày 10/5/2015.") }
  ],
  invalid: [
    {
      name: "a Kế hoạch numbered as a Quyết định (Sở Ngoại vụ, line 11)",
      text: doc(
        "Thực hiện Quyết định số 2011/QĐ-UBND ngày 23/12/2019 của UBND tỉnh, Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh ban hành Kế hoạch tuyên truyền."
      ),
      errors: [{ messageId: "mismatch", line: 7, column: 69 }]
    },
    {
      name: "each wrong mention is reported",
      text: doc(
        "Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019.",
        "",
        "- Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019."
      ),
      errors: [
        { messageId: "mismatch", line: 7, column: 1 },
        { messageId: "mismatch", line: 9, column: 3 }
      ]
    },
    {
      name: "a state Quy định is QyĐ, not QĐ",
      text: doc("Quy định số 12/QĐ-UBND ngày 10/5/2022 của UBND tỉnh."),
      errors: [{ messageId: "mismatch", line: 7, column: 1 }]
    },
    {
      name: "a Nghị quyết with a decree code",
      text: doc("Nghị quyết số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ."),
      errors: [{ messageId: "mismatch", line: 7, column: 1 }]
    }
  ]
})

describe("citation-type-code message", () => {
  test("quotes both kinds and the expected code", () => {
    const [d] = lintWithRule(
      rule,
      doc("Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019."),
      {},
      DEFAULT_TEST_TODAY
    ).diagnostics
    expect(d?.message).toBe(
      "“Kế hoạch số 2113/QĐ-UBND”: tên loại không khớp với ký hiệu. “QĐ” là ký hiệu của Quyết định; Kế hoạch có ký hiệu “KH”. Kiểm tra lại tên loại hoặc số, ký hiệu của văn bản được viện dẫn."
    )
  })

  test("codeFitsKind", () => {
    expect(codeFitsKind("Quy định", "QyĐ", "administrative")).toBe(true)
    expect(codeFitsKind("Quy định", "QĐ", "party")).toBe(true)
    expect(codeFitsKind("Kết luận", "KL", "administrative")).toBe(true)
    expect(codeFitsKind("Luật", "QĐ", "normative")).toBe(null)
  })
})

describe("citation-type-code docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
