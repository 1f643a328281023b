/**
 * `layout-document-number`: how `Số:` and the ký hiệu (ô 3) look in a
 * .docx: 13 pt, upright, not bold (NĐ 30/2020, Phụ lục I, mục II.3).
 */
import { checkTypography, formattingOf, isSkip, TYPOGRAPHY_MESSAGE } from "../internal/formatting.js"
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "layout-document-number",
    description: "`Số:` and the ký hiệu are 13 pt, upright, not bold (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.3",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "@formatted\n[13 b center] ỦY BAN NHÂN DÂN\n[13 center] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ],
      invalid: [
        "@formatted\n[13 b center] ỦY BAN NHÂN DÂN\n[14 b center] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const number = context.document.number
    if (number === null) return { skip: "not-evaluable", reason: "the document has no number" }
    checkTypography(
      context,
      formatting,
      number.span,
      "Số, ký hiệu của văn bản",
      { size: [13, 13], bold: false, italic: false },
      "typography"
    )
  }
})
