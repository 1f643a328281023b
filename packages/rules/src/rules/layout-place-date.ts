/**
 * `layout-place-date`: how the địa danh and thời gian (ô 4) look in a
 * .docx: italic, 13–14 pt (NĐ 30/2020, Phụ lục I, mục II.4).
 */
import {
  sizeOption,
  checkTypography,
  formattingOf,
  isSkip,
  narrowed,
  TYPOGRAPHY_MESSAGE,
  type SizeRange
} from "../internal/formatting.js"
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "layout-place-date",
    description: "The place and date line is italic, 13–14 pt (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.4",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    ...sizeOption(13, 14),
    examples: {
      valid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 i center] Ba Bích, ngày 05 tháng 3 năm 2024\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ],
      invalid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[12 center] Ba Bích, ngày 05 tháng 3 năm 2024\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const placeDate = context.document.placeDate
    if (placeDate === null) return { skip: "not-evaluable", reason: "the document has no place and date" }
    checkTypography(
      context,
      formatting,
      placeDate.span,
      "Địa danh và thời gian ban hành",
      { size: narrowed(context.options.size, [13, 14]), italic: true },
      "typography"
    )
  }
})
