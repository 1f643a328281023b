/**
 * `section-numbering`: within one level of the outline, headings count
 * 1, 2, 3… (I, II, III…; a, b, c, d, đ, e, g…) with no gap, no repeat and
 * one numbering style; Điều numbers run through the whole document.
 */
import type { Section, SectionStyle } from "@cchc/core"
import type { RuleContext } from "../rule.js"
import { defineRule } from "../rule.js"
import { POINT_LETTERS, toRoman } from "@cchc/core"
import { trimEndWhile } from "@cchc/core/internal"

const NUMBERED: ReadonlySet<SectionStyle> = new Set([
  "part",
  "chapter",
  "section",
  "roman",
  "arabic",
  "decimal",
  "letter"
])

const isDigit = (c: string): boolean => c >= "0" && c <= "9"

/**
 * `label` with the number at its end (before one closing `.` or `)`) set
 * to `ordinal`: `1.2.` → `1.3.`, `3)` → `4)`; unchanged without one. Read
 * from the end: an unanchored `\d+(?=[.)]?$)` would be retried from every
 * digit of a long run.
 */
export const withLastNumber = (label: string, ordinal: number): string => {
  const stop = label.endsWith(".") || label.endsWith(")") ? label.length - 1 : label.length
  const start = trimEndWhile(label.slice(0, stop), isDigit).length
  return start === stop ? label : `${label.slice(0, start)}${ordinal}${label.slice(stop)}`
}

const labelOf = (style: SectionStyle, ordinal: number, like: string): string => {
  if (style === "roman" || style === "part" || style === "chapter") {
    const roman = toRoman(ordinal)
    return like.replace(/[IVXLCDM]+|\d+/u, /\d/u.test(like) ? String(ordinal) : roman)
  }
  if (style === "letter") return `${POINT_LETTERS[ordinal - 1] ?? "?"})`
  return withLastNumber(like, ordinal)
}

const labelSpan = (context: RuleContext<unknown>, s: Section) =>
  context.span(s.span.start.offset, s.span.start.offset + s.label.length)

// Checks one run of siblings of the same style.
const checkRun = (context: RuleContext<unknown>, run: ReadonlyArray<Section>): void => {
  let previous: Section | null = null
  for (const s of run) {
    if (s.ordinal === null) {
      if (s.style === "letter")
        context.report({ messageId: "letter", span: labelSpan(context, s), data: { label: s.label } })
      continue
    }
    if (previous === null) {
      if (s.ordinal !== 1)
        context.report({
          messageId: "start",
          span: labelSpan(context, s),
          data: { label: s.label, expected: labelOf(s.style, 1, s.label) }
        })
    } else if (s.ordinal === previous.ordinal) {
      context.report({
        messageId: "repeat",
        span: labelSpan(context, s),
        data: { label: s.label, line: previous.span.start.line }
      })
    } else if (s.ordinal > previous.ordinal! + 1) {
      context.report({
        messageId: "gap",
        span: labelSpan(context, s),
        data: {
          label: s.label,
          previous: previous.label,
          expected: labelOf(s.style, previous.ordinal! + 1, s.label)
        }
      })
    } else if (s.ordinal < previous.ordinal! && s.ordinal !== 1) {
      context.report({
        messageId: "order",
        span: labelSpan(context, s),
        data: { label: s.label, previous: previous.label }
      })
    }
    // A list that starts again at 1 under the same heading is a new list, not an error.
    previous = s
  }
}

const checkSiblings = (context: RuleContext<unknown>, siblings: ReadonlyArray<Section>): void => {
  const numbered = siblings.filter((s) => NUMBERED.has(s.style))
  const first = numbered[0]
  if (first !== undefined) {
    const mixed = numbered.find((s) => s.style !== first.style)
    if (mixed !== undefined) {
      context.report({
        messageId: "mixed",
        span: labelSpan(context, mixed),
        data: { label: mixed.label, first: first.label }
      })
    }
    const styles = [...new Set(numbered.map((s) => s.style))]
    for (const style of styles)
      checkRun(
        context,
        numbered.filter((s) => s.style === style)
      )
  }
  for (const s of siblings) checkSiblings(context, s.children)
}

const articles = (sections: ReadonlyArray<Section>): Array<Section> =>
  sections.flatMap((s) => (s.style === "article" ? [s, ...articles(s.children)] : articles(s.children)))

export default defineRule({
  meta: {
    id: "section-numbering",
    description:
      "Headings of one level are numbered without gaps, repeats or mixed styles; Điều numbers run through the document.",
    category: "numbering",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục II.6 (bố cục nội dung)",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      start: {
        vi: 'Đề mục đầu tiên của cấp này phải là "{expected}", không phải "{label}".',
        en: 'The first heading of this level is "{expected}", not "{label}".'
      },
      gap: {
        vi: 'Số thứ tự đề mục bị nhảy: sau "{previous}" là "{label}", thiếu "{expected}".',
        en: 'The numbering skips: "{label}" follows "{previous}"; "{expected}" is missing.'
      },
      repeat: {
        vi: 'Số thứ tự đề mục bị lặp: "{label}" đã dùng ở dòng {line}.',
        en: 'The heading number "{label}" repeats the one on line {line}.'
      },
      order: {
        vi: 'Số thứ tự đề mục không theo thứ tự: "{label}" đứng sau "{previous}".',
        en: 'The numbering goes backwards: "{label}" follows "{previous}".'
      },
      mixed: {
        vi: 'Các đề mục cùng cấp dùng lẫn kiểu đánh số: "{label}" khác kiểu với "{first}"; mỗi cấp dùng một kiểu (I, II…; 1, 2…; a, b…).',
        en: 'Headings of one level mix numbering styles: "{label}" differs from "{first}"; use one style per level.'
      },
      letter: {
        vi: 'Điểm đánh theo thứ tự chữ cái tiếng Việt a), b), c), d), đ), e), g)…; không dùng "{label}".',
        en: 'Points follow the Vietnamese alphabet a), b), c), d), đ), e), g)…; "{label}" is not used.'
      },
      articleGap: {
        vi: 'Số Điều đánh liên tục trong toàn văn bản: sau "{previous}" là "{label}", cần "Điều {expected}.".',
        en: 'Articles are numbered through the whole document: "{label}" follows "{previous}"; expected "Điều {expected}.".'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: ["BÁO CÁO\nCông tác\n\nI. KẾT QUẢ\n1. Tuyên truyền\n2. Tập huấn\nII. PHƯƠNG HƯỚNG\n1. Nhiệm vụ"],
      invalid: ["BÁO CÁO\nCông tác\n\nI. KẾT QUẢ\n1. Tuyên truyền\n3. Tập huấn\nIII. PHƯƠNG HƯỚNG"]
    }
  },
  check: (context) => {
    const { document } = context
    if (document.sections.length === 0)
      return { skip: "not-evaluable", reason: "the body has no numbered headings" }
    checkSiblings(context, document.sections)
    let previous: Section | null = null
    for (const a of articles(document.sections)) {
      if (
        previous !== null &&
        a.ordinal !== null &&
        previous.ordinal !== null &&
        a.ordinal !== previous.ordinal + 1
      ) {
        context.report({
          messageId: "articleGap",
          span: labelSpan(context, a),
          data: { label: a.label, previous: previous.label, expected: previous.ordinal + 1 }
        })
      }
      previous = a
    }
  }
})
