/**
 * `layout-recipients`: how the Nơi nhận (ô 9b) looks in a .docx: the label
 * `Nơi nhận:` bold italic, 12 pt; each recipient line regular, 11 pt
 * (NĐ 30/2020, Phụ lục I, mục II.9.b).
 */
import { checkTypography, formattingOf, isSkip, TYPOGRAPHY_MESSAGE } from "../internal/formatting.js"
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "layout-recipients",
    description:
      "`Nơi nhận:` is bold italic, 12 pt; its recipient lines regular, 11 pt (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.9.b",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nNội dung báo cáo./.\n[12 b i] Nơi nhận:\n[11] - UBND tỉnh;\n[11] - Lưu: VT."
      ],
      invalid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nNội dung báo cáo./.\n[14 b] Nơi nhận:\n[13] - UBND tỉnh;\n[11] - Lưu: VT."
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const recipients = context.document.recipients
    if (recipients === null) return { skip: "not-evaluable", reason: "the document has no Nơi nhận" }
    checkTypography(
      context,
      formatting,
      recipients.labelSpan,
      "Chữ “Nơi nhận”",
      { size: [12, 12], bold: true, italic: true },
      "typography"
    )
    const items = [
      ...recipients.items.map((i) => i.span),
      ...(recipients.archive === null ? [] : [recipients.archive.span])
    ]
    for (const span of items)
      checkTypography(
        context,
        formatting,
        span,
        "Tên cơ quan, tổ chức, cá nhân nhận văn bản",
        { size: [11, 11], bold: false, italic: false },
        "typography"
      )
  }
})
