import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { applyFixes } from "../fix/apply-fixes.js"
import { findRepeatedWords } from "../syllables/find-repeated-words.js"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./repeated-word.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    {
      name: "doubled on purpose",
      text: doc("Nhà nhà, người người thi đua; từ từ tháo gỡ; nước trong trong.")
    },
    { name: "a list", text: doc("Công tác, công tác phí; các, các.") },
    { name: "a heading, then its text", text: doc("IV. KINH PHÍ", "", "Kinh phí thực hiện từ ngân sách.") },
    { name: "a signature block", text: doc("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Văn A") },
    { name: "a new sentence", text: doc("Hoàn thành công tác. Công tác năm sau tiếp tục.") },
    { name: "codes", text: doc("Số 05/BC-BC, ký hiệu UBND UBND.") },
    { name: "a blank line between", text: doc("trên các", "", "các nền tảng") },
    { name: "inside code", text: doc("Ví dụ sai: `các các`.") }
  ],
  invalid: [
    {
      name: "the real line: công tác over a line break, then again",
      text: doc("chính quyền cấp xã trong công", "tác công tác quản lý thuế."),
      errors: [{ messageId: "repeated", line: 7, column: 26 }]
    },
    {
      name: "the real line: các at the end of a line and again",
      text: doc("khi kết nối, đồng bộ trên các", "các nền tảng số."),
      errors: [{ messageId: "repeated", line: 7, column: 27 }]
    },
    {
      name: "a function word doubled on one line",
      text: doc("Báo cáo của của Ủy ban nhân dân xã."),
      errors: [{ messageId: "repeated", line: 7, column: 9 }]
    }
  ]
})

const lintBody = (...body: Array<string>) =>
  lintWithRule(rule, doc(...body), {}, DEFAULT_TEST_TODAY).diagnostics

describe("repeated-word suggestions", () => {
  test("deleting the second copy keeps the text around", () => {
    const diagnostics = lintBody("khi kết nối, đồng bộ trên các", "các nền tảng số.")
    expect(diagnostics[0]?.fix).toBeNull()
    const chosen = diagnostics.map((d) => ({ ...d, fix: d.suggestions[0] ?? null }))
    expect(
      applyFixes(doc("khi kết nối, đồng bộ trên các", "các nền tảng số."), chosen, { tiers: ["suggestion"] })
        .output
    ).toBe(doc("khi kết nối, đồng bộ trên các nền tảng số."))
  })
})

describe("findRepeatedWords", () => {
  test("a phrase written twice is found wherever it stands, any phrase of two or three words", () => {
    const word = fc.constantFrom("công", "tác", "quản", "lý", "cải", "cách", "hành", "chính", "số")
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 3 }),
        fc.constantFrom(" ", "\n", "  "),
        (words, gap) => {
          fc.pre(new Set(words).size === words.length)
          const phrase = words.join(" ")
          const found = findRepeatedWords(`Kết quả ${phrase}${gap}${phrase} năm nay.`)
          expect(found.map((f) => f.phrase)).toEqual([phrase])
        }
      )
    )
  })

  test("never throws and stays linear", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => void findRepeatedWords(text)))
    const text = "các ".repeat(100_000)
    expect(findRepeatedWords(text).length).toBe(50_000)
  })
})
