/**
 * `layout-signature`: how the signature block (ô 7a–7c) looks in a .docx:
 * the authority and the signer's title in capitals, bold, 13–14 pt; the
 * signer's name bold, 13–14 pt (NĐ 30/2020, Phụ lục I, mục II.7).
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

// A note in brackets (`(Đã ký)`, `(Ký tên, đóng dấu)`) is not part of the block's words.
const NOTE = /^\(.*\)$/u

export default defineRule({
  meta: {
    id: "layout-signature",
    description:
      "The signing authority and title are upper case, bold, 13–14 pt; the signer's name bold, 13–14 pt (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.7",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    ...sizeOption(13, 14),
    examples: {
      valid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nNội dung báo cáo./.\n[14 b center] TM. ỦY BAN NHÂN DÂN\n[14 b center] CHỦ TỊCH\n[14 b center] Nguyễn Văn An"
      ],
      invalid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nNội dung báo cáo./.\n[14 b center] TM. ỦY BAN NHÂN DÂN\n[14 center] CHỦ TỊCH\n[14 i center] Nguyễn Văn An"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const signature = context.document.signature
    if (signature === null) return { skip: "not-evaluable", reason: "the document has no signature block" }
    const size = narrowed(context.options.size, [13, 14])
    for (const line of signature.lines) {
      const text = line.text.trim()
      if (text.length === 0 || NOTE.test(text)) continue
      if (signature.signer !== null && text === signature.signer.trim())
        checkTypography(context, formatting, line.span, "Họ tên người ký", { size, bold: true }, "typography")
      else
        checkTypography(
          context,
          formatting,
          line.span,
          "Quyền hạn, chức vụ của người ký",
          { size, bold: true, upper: true },
          "typography"
        )
    }
  }
})
