/**
 * `layout-issuer`: how the tên cơ quan, tổ chức ban hành (ô 2) looks in a
 * .docx: the issuing body in capitals, bold, 12–13 pt; the cơ quan chủ
 * quản above it in capitals, regular, 12–13 pt (NĐ 30/2020, Phụ lục I,
 * mục II.2).
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
    id: "layout-issuer",
    description:
      "The issuing body is upper case, bold, 12–13 pt; its cơ quan chủ quản upper case, regular, 12–13 pt (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.2",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    ...sizeOption(12, 13),
    examples: {
      valid: [
        "@formatted\n[13 center] UBND TỈNH QUẢNG NGÃI\n[13 b center] SỞ NỘI VỤ\n[13] Số: 05/BC-SNV\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ],
      invalid: [
        "@formatted\n[13 b center] UBND TỈNH QUẢNG NGÃI\n[14 center] SỞ NỘI VỤ\n[13] Số: 05/BC-SNV\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const issuer = context.document.issuer
    if (issuer === null) return { skip: "not-evaluable", reason: "the document has no issuer header" }
    const size = narrowed(context.options.size, [12, 13])
    if (issuer.parentSpan !== null)
      checkTypography(
        context,
        formatting,
        issuer.parentSpan,
        "Tên cơ quan chủ quản",
        { size, bold: false, upper: true },
        "typography"
      )
    checkTypography(
      context,
      formatting,
      issuer.nameSpan,
      "Tên cơ quan ban hành",
      { size, bold: true, upper: true },
      "typography"
    )
  }
})
