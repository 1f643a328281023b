/**
 * A type heading that is not one of the 29 kinds of Nghị định 30/2020,
 * Điều 7: `NGHỊ ĐỊNH`, `THÔNG TƯ` (văn bản quy phạm pháp luật) or
 * `KẾT LUẬN THANH TRA`, `ĐỀ CƯƠNG` (văn bản chuyên ngành), with the
 * trích yếu below it. The header reader only knows the 29 names; without
 * this, such a document reads as a công văn without its V/v.
 *
 * @since 0.2.0
 */
import { NORMATIVE_KINDS } from "../data/document-kinds.js"
import type { Title } from "../model/document.js"
import type { Span } from "../model/span.js"
import { foldKey, isUpperCaseText } from "../text/fold.js"
import { isAuthorityLine, isRecipientsLabel } from "./footer.js"
import type { Line } from "./lines.js"
import { matchHeading } from "./sections.js"

type SpanOf = (start: number, end: number) => Span

const NORMATIVE_NAMES = new Set(NORMATIVE_KINDS.map((k) => foldKey(k.name)))
// A type name is a few words: a longer capitalised line is a sentence or an
// issuer (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` opens the căn cứ of a Quyết định).
const MAX_WORDS = 5
// Words that open lines of the head or the body which are no type name.
const NOT_A_TYPE =
  /^(?:kính gửi|căn cứ|chủ tịch|ủy ban|uỷ ban|quyết nghị|quyết định:|điều \d|chương|phần|mục)(?!\p{L})/u

/**
 * A heading outside the 29 kinds, with its trích yếu, and whether it is the
 * name of a normative kind.
 *
 * @since 0.2.0
 * @category parsing
 */
export interface TypeHeading {
  readonly title: Title
  readonly normative: boolean
  /** Index of the first line after the trích yếu. */
  readonly next: number
}

/**
 * Reads a type heading from the first non-blank line of the body: a short
 * line in capitals, not a numbered heading, a căn cứ or an authority, with
 * a line of trích yếu below.
 *
 * @since 0.2.0
 * @category parsing
 */
export const readTypeHeading = (
  lines: ReadonlyArray<Line>,
  from: number,
  to: number,
  spanOf: SpanOf
): TypeHeading | null => {
  let i = from
  while (i < to && lines[i]!.text.length === 0) i++
  if (i >= to) return null
  const line = lines[i]!
  const name = line.text.replace(/\*/g, "").trim()
  const key = foldKey(name)
  if (
    name.length === 0 ||
    !isUpperCaseText(name) ||
    /\d/u.test(name) ||
    name.split(/\s+/u).length > MAX_WORDS ||
    NOT_A_TYPE.test(key) ||
    matchHeading(name) !== null ||
    isAuthorityLine(name) ||
    isRecipientsLabel(name)
  )
    return null
  let j = i + 1
  while (j < to && lines[j]!.text.length === 0) j++
  if (j >= to) return null
  const summaryLine = lines[j]!
  const summary = summaryLine.text.replace(/\*/g, "").trim()
  if (summary.length === 0 || matchHeading(summary) !== null || /^Căn cứ(?!\p{L})/u.test(summary)) return null
  return {
    title: {
      name,
      summary,
      form: "heading",
      nameSpan: spanOf(line.textStart, line.end),
      summarySpan: spanOf(summaryLine.textStart, summaryLine.end),
      span: spanOf(line.textStart, summaryLine.end)
    },
    normative: NORMATIVE_NAMES.has(key),
    next: j + 1
  }
}

/**
 * The kind name of a heading written in capitals: `KẾT LUẬN THANH TRA` is
 * `Kết luận thanh tra`.
 *
 * @since 0.2.0
 * @category parsing
 */
export const kindNameOfHeading = (heading: string): string => {
  const lower = heading.toLocaleLowerCase("vi").replace(/\s+/gu, " ")
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1)
}
