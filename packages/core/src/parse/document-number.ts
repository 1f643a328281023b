/**
 * Reading số, ký hiệu: `35/KH-UBND`, `93/2021/NQ-HĐND`, `64/2025/QH15`, `04-NQ/TU`, `Số: /BC-UBND`.
 *
 * @since 0.1.0
 */
import type { DocumentNumber, NumberFamily } from "../model/document-number.js"
import type { Span } from "../model/span.js"
import { ALL_KINDS } from "../data/document-kinds.js"

const TYPE_CODES = new Set(ALL_KINDS.flatMap((k) => (k.code === null ? [] : [k.code])))
const TYPE_CODES_FOLDED = new Map([...TYPE_CODES].map((c) => [c.toUpperCase(), c]))
const COPY_CODES = new Set(["SY", "SL", "TrS", "TS"])

/**
 * The number token as it may appear in text (no spaces inside). Written
 * as a source string so that other patterns can embed it; every part is
 * separated by a literal `/` or `-`, so matching is linear.
 *
 * @since 0.1.0
 * @category parsing
 */
export const NUMBER_TOKEN_SOURCE = String.raw`\d{1,6}[a-zđ]?(?:\/\d{4})?\/[\p{L}\d&]+(?:-[\p{L}\d&]+)*|\d{1,6}[a-z]?-[\p{L}]+\/[\p{L}\d]+`

/** The parts of a number, without its raw text and span. */
export interface NumberParts {
  readonly family: NumberFamily
  readonly sequence: string | null
  readonly year: number | null
  readonly typeCode: string | null
  readonly issuerCode: string | null
}

const PARTY = /^(\d{1,6}[a-z]?)-([\p{L}]+)\/([\p{L}\d]+)$/u
const LAW = /^(\d{1,6}[a-z]?)?\/(\d{4})\/((?:QH|UBTVQH)\d{1,2})$/u
const STATE = /^(\d{1,6}[a-zđ]?)?[ .…_]*(?:\/(\d{4}))?\/([\p{L}\d&]+(?:-[\p{L}\d&]+)*)$/u

const knownTypeCode = (code: string): string | null => {
  if (TYPE_CODES.has(code)) return code
  return TYPE_CODES_FOLDED.get(code.toUpperCase()) ?? null
}

/**
 * Splits a number token into its parts, or `null` when it is not one.
 * A blank sequence (`/BC-UBND`) is an unnumbered draft: `sequence` is `null`.
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { classifyNumber } from "@cchc/core"
 * classifyNumber("1175/STTTT-TTBCXB")
 * // { family: "official-letter", sequence: "1175", year: null, typeCode: null, issuerCode: "STTTT-TTBCXB" }
 * classifyNumber("93/2021/NQ-HĐND")?.family // "normative"
 * ```
 */
export const classifyNumber = (token: string): NumberParts | null => {
  const t = token.trim()
  if (t.length > 80) return null
  const party = PARTY.exec(t)
  if (party) {
    return { family: "party", sequence: party[1]!, year: null, typeCode: party[2]!, issuerCode: party[3]! }
  }
  const law = LAW.exec(t)
  if (law) {
    return {
      family: "law",
      sequence: law[1] ?? null,
      year: Number(law[2]),
      typeCode: null,
      issuerCode: law[3]!
    }
  }
  const state = STATE.exec(t)
  if (!state) return null
  const sequence = state[1] ?? null
  const year = state[2] === undefined ? null : Number(state[2])
  const suffix = state[3]!
  const dash = suffix.indexOf("-")
  const head = dash === -1 ? suffix : suffix.slice(0, dash)
  const typeCode = dash === -1 ? null : knownTypeCode(head)
  if (typeCode !== null) {
    const issuerCode = suffix.slice(dash + 1)
    const family: NumberFamily = COPY_CODES.has(typeCode)
      ? "copy"
      : year !== null
        ? "normative"
        : "administrative"
    return { family, sequence, year, typeCode: head, issuerCode }
  }
  return {
    family: year !== null ? "normative" : "official-letter",
    sequence,
    year,
    typeCode: null,
    issuerCode: suffix
  }
}

const SO_LINE = /^[ ]*(?:Số|SỐ|số|So|Sô)[ ]*[:.]?[ ]*/u
// Typed numbers carry stray spaces (`05/ BC - SNV`): accepted here, with
// the parts read without them; the rule on numbers reports the spacing.
const NUMBER_AFTER_SO =
  /^(\d{0,6}[a-zđ]?[ .…_]*(?:\/[ ]*\d{4}[ ]*)?\/[ ]*[\p{L}\d&]+(?:[ ]*-[ ]*[\p{L}\d&]+)*|\d{1,6}[a-z]?[ ]*-[ ]*[\p{L}]+[ ]*\/[ ]*[\p{L}\d]+)/u

/**
 * Reads a `Số:` line (or a bare number token) into a {@link DocumentNumber}.
 * `raw` keeps what was written, from `Số` to the end of the token.
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { parseDocumentNumber } from "@cchc/core"
 * parseDocumentNumber("Số: 35/KH-UBND")?.typeCode // "KH"
 * parseDocumentNumber("Số: /BC-UBND")?.sequence // null (an unnumbered draft)
 * ```
 */
export const parseDocumentNumber = (text: string): DocumentNumber | null => {
  const found = readNumberLine(text, 0)
  if (found === null) return null
  return { ...found.number, span: zeroSpan(found.start, found.end) }
}

/** A number read from a line, with its offsets in that line. */
export interface NumberInLine {
  readonly number: Omit<DocumentNumber, "span">
  readonly start: number
  readonly end: number
}

/**
 * Reads `Số: …` at the start of `line`; `base` is added to no offsets (the
 * caller maps them). Returns `null` when the line does not start with one.
 *
 * @since 0.1.0
 * @category parsing
 */
export const readNumberLine = (line: string, _base: number): NumberInLine | null => {
  const so = SO_LINE.exec(line)
  let rest: string
  let offset: number
  let start: number
  if (so) {
    start = so[0].length - so[0].trimStart().length
    rest = line.slice(so[0].length)
    offset = so[0].length
  } else {
    start = line.length - line.trimStart().length
    rest = line.slice(start)
    offset = start
  }
  const m = NUMBER_AFTER_SO.exec(rest)
  if (!m) return null
  const token = m[1]!
  // Read the parts without stray spaces and without the blank of a draft.
  const slash = token.indexOf("/")
  const compact = (token.slice(0, slash).replace(/[ .…_]/g, "") + token.slice(slash)).replace(/ /g, "")
  const parts = classifyNumber(compact)
  if (parts === null) return null
  const end = offset + token.length
  const raw = line.slice(start, end)
  return { number: { raw, ...parts }, start, end }
}

const zeroSpan = (start: number, end: number): Span => ({
  start: { offset: start, line: 1, column: start + 1 },
  end: { offset: end, line: 1, column: end + 1 }
})
