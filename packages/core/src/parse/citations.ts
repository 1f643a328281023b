/**
 * Reading legal citations in running text.
 *
 * @since 0.1.0
 */
import type { LegalCitation } from "../model/legal-citation.js"
import { LineIndex } from "../text/line-index.js"
import { classifyNumber, NUMBER_TOKEN_SOURCE } from "./document-number.js"
import { isoDate } from "./place-date.js"

/**
 * Kind names that introduce a citation, longest first so that
 * `Thông tư liên tịch` wins over `Thông tư`.
 *
 * @since 0.1.0
 * @category parsing
 */
export const CITATION_KIND_NAMES: ReadonlyArray<string> = [
  "Thông tư liên tịch",
  "Nghị quyết",
  "Nghị định",
  "Quyết định",
  "Chỉ thị",
  "Thông tư",
  "Kế hoạch",
  "Công văn",
  "Báo cáo",
  "Thông báo",
  "Hướng dẫn",
  "Chương trình",
  "Tờ trình",
  "Quy định",
  "Quy chế",
  "Đề án",
  "Phương án",
  "Công điện",
  "Văn bản",
  "Pháp lệnh",
  "Luật",
  "Giấy mời",
  "Biên bản",
  "Kết luận",
  "Thông cáo"
]

// The names grouped by their first letter, in list order within a group
// (`[Tt](?:hông tư liên tịch|hông tư|…)|[Nn](?:ghị quyết|…)|…`): at each
// position V8 then tries one group instead of every name, a third faster
// over the bench corpus, and the leftmost-longest choice is unchanged.
const kindAlternatives = (() => {
  const restsByFirst = new Map<string, Array<string>>()
  for (const name of CITATION_KIND_NAMES) {
    const rests = restsByFirst.get(name[0]!) ?? []
    rests.push(name.slice(1))
    restsByFirst.set(name[0]!, rests)
  }
  return [...restsByFirst]
    .map(([first, rests]) => `[${first}${first.toLowerCase()}](?:${rests.join("|")})`)
    .join("|")
})()

const CITATION = new RegExp(
  // No lookbehind for the word start: V8 cannot skip ahead to a likely
  // start past one, and the scan took five times as long. `scanCitations`
  // checks the character before each match instead.
  // After `số`, `(?:[ ]*:)?[ ]*` and not `[ ]*:?[ ]*`: two loops over the
  // same spaces split a run of spaces not followed by a number every
  // possible way (quadratic: `Luật số` + 20,000 spaces took 0.6 s).
  String.raw`(${kindAlternatives})[ ]+(?:(số|Số|SỐ)(?:[ ]*:)?[ ]*)?(${NUMBER_TOKEN_SOURCE})(?![\p{L}\d/])`,
  "gu"
)
const LETTER_OR_DIGIT = /^[\p{L}\d]$/u
// The whole code point before `at` (a letter outside the BMP is two units).
const codePointBefore = (text: string, at: number): string => {
  const low = text.charCodeAt(at - 1)
  const pairStart = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1
  return String.fromCodePoint(text.codePointAt(pairStart)!)
}
const SHORT_DATE = /[ ]*(?:,[ ]*)?(?:ngày|ngay)[ ]+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/uy
const LONG_DATE = /[ ]*(?:,[ ]*)?(?:ngày|ngay)[ ]+(\d{1,2})[ ]+tháng[ ]+(\d{1,2})[ ]+năm[ ]+(\d{4})(?!\d)/uy
const ISSUER = /[ ]*(?:,[ ]*)?của[ ]+/uy
// What ends an issuer phrase: the start of the trích yếu or punctuation.
const ISSUER_END =
  /,(?! Thể thao)|[;.()\n]| (?:về|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|thực hiện|tại|V\/v|v\/v|đã|và(?! \p{Lu})|giao|sửa đổi|phê chuẩn|thành lập)(?![\p{L}])/u
// Only the opening word is matched; the trích yếu is then read up to SUMMARY_END.
const SUMMARY_START =
  /[ ]*(?:,[ ]*)?(về việc|về|ban hành|phê duyệt|quy định|hướng dẫn|V\/v|v\/v)(?![\p{L}])/uy
const SUMMARY_END =
  /[;\n]|\.(?=[ \n]|$)|, (?=\p{Lu})|, (?=(?:[Nn]ghị|[Qq]uyết|[Kk]ế|[Cc]hỉ|[Tt]hông|[Cc]ông|[Vv]ăn)[ ])/u
const MAX_ISSUER = 120
const MAX_SUMMARY = 400

/** A citation with its offsets in the scanned text. */
export interface CitationInText {
  readonly citation: Omit<LegalCitation, "span">
  readonly start: number
  readonly end: number
}

/**
 * Finds every citation in `text` with offsets into it. Numbers that share
 * a date (`Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP ngày
 * 14/9/2020`) each receive it, with `dateShared: true`. Linear in the
 * length of `text`.
 *
 * @since 0.1.0
 * @category parsing
 */
export const scanCitations = (text: string): Array<CitationInText> => {
  const found: Array<CitationInText & { citation: Mutable<Omit<LegalCitation, "span">> }> = []
  // First every kind + number, so that an issuer or trích yếu phrase can
  // stop where the next citation of a list begins.
  const matches: Array<RegExpExecArray> = []
  CITATION.lastIndex = 0
  for (let m = CITATION.exec(text); m !== null; m = CITATION.exec(text)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(codePointBefore(text, m.index))) {
      // Inside a word (`xKế hoạch`): look again from the next character.
      CITATION.lastIndex = m.index + 1
      continue
    }
    matches.push(m)
  }
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!
    const limit = matches[k + 1]?.index ?? text.length
    const kindWritten = m[1]!
    const kind = kindWritten[0]!.toUpperCase() + kindWritten.slice(1)
    const number = m[3]!
    const parts = classifyNumber(number)
    if (parts === null) continue
    let end = m.index + m[0].length
    let date: string | null = null
    let dateText: string | null = null
    for (const re of [SHORT_DATE, LONG_DATE]) {
      re.lastIndex = end
      const d = re.exec(text)
      if (d) {
        date = isoDate(Number(d[3]), Number(d[2]), Number(d[1]))
        dateText = d[0].replace(/^[ ,]*(?:ngày|ngay)[ ]+/u, "")
        end = re.lastIndex
        break
      }
    }
    const rawEnd = end
    let issuer: string | null = null
    ISSUER.lastIndex = end
    if (ISSUER.exec(text)) {
      const from = ISSUER.lastIndex
      const window = text.slice(from, Math.min(limit, from + MAX_ISSUER + 1))
      const stop = ISSUER_END.exec(window)
      const phrase = trimListJoint(stop ? window.slice(0, stop.index) : window.slice(0, MAX_ISSUER))
      if (phrase.length > 0) {
        issuer = phrase
        end = from + (stop ? stop.index : Math.min(window.length, MAX_ISSUER))
      }
    }
    let summary: string | null = null
    SUMMARY_START.lastIndex = end
    const s = SUMMARY_START.exec(text)
    if (s) {
      const from = SUMMARY_START.lastIndex - s[1]!.length
      const window = text.slice(from, Math.min(limit, from + MAX_SUMMARY + 1))
      const stop = SUMMARY_END.exec(window)
      const phrase = trimListJoint(stop ? window.slice(0, stop.index) : window.slice(0, MAX_SUMMARY))
      if (phrase.length > 0) summary = phrase
    }
    found.push({
      citation: {
        raw: text.slice(m.index, rawEnd),
        kind,
        hasSo: m[2] !== undefined,
        number,
        ...parts,
        date,
        dateText,
        dateShared: false,
        issuer,
        summary
      },
      start: m.index,
      end: rawEnd
    })
  }
  // A loop, not `push(...)`: a text with 100,000+ law citations would overflow the stack.
  for (const law of scanLawCitations(text)) found.push(law)
  found.sort((a, b) => a.start - b.start)
  // Share a date backwards along a list: `A, B ngày …` dates A too.
  for (let i = found.length - 2; i >= 0; i--) {
    const current = found[i]!
    const next = found[i + 1]!
    if (current.citation.dateText !== null || next.citation.dateText === null) continue
    if (current.citation.issuer !== null || current.citation.summary !== null) continue
    const between = text.slice(current.end, next.start)
    if (/^[ ]*(?:(?:,|và|;)[ ]*)?$/u.test(between) && current.citation.kind === next.citation.kind) {
      current.citation.date = next.citation.date
      current.citation.dateText = next.citation.dateText
      current.citation.dateShared = true
    }
  }
  return found
}

// Luật and Pháp lệnh are cited by name and date, with or without a number:
// `Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`. The name runs from the
// kind to ` số ` or ` ngày ` within a bounded window; the tail is matched
// where the name ends.
// No lookbehind for the word start, as for CITATION: checked after the match.
const LAW_HEAD = /(Bộ luật|Luật|Pháp lệnh|Hiến pháp)[ ]+(?=\p{Lu})/gu
const LAW_TAIL =
  /[ ]+(?:số[ ]+(\d{1,4}\/\d{4}\/(?:QH|UBTVQH)\d{1,2})[ ]+)?ngày[ ]+(\d{1,2})(?:[ ]+tháng[ ]+|[/.-])(\d{1,2})(?:[ ]+năm[ ]+|[/.-])(\d{4})(?!\d)/uy
const MAX_LAW_NAME = 100

const scanLawCitations = (
  text: string
): Array<CitationInText & { citation: Mutable<Omit<LegalCitation, "span">> }> => {
  const out: Array<CitationInText & { citation: Mutable<Omit<LegalCitation, "span">> }> = []
  LAW_HEAD.lastIndex = 0
  for (let h = LAW_HEAD.exec(text); h !== null; h = LAW_HEAD.exec(text)) {
    if (h.index > 0 && LETTER_OR_DIGIT.test(codePointBefore(text, h.index))) {
      LAW_HEAD.lastIndex = h.index + 1
      continue
    }
    const nameStart = h.index + h[0].length
    let window = text.slice(nameStart, nameStart + MAX_LAW_NAME)
    const stop = window.search(/[;,.\n()]/u)
    if (stop !== -1) window = window.slice(0, stop)
    const so = window.indexOf(" số ")
    const ngay = window.indexOf(" ngày ")
    const nameEnd = so !== -1 && (ngay === -1 || so < ngay) ? so : ngay
    if (nameEnd <= 0) continue
    LAW_TAIL.lastIndex = nameStart + nameEnd
    const t = LAW_TAIL.exec(text)
    if (t === null) continue
    const number = t[1] ?? null
    const parts = number === null ? null : classifyNumber(number)
    const raw = text.slice(h.index, LAW_TAIL.lastIndex)
    out.push({
      citation: {
        raw,
        kind: h[1]!,
        hasSo: number !== null,
        number: number ?? "",
        family: "law",
        sequence: parts?.sequence ?? null,
        year: parts?.year ?? null,
        typeCode: null,
        issuerCode: parts?.issuerCode ?? null,
        date: isoDate(Number(t[4]), Number(t[3]), Number(t[2])),
        dateText: raw.slice(raw.lastIndexOf("ngày") + 5),
        dateShared: false,
        issuer: null,
        summary: window.slice(0, nameEnd).trim()
      },
      start: h.index,
      end: LAW_TAIL.lastIndex
    })
  }
  return out
}

// A phrase cut at the next citation of a list ends with its joint
// (`…, `, ` và`, `; `): drop it.
const trimListJoint = (phrase: string): string => {
  let out = phrase.trimEnd()
  for (;;) {
    if (out.endsWith(",") || out.endsWith(";")) out = out.slice(0, -1).trimEnd()
    else if (out.endsWith(" và")) out = out.slice(0, -3).trimEnd()
    else return out.trim()
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * Every citation in a piece of text, with spans relative to that text
 * (line 1 based on offsets; use `parseDocument` for spans in a document).
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { parseCitations } from "@cchc/core"
 * parseCitations("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ")[0]
 * // { kind: "Nghị quyết", sequence: "76", typeCode: "NQ", issuerCode: "CP", date: "2021-07-15", issuer: "Chính phủ", … }
 * ```
 */
export const parseCitations = (text: string): ReadonlyArray<LegalCitation> => {
  const index = LineIndex.of(text)
  return scanCitations(text).map(({ citation, start, end }) => ({
    ...citation,
    span: index.span(start, end)
  }))
}

/**
 * The first citation in `text`, or `null`.
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { parseCitation } from "@cchc/core"
 * parseCitation("Nghị định 45/2020/NĐ-CP ngày 08/4/2020")?.hasSo // false
 * ```
 */
export const parseCitation = (text: string): LegalCitation | null => parseCitations(text)[0] ?? null
