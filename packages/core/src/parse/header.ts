/**
 * Reading the head of a document: Quốc hiệu, Tiêu ngữ, issuer, number,
 * place-date, title and Kính gửi, from lines that a flattened two-column
 * table may have put in any order or on one line.
 *
 * @since 0.1.0
 */
import { ADMINISTRATIVE_KINDS, COPY_KINDS } from "../data/document-kinds.js"
import type { DocumentNumber } from "../model/document-number.js"
import type { IssuerHeader, NationalHeader, TextSpan, Title } from "../model/document.js"
import type { PlaceDate } from "../model/place-date.js"
import type { AlsoAddressed, KinhGui, RecipientItem } from "../model/recipients.js"
import type { Span } from "../model/span.js"
import { foldKey, foldToneMarks, isUpperCaseText } from "../text/fold.js"
import type { DocumentMark } from "../model/document-mark.js"
import { readDocumentMark } from "./document-marks.js"
import { readNumberLine } from "./document-number.js"
import {
  isAuthorityLine,
  isRecipientsLabel,
  isRecipientsLabelLine,
  opensWithAuthorityPrefix
} from "./footer.js"
import { isBlank, type Line } from "./lines.js"
import { readPlaceDateLine } from "./place-date.js"
import { matchHeading } from "./sections.js"

type SpanOf = (start: number, end: number) => Span

const COUNTRY = /cộng[ ]+hòa[ ]+xã[ ]+hội[ ]+chủ[ ]+nghĩa[ ]+việt[ ]+nam/u
const PARTY_COUNTRY = /đảng[ ]+cộng[ ]+sản[ ]+việt[ ]+nam/u
const MOTTO = /độc[ ]+lập[ ]*[-–—][ ]*tự[ ]+do[ ]*[-–—][ ]*hạnh[ ]+phúc/u
// Label, optional colon, then the rest of the line read by slicing: no
// loops compete for the same spaces (lines may hold U+2028, which `.`
// does not cross).
const VV = /^(V\/v|v\/v|V\/V|Về việc)[ ]*(?::[ ]*)?/u
const KINH_GUI = /^(Kính[ ]+gửi|KÍNH[ ]+GỬI|Kính[ ]+gởi)[ ]*(?:(:)[ ]*)?/u
const ALSO_TO = /^(Đồng[ ]+kính[ ]+gửi|ĐỒNG[ ]+KÍNH[ ]+GỬI)[ ]*(?:(:)[ ]*)?/u
const RULE_LINE = /^[-_=–—.*]{3,}$/u
// Words that continue an issuer's name on the next line (the place), as
// opposed to starting the name of a subordinate body.
const LEVEL_WORDS = /^(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|ĐẶC KHU|VÀ|NHÂN DÂN)(?!\p{L})/u

const KIND_BY_TITLE = new Map(
  [...ADMINISTRATIVE_KINDS, ...COPY_KINDS].map((k) => [foldKey(k.name), k] as const)
)
/** The Decree-30 kind whose upper-case name is `text`, if any. */
export const kindByTitle = (text: string) => KIND_BY_TITLE.get(foldKey(text))

/** What the head of a document holds. */
export interface Header {
  readonly nationalHeader: NationalHeader
  readonly issuer: IssuerHeader | null
  readonly number: DocumentNumber | null
  readonly placeDate: PlaceDate | null
  readonly title: Title | null
  readonly kinhGui: KinhGui | null
  /** Độ mật, độ khẩn and circulation marks (ô 10a, 10b, 11) found in the head. */
  readonly marks: ReadonlyArray<DocumentMark>
  /** Index of the first line after the head (the body starts there). */
  readonly bodyStart: number
}

interface Found {
  country: TextSpan | null
  motto: TextSpan | null
  number: DocumentNumber | null
  numberLine: number
  placeDate: PlaceDate | null
  placeDateLine: number
  title: Title | null
  titleEnd: number
  kinhGui: KinhGui | null
  kinhGuiEnd: number
  lateEnd: number
  marks: Array<DocumentMark>
  markEnd: number
}

const HEAD_WINDOW = 40

/**
 * Reads the head from the first lines of the document.
 *
 * @since 0.1.0
 * @category parsing
 */
export const readHeader = (lines: ReadonlyArray<Line>, spanOf: SpanOf): Header => {
  const found: Found = {
    country: null,
    motto: null,
    number: null,
    numberLine: -1,
    placeDate: null,
    placeDateLine: -1,
    title: null,
    titleEnd: -1,
    kinhGui: null,
    kinhGuiEnd: -1,
    lateEnd: -1,
    marks: [],
    markEnd: -1
  }
  // Parts of lines taken by Quốc hiệu / Tiêu ngữ / number / date: what is
  // left of a header line is the issuer's name.
  const leftovers = new Map<number, { text: string; start: number }>()
  const limit = Math.min(lines.length, HEAD_WINDOW)
  let nonBlankSeen = 0
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!
    if (line.text.length === 0) continue
    nonBlankSeen++
    // A mark in its frame (`THƯỢNG KHẨN` under the V/v): the head goes on.
    const mark = readDocumentMark(line.text)
    if (mark !== null) {
      found.marks.push({
        kind: mark.kind,
        value: mark.value,
        raw: line.text.slice(mark.start, mark.end),
        span: spanOf(line.textStart + mark.start, line.textStart + mark.end)
      })
      found.markEnd = i
      continue
    }
    if (found.title !== null) {
      // A flattened table may put the right column (Quốc hiệu, Tiêu ngữ,
      // place-date) after the V/v line of the left column.
      if (!readLateHeaderLine(line, found, spanOf)) break
      found.lateEnd = i
      continue
    }
    if (nonBlankSeen > 1 && matchHeading(line.text)?.style === "roman") break
    if (/^Căn cứ(?!\p{L})/u.test(line.text) && found.title === null && found.number === null) break
    // The foot has begun (a short text puts it inside the window): a motto
    // or a number read from a signature line would be claimed by two parts.
    if (isRecipientsLabelLine(line.text) || opensWithAuthorityPrefix(line.text)) break
    let rest = line.text
    let restStart = line.textStart
    const cut = (from: number, to: number) => {
      // Keep the longer remaining side (a flattened table puts the issuer first).
      const left = rest.slice(0, from)
      const right = rest.slice(to)
      if (left.trim().length >= right.trim().length) rest = left
      else {
        restStart += to
        rest = right
      }
    }
    // The part matched at `m` in the folded `rest`: its text as written,
    // its span, and the line without it.
    const take = (m: RegExpExecArray) => {
      const s = restStart + m.index
      const part = { raw: rest.slice(m.index, m.index + m[0].length), span: spanOf(s, s + m[0].length) }
      cut(m.index, m.index + m[0].length)
      return part
    }
    // Each part is looked for until it is found: a second Quốc hiệu or
    // Tiêu ngữ further down is left in the line.
    if (found.country === null) {
      const lower = foldToneMarks(rest).toLowerCase()
      const country = COUNTRY.exec(lower) ?? PARTY_COUNTRY.exec(lower)
      if (country) found.country = take(country)
    }
    if (found.motto === null) {
      const motto = MOTTO.exec(foldToneMarks(rest).toLowerCase())
      if (motto) found.motto = take(motto)
    }
    if (found.number === null && /^(Số|SỐ|So)(?!\p{L})/u.test(rest.trim())) {
      const lead = rest.length - rest.trimStart().length
      const n = readNumberLine(rest.trim(), 0)
      if (n) {
        const s = restStart + lead
        found.number = { ...n.number, span: spanOf(s + n.start, s + n.end) }
        found.numberLine = i
        const after = rest.trim().slice(n.end)
        rest = rest.slice(0, lead)
        if (after.trim().length > 0) {
          rest = after
          restStart = s + n.end
        }
      }
    }
    if (found.placeDate === null) {
      const pd = readPlaceDateLine(rest)
      if (pd) {
        found.placeDate = { ...pd.placeDate, span: spanOf(restStart + pd.start, restStart + pd.end) }
        found.placeDateLine = i
        rest = rest.slice(0, pd.start)
      }
    }
    const vv = VV.exec(rest.trim())
    if (vv && found.title === null) {
      found.title = readSummary(lines, i, spanOf, null, rest.trim().slice(vv[0].length))
      found.titleEnd = found.title === null ? i : lastLineOf(lines, i)
      continue
    }
    const kind = kindByTitle(rest)
    // The type name alone on its line is the title, whatever its case (a
    // rule reports the case); in running text a kind name is no title.
    if (kind && (isUpperCaseText(rest) || rest.trim().length === kind.name.length)) {
      const lead = rest.length - rest.trimStart().length
      found.title = readSummary(lines, i, spanOf, { text: rest.trim(), start: restStart + lead }, null)
      found.titleEnd = summaryEnd(lines, i)
      continue
    }
    if (rest.trim().length > 0 && !RULE_LINE.test(rest.trim()))
      leftovers.set(i, { text: rest.trim(), start: restStart + (rest.length - rest.trimStart().length) })
  }
  let bodyStart =
    found.title !== null
      ? Math.max(found.titleEnd, found.lateEnd, found.markEnd) + 1
      : Math.max(found.numberLine, found.placeDateLine, found.markEnd) + 1
  // Kính gửi sits between the title and the body.
  for (let i = bodyStart; i < Math.min(lines.length, bodyStart + 6); i++) {
    const line = lines[i]!
    if (line.text.length === 0) continue
    const kg = KINH_GUI.exec(line.text)
    if (!kg) break
    const end = kinhGuiEnd(lines, i)
    const also = alsoAddressedAfter(lines, end, spanOf)
    found.kinhGui = { ...readKinhGui(lines, i, kg, spanOf), alsoTo: also?.block ?? null }
    if (also !== null)
      found.kinhGui = { ...found.kinhGui, span: spanOf(lines[i]!.textStart, lines[also.end]!.end) }
    bodyStart = found.kinhGuiEnd = (also?.end ?? end) + 1
    break
  }
  if (found.title === null && found.number === null && found.placeDate === null && found.country === null)
    bodyStart = 0
  const issuer = readIssuer(lines, leftovers, found, spanOf)
  return {
    nationalHeader: { country: found.country, motto: found.motto },
    issuer,
    number: found.number,
    placeDate: found.placeDate,
    title: found.title,
    kinhGui: found.kinhGui,
    marks: found.marks,
    bodyStart
  }
}

const readLateHeaderLine = (line: Line, found: Found, spanOf: SpanOf): boolean => {
  const lower = foldToneMarks(line.text).toLowerCase()
  if (found.country === null) {
    const country = COUNTRY.exec(lower)
    if (country && country.index === 0) {
      found.country = {
        raw: line.text.slice(0, country[0].length),
        span: spanOf(line.textStart, line.textStart + country[0].length)
      }
      return true
    }
  }
  if (found.motto === null) {
    const motto = MOTTO.exec(lower)
    if (motto && motto.index === 0) {
      found.motto = {
        raw: line.text.slice(0, motto[0].length),
        span: spanOf(line.textStart, line.textStart + motto[0].length)
      }
      return true
    }
  }
  if (found.placeDate === null) {
    const pd = readPlaceDateLine(line.text)
    if (pd && pd.placeDate.place !== null) {
      found.placeDate = { ...pd.placeDate, span: spanOf(line.textStart + pd.start, line.textStart + pd.end) }
      return true
    }
  }
  return RULE_LINE.test(line.text)
}

const lastLineOf = (lines: ReadonlyArray<Line>, i: number): number => summaryEnd(lines, i)

// The trích yếu follows the type name after optional blank lines and runs
// until the next blank line (at most four lines).
const summaryLines = (lines: ReadonlyArray<Line>, titleLine: number): Array<Line> => {
  let j = titleLine + 1
  while (j < lines.length && j <= titleLine + 3 && isBlank(lines[j])) j++
  const out: Array<Line> = []
  for (; j < lines.length && out.length < 4; j++) {
    const line = lines[j]!
    if (line.text.length === 0) break
    if (RULE_LINE.test(line.text)) break
    if (matchHeading(line.text) !== null || /^(Căn cứ|Kính gửi|Thực hiện|Theo)(?!\p{L})/u.test(line.text))
      break
    if (line.text.includes("./.") || isRecipientsLabel(line.text) || isAuthorityLine(line.text)) break
    if (/^\(Kèm theo/u.test(line.text)) break
    // The authority line of a Quyết định (`CHỦ TỊCH ỦY BAN NHÂN DÂN …`) follows the trích yếu.
    if (out.length > 0 && isUpperCaseText(line.text)) break
    out.push(line)
    if (/[.:;]$/u.test(line.text) && line.text.length > 120) break
  }
  return out
}

const summaryEnd = (lines: ReadonlyArray<Line>, titleLine: number): number => {
  const s = summaryLines(lines, titleLine)
  return s.length === 0 ? titleLine : s[s.length - 1]!.index
}

const readSummary = (
  lines: ReadonlyArray<Line>,
  i: number,
  spanOf: SpanOf,
  name: { text: string; start: number } | null,
  vvRest: string | null
): Title => {
  const line = lines[i]!
  if (vvRest !== null) {
    const more: Array<Line> = []
    for (let j = i + 1; j < lines.length && more.length < 3; j++) {
      const next = lines[j]!
      if (next.text.length === 0 || KINH_GUI.test(next.text) || matchHeading(next.text) !== null) break
      if (readPlaceDateLine(next.text) !== null || isUpperCaseText(next.text)) break
      more.push(next)
    }
    const summary = [vvRest, ...more.map((l) => l.text)].join(" ").trim()
    const end = more.length > 0 ? more[more.length - 1]!.end : line.end
    return {
      name: null,
      summary: summary.length === 0 ? null : summary,
      form: "vv",
      nameSpan: null,
      summarySpan: spanOf(line.textStart, end),
      span: spanOf(line.textStart, end)
    }
  }
  const summary = summaryLines(lines, i)
  const first = summary[0]
  const last = summary[summary.length - 1]
  const nameText = name!.text
  return {
    name: nameText,
    summary: summary.length === 0 ? null : summary.map((l) => l.text).join(" "),
    form: "heading",
    nameSpan: spanOf(name!.start, name!.start + nameText.length),
    summarySpan: first && last ? spanOf(first.textStart, last.end) : null,
    span: spanOf(name!.start, last ? last.end : name!.start + nameText.length)
  }
}

const BULLET = /^([-–—•+])[ ]*/u

const item = (raw: string, start: number, end: number, spanOf: SpanOf): RecipientItem => {
  const bullet = BULLET.exec(raw)
  const body = bullet ? raw.slice(bullet[0].length) : raw
  const t = /[;.,]$/u.exec(body)
  return {
    raw,
    text: (t ? body.slice(0, -1) : body).trim(),
    purpose: null,
    bullet: bullet ? bullet[1]! : "",
    terminator: t ? t[0] : "",
    drafterMark: null,
    span: spanOf(start, end)
  }
}

const kinhGuiEnd = (lines: ReadonlyArray<Line>, i: number): number => {
  let end = i
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!
    if (line.text.length === 0) {
      if (j + 1 < lines.length && BULLET.test(lines[j + 1]!.text) && end === i) continue
      break
    }
    if (!BULLET.test(line.text)) break
    end = j
  }
  return end
}

/**
 * `Đồng kính gửi: …` on the first text line after Kính gửi (line `end`),
 * with its list; the index of its last line.
 */
const alsoAddressedAfter = (
  lines: ReadonlyArray<Line>,
  end: number,
  spanOf: SpanOf
): { readonly block: AlsoAddressed; readonly end: number } | null => {
  let j = end + 1
  while (j < lines.length && lines[j]!.text.length === 0) j++
  const line = lines[j]
  const m = line === undefined ? null : ALSO_TO.exec(line.text)
  if (line === undefined || m === null) return null
  const block = readKinhGui(lines, j, m, spanOf)
  return {
    block: { label: block.label, labelSpan: block.labelSpan, items: block.items, span: block.span },
    end: kinhGuiEnd(lines, j)
  }
}

const readKinhGui = (
  lines: ReadonlyArray<Line>,
  i: number,
  kg: RegExpExecArray,
  spanOf: SpanOf
): Omit<KinhGui, "alsoTo"> => {
  const line = lines[i]!
  const labelText = `${kg[1]}${kg[2] ?? ""}`
  const items: Array<RecipientItem> = []
  const inline = line.text.slice(kg[0].length).trim()
  if (inline.length > 0) {
    const start = line.textStart + line.text.indexOf(inline, labelText.length)
    items.push(item(inline, start, line.end, spanOf))
  }
  const end = kinhGuiEnd(lines, i)
  for (let j = i + 1; j <= end; j++) {
    const l = lines[j]!
    if (l.text.length > 0) items.push(item(l.text, l.textStart, l.end, spanOf))
  }
  return {
    label: labelText,
    labelSpan: spanOf(line.textStart, line.textStart + labelText.length),
    items,
    span: spanOf(line.textStart, lines[end]!.end)
  }
}

const readIssuer = (
  lines: ReadonlyArray<Line>,
  leftovers: ReadonlyMap<number, { text: string; start: number }>,
  found: Found,
  spanOf: SpanOf
): IssuerHeader | null => {
  const stop = found.numberLine >= 0 ? found.numberLine : found.title !== null ? found.titleEnd : -1
  const parts: Array<{ text: string; start: number; end: number }> = []
  for (const [i, part] of [...leftovers.entries()].sort((a, b) => a[0] - b[0])) {
    if (stop >= 0 && i > stop) break
    if (!isUpperCaseText(part.text) || part.text.length > 120) continue
    if (kindByTitle(part.text)) continue
    // A Nơi nhận label, in any spelling or case, is no issuer.
    if (isRecipientsLabel(part.text)) continue
    if (/^[*]+$/u.test(part.text)) continue
    // Party documents put a `*` after the body's name.
    const text = part.text.endsWith("*") ? part.text.slice(0, -1).trimEnd() : part.text
    const previous = parts[parts.length - 1]
    if (previous !== undefined && LEVEL_WORDS.test(text)) {
      previous.text = `${previous.text} ${text}`
      previous.end = part.start + text.length
      continue
    }
    parts.push({ text, start: part.start, end: part.start + text.length })
  }
  if (parts.length === 0) return null
  const name = parts[parts.length - 1]!
  const parent = parts.length > 1 ? parts[parts.length - 2]! : null
  void lines
  return {
    name: name.text,
    parent: parent === null ? null : parent.text,
    nameSpan: spanOf(name.start, name.end),
    parentSpan: parent === null ? null : spanOf(parent.start, parent.end),
    span: spanOf((parent ?? name).start, name.end)
  }
}
