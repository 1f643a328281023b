/**
 * `layout-body`: how the nội dung (ô 6) looks in a .docx: 13–14 pt,
 * justified; line spacing from single to 1.5 lines (NĐ 30/2020, Phụ lục
 * I, mục II.6). The first-line indent (1–1.27 cm) and the 6 pt between
 * paragraphs are the decree's too, but a heading or a table in the body
 * legitimately differs: they are not checked here.
 */
import {
  sizeOption,
  formattingOf,
  isSkip,
  narrowed,
  paragraphsIn,
  type SizeRange
} from "../internal/formatting.js"
import { defineRule } from "../rule.js"

// A paragraph that fills less than a line (a heading) looks the same left-aligned or justified.
const SHORT_LINE = 80

export default defineRule({
  meta: {
    id: "layout-body",
    description:
      "Body paragraphs are 13–14 pt and justified, with line spacing from single to 1.5 lines (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.6",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      size: {
        vi: "Phần nội dung phải có cỡ chữ {expected} (đang: cỡ chữ {found}).",
        en: "The body is set in {expected} pt (found: {found} pt)."
      },
      alignment: {
        vi: "Phần nội dung phải căn đều hai lề (đang: {found}).",
        en: "The body is justified (found: {found})."
      },
      lineSpacing: {
        vi: "Khoảng cách giữa các dòng của phần nội dung phải từ một dòng (single) đến 1,5 dòng (đang: {found}).",
        en: "Body line spacing is from single to 1.5 lines (found: {found})."
      }
    },
    ...sizeOption(13, 14),
    examples: {
      valid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\nỦy ban nhân dân xã báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm như sau./."
      ],
      invalid: [
        "@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền\n[12 left] Ủy ban nhân dân xã báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm như sau./."
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const body = context.document.body
    if (body === null) return { skip: "not-evaluable", reason: "the document has no body" }
    const [min, max] = narrowed(context.options.size, [13, 14])
    const ALIGN_WORDS: Readonly<Record<string, string>> = {
      left: "căn trái",
      center: "căn giữa",
      right: "căn phải",
      distribute: "dàn đều"
    }
    for (const p of paragraphsIn(formatting, body.span.start.offset, body.span.end.offset)) {
      if (p.inTable || p.start === null || p.end === null || p.start === p.end) continue
      const span = context.span(p.start, p.end)
      const wrong = p.runs.find(
        (r) =>
          r.format.size !== null &&
          (r.format.size < min || r.format.size > max) &&
          /[\p{L}\p{N}]/u.test(context.text.slice(r.start, r.end))
      )
      if (wrong !== undefined)
        context.report({
          messageId: "size",
          span,
          data: {
            expected: min === max ? `${min}` : `${min}–${max}`,
            found: wrong.format.size!
          },
          formatFix: { runs: { size: wrong.format.size! < min ? min : max } }
        })
      if (p.end - p.start > SHORT_LINE && p.alignment !== null && p.alignment !== "justify")
        context.report({
          messageId: "alignment",
          span,
          data: { found: ALIGN_WORDS[p.alignment] ?? p.alignment },
          formatFix: { alignment: "justify" }
        })
      const line = p.lineSpacing
      if (line !== null && line.rule === "multiple" && (line.value < 1 - 1e-6 || line.value > 1.5 + 1e-6))
        context.report({
          messageId: "lineSpacing",
          span,
          data: { found: `${String(Math.round(line.value * 100) / 100).replace(".", ",")} dòng` }
        })
    }
  }
})
