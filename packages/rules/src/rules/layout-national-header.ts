/**
 * `layout-national-header`: how Quốc hiệu and Tiêu ngữ (ô 1) look in a
 * .docx: Quốc hiệu in capitals, bold, 12–13 pt; Tiêu ngữ bold, upright,
 * 13–14 pt (NĐ 30/2020, Phụ lục I, mục II.1).
 */
import {
  checkTypography,
  formattingOf,
  isSkip,
  narrowed,
  sizeRangeSchema,
  TYPOGRAPHY_MESSAGE,
  type SizeRange
} from "../internal/formatting.js"
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "layout-national-header",
    description:
      "Quốc hiệu is upper case, bold, 12–13 pt; Tiêu ngữ is bold, upright, 13–14 pt (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.1",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    defaultOptions: {
      countrySize: { min: 12, max: 13 } as SizeRange,
      mottoSize: { min: 13, max: 14 } as SizeRange
    },
    optionsSchema: {
      type: "object",
      properties: { countrySize: sizeRangeSchema(12, 13), mottoSize: sizeRangeSchema(13, 14) },
      additionalProperties: false
    },
    examples: {
      valid: [
        "@formatted\n[12 b center] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n[13 b center] Độc lập - Tự do - Hạnh phúc\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ],
      invalid: [
        "@formatted\n[14 center] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n[13 b i center] Độc lập - Tự do - Hạnh phúc\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const { country, motto } = context.document.nationalHeader
    if (country === null && motto === null)
      return { skip: "not-evaluable", reason: "the document has no Quốc hiệu" }
    if (country !== null)
      checkTypography(
        context,
        formatting,
        country.span,
        "Quốc hiệu",
        { size: narrowed(context.options.countrySize, [12, 13]), bold: true, upper: true },
        "typography"
      )
    if (motto !== null)
      checkTypography(
        context,
        formatting,
        motto.span,
        "Tiêu ngữ",
        { size: narrowed(context.options.mottoSize, [13, 14]), bold: true, italic: false },
        "typography"
      )
  }
})
