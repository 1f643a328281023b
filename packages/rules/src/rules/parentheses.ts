/**
 * `parentheses`: a closing parenthesis with no opening one before it in its
 * paragraph (`*Chi tiết tại Phụ lục kèm theo)*`): the opening mark was
 * lost, and a reader cannot tell where the aside begins.
 *
 * A paragraph runs to the next blank line, so an aside that a hard wrap
 * carried onto the next line (`(thay thế Nghị quyết số … ngày` /
 * `25/5/2016)`) is read whole. Enumeration marks that close without
 * opening (`a)`, `1)`, `iii)`, `…đ)`) are no asides. An opening mark left
 * unclosed is not reported: a paragraph cut by a page, a table or a web copy
 * leaves too many of them to tell a typing slip from a cut.
 */
import { defineRule } from "../rule.js"
import { textLines } from "../internal/text.js"

// `a)`, `đ)`, `12)`, `iv)` at the start of the text or after a space, an
// opening mark, a list mark, an ellipsis or emphasis.
const ENUMERATION_BEFORE = /(?:^|[\s(;,:*_…"“-])(?:[a-zđ]|\d{1,2}|[ivxlIVXL]{1,5})$/u

// Examples start with a report's head: the rule runs on documents.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"

export default defineRule({
  meta: {
    id: "parentheses",
    description: "Every closing parenthesis has its opening one in the same paragraph.",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "practice (Vietnamese punctuation; Phụ lục III prints every aside in a pair)",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "none",
    messages: {
      unopened: {
        vi: 'Dấu ngoặc đơn ")" không có dấu "(" mở đầu trong đoạn: "{excerpt}". Thêm dấu "(" ở đầu phần chú thích.',
        en: 'The ")" has no opening "(" in its paragraph: "{excerpt}". Add the "(" where the aside begins.'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Quy trình được đơn giản hóa *(chi tiết tại Phụ lục kèm theo)*.\n\na) Nội dung thứ nhất;"
      ],
      invalid: [EXAMPLE_HEAD + "Quy trình được đơn giản hóa.\n\n*Chi tiết tại Phụ lục kèm theo)*"]
    }
  },
  check: (context) => {
    let depth = 0
    for (const line of textLines(context.text)) {
      const text = line.text
      if (text.trim().length === 0) {
        depth = 0
        continue
      }
      for (let i = text.indexOf("("), j = text.indexOf(")"); i !== -1 || j !== -1;) {
        if (i !== -1 && (j === -1 || i < j)) {
          depth++
          i = text.indexOf("(", i + 1)
          continue
        }
        if (depth > 0) depth--
        else if (!ENUMERATION_BEFORE.test(text.slice(Math.max(0, j - 7), j))) {
          const from = Math.max(0, j - 40)
          context.report({
            messageId: "unopened",
            span: context.span(line.start + j, line.start + j + 1),
            data: { excerpt: `${from > 0 ? "…" : ""}${text.slice(from, j + 1)}` }
          })
        }
        j = text.indexOf(")", j + 1)
      }
    }
  }
})
