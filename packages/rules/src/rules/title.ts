/**
 * `title`: the tên loại (ô 5a) in upper case with its trích yếu below, or,
 * for a công văn (ô 5b), `V/v …` and no type heading.
 */
import { isCongVan, kindByHeading } from "../internal/kinds.js"
import { isUpperCaseText, matchHeading, type Document } from "@cchc/core"
import { firstTextLine, textLines, type TextLine } from "../internal/text.js"
import { defineRule, type RuleContext } from "../rule.js"
import { safeReplacement } from "../internal/safe-replacement.js"

interface Options {
  /** Type codes of kinds whose template has no trích yếu under the type name. */
  readonly noSummaryKinds: ReadonlyArray<string>
}

const VV_PREFIX = /^(V\/v|v\/v|V\/V|Về việc)[ ]*(:?)[ ]*/u

// The trích yếu after a type heading, read as the parser reads it: after
// at most three blank lines, up to the next blank line, and not a numbered
// heading or the opening words of the body.
const summaryAfter = (
  lines: ReadonlyArray<TextLine>,
  heading: number
): { text: string; start: number; end: number } | null => {
  let j = heading + 1
  while (j < lines.length && j <= heading + 3 && lines[j]!.text.length === 0) j++
  const taken: Array<TextLine> = []
  for (; j < lines.length && taken.length < 4; j++) {
    const line = lines[j]!
    if (line.text.length === 0 || matchHeading(line.text) !== null) break
    if (/^(Căn cứ|Kính gửi|Thực hiện|Theo|\(Kèm theo)(?!\p{L})/u.test(line.text)) break
    taken.push(line)
  }
  if (taken.length === 0) return null
  return {
    text: taken.map((l) => l.text).join(" "),
    start: taken[0]!.start,
    end: taken[taken.length - 1]!.end
  }
}

// Emphasis and cell marks around a head line of a web copy (`*Về …*`, `|`).
const isMark = (c: string): boolean => c === "*" || c === "_" || c === "|" || c === " " || c === "\t"
const withoutMarks = (line: string): string => {
  let start = 0
  let end = line.length
  while (start < end && isMark(line[start]!)) start++
  while (end > start && isMark(line[end - 1]!)) end--
  return line.slice(start, end)
}
const HEAD_PART = /^(Kính gửi|Đồng kính gửi|Căn cứ|Thực hiện|Theo|Số|CỘNG HÒA|Độc lập)(?!\p{L})/iu

/**
 * A công văn's trích yếu written without `V/v` (`*Về hướng dẫn đánh giá …*`
 * under the number): the first text line below the number, before Kính
 * gửi, that is no other part of the head. Its leading `Về` (or `Về việc`)
 * is what `V/v` replaces.
 */
const bareSummary = (
  text: string,
  document: Document
): { text: string; subject: string; start: number; end: number; subjectStart: number } | null => {
  const after = document.number?.span.end.offset ?? -1
  let seen = 0
  for (const line of textLines(text)) {
    if (line.end <= after) continue
    const raw = line.text
    const value = withoutMarks(raw)
    if (value.length === 0) continue
    if (++seen > 3) return null
    if (HEAD_PART.test(value) || isUpperCaseText(value) || /ngày[ ]+\d{1,2}[ ]+tháng/u.test(value)) {
      if (/^(Kính gửi|Căn cứ)/iu.test(value)) return null
      continue
    }
    if (!/^\p{L}/u.test(value) || value.length < 8) return null
    const lead = raw.indexOf(value)
    const start = line.start + lead
    const opening = /^Về(?:[ ]+việc)?[ ]+/u.exec(value)
    const subjectStart = start + (opening === null ? 0 : opening[0].length)
    const subject = value.slice(subjectStart - start)
    return { text: value, subject, start, end: start + value.length, subjectStart }
  }
  return null
}

/**
 * A trích yếu that ends with a full stop (`V/v … chính sách của Đảng, Nhà
 * nước.`): no sample of Phụ lục III puts one there. Reported as a warning,
 * with the stop's removal as the fix; an ellipsis or the end mark is left.
 */
const reportSummaryPeriod = (context: RuleContext<Options>, title: NonNullable<Document["title"]>): void => {
  const summary = title.summary
  if (summary === null || !summary.endsWith(".") || summary.endsWith("..") || summary.endsWith("./.")) return
  const span = title.summarySpan ?? title.span
  const written = context.text.slice(span.start.offset, span.end.offset)
  let at = written.length - 1
  while (at >= 0 && (written[at] === "*" || written[at] === "_" || written[at] === " ")) at--
  if (written[at] !== ".") return
  const offset = span.start.offset + at
  context.report({
    messageId: "summaryPeriod",
    span: context.span(offset, offset + 1),
    data: { expected: summary.slice(0, -1) },
    severity: "warning",
    fix: { tier: "safe", description: "xóa dấu chấm", edits: [{ start: offset, end: offset + 1, text: "" }] }
  })
}

export default defineRule<Options>({
  meta: {
    id: "title",
    description:
      "The type name is in upper case with a trích yếu below it; a công văn has `V/v …` and no type heading.",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục II.5",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Thiếu tên loại và trích yếu nội dung (ô 5a): ghi tên loại bằng chữ in hoa (ví dụ "BÁO CÁO") và trích yếu ở dòng dưới.',
        en: 'The type name and summary are missing: write the type name in upper case (e.g. "BÁO CÁO") and the summary below it.'
      },
      vvMissing: {
        vi: 'Công văn thiếu trích yếu (ô 5b): ghi "V/v <nội dung>" dưới số, ký hiệu.',
        en: 'The công văn has no summary: write "V/v <subject>" under the number.'
      },
      nameCase: {
        vi: 'Tên loại văn bản viết chữ in hoa: "{expected}" (đang viết "{actual}").',
        en: 'The type name is written in upper case: "{expected}" (written "{actual}").'
      },
      congVanHeading: {
        vi: 'Công văn không ghi tên loại "CÔNG VĂN": chỉ ghi trích yếu "V/v …" dưới số, ký hiệu.',
        en: 'A công văn has no "CÔNG VĂN" heading: only the "V/v …" summary under the number.'
      },
      summaryMissing: {
        vi: 'Thiếu trích yếu nội dung dưới tên loại "{name}": ghi tóm tắt nội dung ở dòng dưới (ví dụ "Công tác tuyên truyền cải cách hành chính năm 2024").',
        en: 'The summary is missing under "{name}": write it on the next line.'
      },
      summaryUpperCase: {
        vi: 'Trích yếu nội dung viết chữ thường (chỉ viết hoa chữ đầu và tên riêng), không viết in hoa toàn bộ: "{actual}".',
        en: 'The summary is in normal case (capital first letter and proper names only), not all upper case: "{actual}".'
      },
      vvPrefixMissing: {
        vi: 'Trích yếu công văn (ô 5b) ghi sau chữ "V/v": "{expected}" (đang viết "{actual}").',
        en: 'A công văn summary follows "V/v": "{expected}" (written "{actual}").'
      },
      summaryPeriod: {
        vi: 'Trích yếu nội dung không kết thúc bằng dấu chấm (như các mẫu Phụ lục III): "{expected}".',
        en: 'The summary takes no final full stop (as in the Appendix III samples): "{expected}".'
      },
      vvForm: {
        vi: 'Trích yếu công văn bắt đầu bằng "V/v " (không có dấu hai chấm): đang viết "{actual}".',
        en: 'A công văn summary starts with "V/v " (no colon): written "{actual}".'
      },
      vvEmpty: {
        vi: 'Trích yếu "V/v" của công văn còn để trống: ghi tóm tắt nội dung sau "V/v".',
        en: 'The "V/v" summary is empty: write the subject after "V/v".'
      }
    },
    defaultOptions: { noSummaryKinds: ["GGT", "GNP", "PG", "PC", "PB"] },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { noSummaryKinds: { type: "array", items: { type: "string" } } }
    },
    examples: {
      valid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCông tác tuyên truyền cải cách hành chính",
        "Số: 12/UBND-VX\nV/v báo cáo công tác tuyên truyền\n\nKính gửi: Sở Nội vụ"
      ],
      invalid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH",
        "Số: 12/UBND-VX\nV/V: báo cáo công tác tuyên truyền\n\nKính gửi: Sở Nội vụ"
      ]
    }
  },
  check: (context) => {
    const { document, text, options } = context
    const title = document.title
    if (title === null) {
      // A heading the parser skipped because it is not in upper case.
      const headEnd = Math.max(
        document.number?.span.end.offset ?? 0,
        document.placeDate?.span.end.offset ?? 0
      )
      const lowered = textLines(text)
        .slice(0, 40)
        .find(
          (l) =>
            l.start >= headEnd &&
            l.text.length > 0 &&
            kindByHeading(l.text) !== undefined &&
            !isUpperCaseText(l.text) &&
            !isCongVan(l.text)
        )
      if (lowered !== undefined) {
        const expected = lowered.text.toUpperCase()
        context.report({
          messageId: "nameCase",
          span: context.span(lowered.start, lowered.end),
          data: { expected, actual: lowered.text },
          fix: safeReplacement(lowered.start, lowered.end, expected)
        })
        // Judge the summary as it will be once the heading is upper case.
        const kind = kindByHeading(lowered.text)
        const summary = summaryAfter(textLines(text), lowered.index)
        const nameSpan = context.span(lowered.start, lowered.end)
        if (summary === null) {
          if (!(kind?.code && options.noSummaryKinds.includes(kind.code)))
            context.report({ messageId: "summaryMissing", span: nameSpan, data: { name: expected } })
        } else if (isUpperCaseText(summary.text) && summary.text.length > 12) {
          context.report({
            messageId: "summaryUpperCase",
            span: context.span(summary.start, summary.end),
            data: { actual: summary.text }
          })
        }
        return
      }
      const bare = document.number?.family === "official-letter" ? bareSummary(text, document) : null
      if (bare !== null) {
        const expected = `V/v ${bare.subject}`
        context.report({
          messageId: "vvPrefixMissing",
          span: context.span(bare.start, bare.end),
          data: { expected, actual: bare.text },
          suggestions: [
            {
              tier: "suggestion",
              description: '"V/v "',
              edits: [{ start: bare.start, end: bare.subjectStart, text: "V/v " }]
            }
          ]
        })
        return
      }
      const first = firstTextLine(text)
      const span = document.number?.span ?? context.span(first.start, first.end)
      context.report({
        messageId: document.number?.family === "official-letter" ? "vvMissing" : "missing",
        span
      })
      return
    }
    if (title.form === "vv") {
      const at = title.span.start.offset
      const prefix = VV_PREFIX.exec(text.slice(at, title.span.end.offset))
      if (prefix !== null && prefix[0] !== "V/v " && title.summary !== null) {
        context.report({
          messageId: "vvForm",
          span: context.span(at, at + prefix[0].length),
          data: { actual: prefix[0].trim() },
          fix: {
            tier: "safe",
            description: '"V/v "',
            edits: [{ start: at, end: at + prefix[0].length, text: "V/v " }]
          }
        })
      }
      if (title.summary === null) context.report({ messageId: "vvEmpty", span: title.span })
      else reportSummaryPeriod(context, title)
      return
    }
    const name = title.name ?? ""
    const kind = kindByHeading(name)
    if (isCongVan(name)) {
      context.report({ messageId: "congVanHeading", span: title.nameSpan ?? title.span })
      return
    }
    if (!isUpperCaseText(name) && title.nameSpan !== null) {
      const expected = name.toUpperCase()
      const { start, end } = title.nameSpan
      context.report({
        messageId: "nameCase",
        span: title.nameSpan,
        data: { expected, actual: name },
        fix: safeReplacement(start.offset, end.offset, expected)
      })
    }
    if (title.summary === null) {
      if (!(kind?.code && options.noSummaryKinds.includes(kind.code))) {
        context.report({ messageId: "summaryMissing", span: title.nameSpan ?? title.span, data: { name } })
      }
    } else {
      if (isUpperCaseText(title.summary) && title.summary.length > 12) {
        context.report({
          messageId: "summaryUpperCase",
          span: title.summarySpan ?? title.span,
          data: { actual: title.summary }
        })
      }
      reportSummaryPeriod(context, title)
    }
  }
})
