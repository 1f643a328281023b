/**
 * `layout-font`: the text is in Times New Roman (a Unicode font of TCVN
 * 6909:2001), in black (NĐ 30/2020, Phụ lục I, mục I.2–3). One report
 * per paragraph, at its first run in another font or colour.
 */
import { formattingOf, isSkip } from "../internal/formatting.js"
import { defineRule } from "../rule.js"

const VISIBLE = /[\p{L}\p{N}]/u

const isBlack = (color: string | null): boolean => color === null || color === "auto" || color === "000000"

export default defineRule({
  meta: {
    id: "layout-font",
    description: "The text is in Times New Roman, black (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục I.2 and I.3",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      font: {
        vi: "Văn bản phải dùng phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001); đoạn này dùng phông {found}.",
        en: "The text is in Times New Roman (Unicode, TCVN 6909:2001); this paragraph uses {found}."
      },
      color: {
        vi: "Chữ trong văn bản phải màu đen; đoạn này có chữ màu #{found}.",
        en: "The text is black; this paragraph has text in #{found}."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nNội dung báo cáo./."
      ],
      invalid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center font=Arial] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nNội dung báo cáo./."
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    for (const p of formatting.paragraphs) {
      const visible = p.runs.filter((r) => VISIBLE.test(context.text.slice(r.start, r.end)))
      const font = visible.find(
        (r) => r.format.font !== null && r.format.font.trim().toLowerCase() !== "times new roman"
      )
      if (font !== undefined)
        context.report({
          messageId: "font",
          span: context.span(font.start, font.end),
          data: { found: font.format.font! },
          formatFix: { runs: { font: "Times New Roman" } }
        })
      const color = visible.find((r) => !isBlack(r.format.color))
      if (color !== undefined)
        context.report({
          messageId: "color",
          span: context.span(color.start, color.end),
          data: { found: color.format.color! }
        })
    }
  }
})
