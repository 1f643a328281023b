/**
 * `layout-title`: how tên loại and trích yếu (ô 5a) look in a .docx: the
 * tên loại in capitals, bold, 13–14 pt; the trích yếu bold, 13–14 pt; the
 * `V/v` line of a công văn (ô 5b) regular, 12–13 pt (NĐ 30/2020, Phụ lục
 * I, mục II.5).
 */
import type { Formatting, Span } from "@cchc/core"
import {
  checkTypography,
  paragraphsIn,
  formattingOf,
  isSkip,
  narrowed,
  sizeRangeSchema,
  TYPOGRAPHY_MESSAGE,
  type SizeRange
} from "../internal/formatting.js"
import { defineRule } from "../rule.js"

/**
 * The part of a trích yếu span in its first paragraph. A plain-text
 * reading may take the body's first line into a trích yếu that has no
 * blank line after it; the first paragraph is the trích yếu for sure.
 */
const firstParagraphOf = (
  formatting: Formatting,
  span: Span,
  spanOf: (start: number, end: number) => Span
): Span => {
  const first = paragraphsIn(formatting, span.start.offset, span.end.offset)[0]
  if (first === undefined || first.end === null || first.end >= span.end.offset) return span
  return spanOf(span.start.offset, first.end)
}

export default defineRule({
  meta: {
    id: "layout-title",
    description:
      "Tên loại is upper case, bold, 13–14 pt; trích yếu bold, 13–14 pt; a công văn's `V/v` regular, 12–13 pt (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục II.5",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: { typography: TYPOGRAPHY_MESSAGE },
    defaultOptions: {
      size: { min: 13, max: 14 } as SizeRange,
      subjectSize: { min: 12, max: 13 } as SizeRange
    },
    optionsSchema: {
      type: "object",
      properties: { size: sizeRangeSchema(13, 14), subjectSize: sizeRangeSchema(12, 13) },
      additionalProperties: false
    },
    examples: {
      valid: ["@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"],
      invalid: ["@formatted\n[13] Số: 05/BC-UBND\n[16 b center] BÁO CÁO\n[14 center] Công tác tuyên truyền"]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const title = context.document.title
    if (title === null) return { skip: "not-evaluable", reason: "the document has no title" }
    const size = narrowed(context.options.size, [13, 14])
    if (title.form === "vv") {
      if (title.summarySpan !== null)
        checkTypography(
          context,
          formatting,
          title.summarySpan,
          "Trích yếu nội dung công văn",
          { size: narrowed(context.options.subjectSize, [12, 13]), bold: false },
          "typography"
        )
      return
    }
    if (title.nameSpan !== null)
      checkTypography(
        context,
        formatting,
        title.nameSpan,
        "Tên loại văn bản",
        { size, bold: true, upper: true },
        "typography"
      )
    if (title.summarySpan !== null)
      checkTypography(
        context,
        formatting,
        firstParagraphOf(formatting, title.summarySpan, context.span),
        "Trích yếu nội dung",
        { size, bold: true },
        "typography"
      )
  }
})
