/**
 * `appendix-reference`: the appendices (phụ lục) printed after the
 * signature are referred to in the body, and two or more are numbered in
 * Roman numerals (`PHỤ LỤC I`, `PHỤ LỤC II`), as Nghị định 30/2020, Phụ
 * lục I, Phần III, mục 1 asks of appendices (reference §3.10).
 */
import { foldKey, isUpperCaseText } from "@cchc/core"
import { textLines } from "../internal/text.js"
import { defineRule } from "../rule.js"

// An appendix heading once emphasis is removed: `PHỤ LỤC`, `PHỤ LỤC II`,
// `PHỤ LỤC SỐ 02`, `PHỤ LỤC 1`, optionally followed by its title after a
// colon or a dash. Upper case only: `phụ lục` in a sentence is a mention.
const HEADING = /^PHỤ LỤC(?:[ ]+(?:SỐ[ ]+)?([IVXLC]+|\d{1,3}[a-z]?))?(?:[ ]*[:.–-].*)?$/u
const ROMAN = /^[IVXLC]+$/u
const MARKS = /[*|_]/gu

interface AppendixHeading {
  readonly start: number
  readonly end: number
  readonly label: string | null
}

export default defineRule({
  meta: {
    id: "appendix-reference",
    description:
      "Appendices after the signature are referred to in the body; two or more are numbered in Roman numerals (PHỤ LỤC I, PHỤ LỤC II).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, Phần III, mục 1 (phụ lục kèm theo văn bản)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      notReferenced: {
        vi: 'Văn bản có phụ lục ("{heading}") nhưng nội dung văn bản không chỉ dẫn phụ lục: ghi rõ, ví dụ "(chi tiết tại Phụ lục kèm theo)".',
        en: 'The document has an appendix ("{heading}") that the body never refers to: point to it, e.g. "(chi tiết tại Phụ lục kèm theo)".'
      },
      numbering: {
        vi: 'Văn bản có {count} phụ lục: đánh số thứ tự bằng chữ số La Mã ("PHỤ LỤC I", "PHỤ LỤC II"…), không ghi "{heading}".',
        en: 'With {count} appendices, number them in Roman numerals ("PHỤ LỤC I", "PHỤ LỤC II"…), not "{heading}".'
      }
    },
    notes: [
      "Only appendices printed after the signature are seen; the `(Kèm theo … số … ngày … của …)` line and the page numbering of each appendix are not checked."
    ],
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Số: 05/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo./.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ"
      ],
      invalid: [
        "Số: 05/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo./.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n\nPHỤ LỤC 1\nDANH MỤC NHIỆM VỤ\n\nPHỤ LỤC 2\nKINH PHÍ"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const signature = document.signature
    if (signature === null) return { skip: "not-evaluable", reason: "no signature block was found" }
    const after = signature.span.end.offset
    const headings: Array<AppendixHeading> = []
    for (const line of textLines(text)) {
      if (line.start < after) continue
      const bare = line.text.replace(MARKS, "").trim()
      if (bare.length === 0 || !isUpperCaseText(bare)) continue
      const m = HEADING.exec(bare)
      if (m !== null) headings.push({ start: line.start, end: line.end, label: m[1] ?? null })
    }
    if (headings.length === 0) return { skip: "not-applicable", reason: "the document has no appendix" }
    const before = foldKey(text.slice(0, signature.span.start.offset))
    const first = headings[0]!
    if (!before.includes("phụ lục")) {
      context.report({
        messageId: "notReferenced",
        span: context.span(first.start, first.end),
        data: { heading: text.slice(first.start, first.end).replace(MARKS, "").trim() }
      })
    }
    if (headings.length < 2) return
    for (const h of headings) {
      if (h.label !== null && ROMAN.test(h.label)) continue
      context.report({
        messageId: "numbering",
        span: context.span(h.start, h.end),
        data: { count: headings.length, heading: text.slice(h.start, h.end).replace(MARKS, "").trim() }
      })
    }
  }
})
