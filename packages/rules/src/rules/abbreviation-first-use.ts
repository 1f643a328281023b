/**
 * `abbreviation-first-use`: an abbreviation is spelled out at its first use,
 * with the short form in parentheses (`cải cách hành chính (CCHC)`), before
 * it is used alone.
 *
 * Nghị định 30/2020 has no general rule on abbreviations; this is drafting
 * practice. What is not an abbreviation in this sense: Roman numerals
 * (`quý I`, `Khóa XX`), codes inside numbers (`2113/QĐ-UBND`), standard
 * designations (`ISO 9001`), upper-case headings and the signature and
 * Nơi nhận blocks, where abbreviations are the norm; nor established names
 * and designations that documents write as they are (`ESTABLISHED_NAMES`).
 * Nghị định 30/2020 only allows abbreviations in the chủ quản line and the
 * ký hiệu (Phụ lục I, mục II.2.a, II.3.b): the first-use rule is practice.
 */
import { PreparedText, type Document, type Span } from "@cchc/core"
import { BoundedCache, CharacterKinds, isHighSurrogate, widthAt } from "@cchc/core/internal"
import { defineRule } from "../rule.js"
import { perObject } from "../internal/per-object.js"

/**
 * Options of `abbreviation-first-use`: `allow`, abbreviations that need no
 * spelling-out (replaces the default list when set), and `expansions`,
 * full forms used to suggest a fix (added to the built-in ones).
 *
 * @since 0.1.0
 * @category rules
 */
export interface AbbreviationOptions {
  readonly allow: ReadonlyArray<string>
  readonly expansions: Readonly<Record<string, string>>
}

/**
 * Full forms of abbreviations common in CCHC documents, for suggestions.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { KNOWN_EXPANSIONS } from "./abbreviation-first-use.js"
 * KNOWN_EXPANSIONS["CCHC"] // "cải cách hành chính"
 * ```
 */
export const KNOWN_EXPANSIONS: Readonly<Record<string, string>> = {
  CCHC: "cải cách hành chính",
  TTHC: "thủ tục hành chính",
  CNTT: "công nghệ thông tin",
  CBCCVC: "cán bộ, công chức, viên chức",
  VBQPPL: "văn bản quy phạm pháp luật",
  MTTQ: "Mặt trận Tổ quốc",
  PCCC: "phòng cháy, chữa cháy",
  BHXH: "bảo hiểm xã hội",
  BHYT: "bảo hiểm y tế",
  UBND: "Ủy ban nhân dân",
  HĐND: "Hội đồng nhân dân"
}

// Names and designations written as they are, never spelled out: the
// official short names of indices ("Chỉ số cải cách hành chính (PAR
// INDEX)", reports write "Chỉ số PAR INDEX"; SIPAS), a standard's
// designation (`TCVN ISO 9001:2015`), `COVID`-19, a `QR` code, the firm
// `VNPT`, and the ampersand short forms of departments (`Sở GD&ĐT`, `Sở
// KH&CN`). Always skipped, whatever `allow` says.
const ESTABLISHED_NAMES: ReadonlySet<string> = new Set([
  "PAR",
  "INDEX",
  "SIPAS",
  "TCVN",
  "ISO",
  "COVID",
  "QR",
  "VNPT",
  "GD&ĐT",
  "KH&CN"
])

const ROMAN = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u
const TRAILING_NUMBER = /-\d+$/u
const HAS_LOWER = /\p{Ll}/u
const COMBINING = /[\u0300-\u036f]/u
const DESIGNATION_AFTER = /^ ?\d/u
// `cải cách hành chính (CCHC)`, and each word of a multi-word short form
// such as `Chỉ số cải cách hành chính (PAR INDEX)`.
const DEFINITION_BEFORE = /\p{L}[ ]*\([ ]*(?:[\p{Lu}\p{N}&-]+[ ]+){0,3}$/u

// The same runs (`UBND`, `CCHC`, `TTHC`) come back in every document:
// their readings are memoised.
const ABBREVIATIONS = new BoundedCache<string | null>({ maxKeyLength: 40 })

/** The abbreviation a run stands for, or `null` when it is not one. */
const abbreviationOf = (run: string): string | null =>
  // A run with `/` (a number's code, `61/KH-TTg`) is none, and common.
  run.includes("/") ? null : ABBREVIATIONS.get(run, readAbbreviation)

const readAbbreviation = (run: string): string | null => {
  const key = run.replace(TRAILING_NUMBER, "")
  const letters = key.replace(/[^\p{L}]/gu, "")
  if (letters.length < 2 || HAS_LOWER.test(letters)) return null
  // Upper-case Vietnamese words (`HÀNH CHÍNH`) carry tone or vowel marks;
  // abbreviations do not (Đ is a letter of its own, not a marked D).
  if (COMBINING.test(letters.normalize("NFD"))) return null
  if (ROMAN.test(key)) return null
  return key
}

// The kinds of characters a run is made of: letters (`\p{L}`) that are
// not lower case, lower-case letters, digits (`\p{N}`), `&`, `-`, `/`; and
// every other character, which no run crosses.
const CAPITAL = 1
const LOWER = 2
const DIGIT = 3
const AMPERSAND = 4
const HYPHEN = 5
const SLASH = 6
const OUTSIDE = 7
const RUN_KINDS = new CharacterKinds((c) =>
  /^\p{Ll}$/u.test(c)
    ? LOWER
    : /^\p{L}$/u.test(c)
      ? CAPITAL
      : /^\p{N}$/u.test(c)
        ? DIGIT
        : c === "&"
          ? AMPERSAND
          : c === "-"
            ? HYPHEN
            : c === "/"
              ? SLASH
              : OUTSIDE
)
const isAlphanumeric = (kind: number): boolean => kind === CAPITAL || kind === LOWER || kind === DIGIT

/**
 * Whether what every abbreviation has and almost no other word starts at
 * `at`: a letter that is not lower case, then digits, `&` or `-`, then
 * another such letter; or one such letter outside the BMP (an abbreviation
 * has two letters, counted in code units, none of them lower case, and a
 * run with `/` is not one).
 */
const coreStartsAt = (text: string, at: number): boolean => {
  if (RUN_KINDS.kindAt(text, at) !== CAPITAL) return false
  if (widthAt(text, at) === 2) return true
  for (let next = at + 1; next < text.length; next += widthAt(text, next)) {
    const kind = RUN_KINDS.kindAt(text, next)
    if (kind === CAPITAL) return true
    if (kind !== DIGIT && kind !== AMPERSAND && kind !== HYPHEN) return false
  }
  return false
}

/** The stretch of run characters around `at`, which is one: `[start, end)`. */
const stretchAround = (text: string, at: number): readonly [number, number] => {
  let start = at
  while (start > 0) {
    const width = start >= 2 && widthAt(text, start - 2) === 2 ? 2 : 1
    if (RUN_KINDS.kindAt(text, start - width) === OUTSIDE) break
    start -= width
  }
  let end = at
  while (end < text.length && RUN_KINDS.kindAt(text, end) !== OUTSIDE) end += widthAt(text, end)
  return [start, end]
}

/**
 * Calls `visit` with each stretch of run characters of `text` where
 * {@link coreStartsAt} somewhere, on a line with a lower-case letter
 * (headings and signature lines are written in capitals throughout), with
 * the start of its line. Most characters are no capital and cost one look
 * each; judging every run of the text was most of the rule's cost.
 */
const forEachCandidateStretch = (
  text: string,
  visit: (start: number, end: number, lineStart: number) => void
): void => {
  let lineStart = 0
  let lineEnd = -1
  let lineHasLower = false
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    // ASCII by its code (most of the text), the rest by its kind.
    if (
      code < 0x80
        ? code < 0x41 || code > 0x5a
        : !isHighSurrogate(code) && RUN_KINDS.kindOfUnit(code) !== CAPITAL
    )
      continue
    if (!coreStartsAt(text, at)) continue
    const [start, end] = stretchAround(text, at)
    if (start > lineEnd) {
      lineStart = text.lastIndexOf("\n", start - 1) + 1
      const next = text.indexOf("\n", start)
      lineEnd = next === -1 ? text.length : next
      lineHasLower = HAS_LOWER.test(text.slice(lineStart, lineEnd))
    }
    // The whole stretch has been judged, or the whole line when it has no
    // lower-case letter.
    if (lineHasLower) visit(start, end, lineStart)
    at = (lineHasLower ? end : lineEnd) - 1
  }
}

/**
 * Calls `visit` with each run of `text[start, end)`, a stretch of run
 * characters. A run is a word-like unit: a letter or digit, then
 * letters, digits, `&`, `/`, and `-` followed by a letter or digit (each
 * character taken by exactly one step, so the walk is linear).
 */
const forEachRun = (
  text: string,
  start: number,
  end: number,
  visit: (start: number, run: string) => void
): void => {
  for (let at = start; at < end;) {
    if (!isAlphanumeric(RUN_KINDS.kindAt(text, at))) {
      at++
      continue
    }
    const runStart = at
    at += widthAt(text, at)
    while (at < end) {
      const kind = RUN_KINDS.kindAt(text, at)
      if (isAlphanumeric(kind) || kind === AMPERSAND || kind === SLASH) at += widthAt(text, at)
      else if (kind === HYPHEN && at + 1 < end && isAlphanumeric(RUN_KINDS.kindAt(text, at + 1))) at++
      else break
    }
    visit(runStart, text.slice(runStart, at))
  }
}

const overlaps = (span: Span | null | undefined, from: number, to: number): boolean =>
  span !== null && span !== undefined && from < span.end.offset && span.start.offset < to

/**
 * Whether `[from, to)` (original offsets) overlaps a part of the document
 * where abbreviations are the norm. Asked of the document's parts in place:
 * gathering them into a list for each document cost more than the asking.
 */
const inMaskedPart = (document: Document, from: number, to: number): boolean =>
  overlaps(document.nationalHeader.country?.span, from, to) ||
  overlaps(document.nationalHeader.motto?.span, from, to) ||
  overlaps(document.issuer?.span, from, to) ||
  overlaps(document.number?.span, from, to) ||
  overlaps(document.placeDate?.span, from, to) ||
  overlaps(document.signature?.span, from, to) ||
  overlaps(document.recipients?.span, from, to) ||
  // The copy block of a bản sao is its own head and foot, not body text.
  overlaps(document.copy?.span, from, to) ||
  document.citations.some((c) => overlaps(c.span, from, to))

interface Occurrence {
  readonly start: number
  readonly end: number
}

interface Settings {
  readonly allow: ReadonlySet<string>
  readonly expansions: Readonly<Record<string, string>>
}

// The options of a configuration are the same object for every document:
// their set and merged table are built once per options object.
const settingsOf = perObject((options: AbbreviationOptions): Settings => ({
  allow: new Set(options.allow ?? DEFAULT_OPTIONS.allow),
  expansions: { ...KNOWN_EXPANSIONS, ...(options.expansions ?? {}) }
}))

const DEFAULT_OPTIONS: AbbreviationOptions = { allow: ["UBND", "HĐND"], expansions: {} }

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<AbbreviationOptions>({
  meta: {
    id: "abbreviation-first-use",
    description:
      "An abbreviation is spelled out at its first use with the short form in parentheses (cải cách hành chính (CCHC)) before it is used alone.",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "suggestion",
    messages: {
      usedBeforeDefinition: {
        vi: "Chữ viết tắt “{abbr}” được dùng trước khi viết đầy đủ (dòng {definedLine}): viết đầy đủ ngay ở lần dùng đầu tiên, “{expected}”, sau đó mới dùng “{abbr}”.",
        en: "“{abbr}” is used before it is spelled out (line {definedLine}): spell it out at its first use, “{expected}”, then use “{abbr}”."
      },
      neverDefined: {
        vi: "Chữ viết tắt “{abbr}” chưa được viết đầy đủ: ở lần dùng đầu tiên viết “{expected}”, sau đó mới dùng “{abbr}”.",
        en: "The abbreviation “{abbr}” is never spelled out: at its first use write “{expected}”, then use “{abbr}”."
      }
    },
    defaultOptions: DEFAULT_OPTIONS,
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allow: { type: "array", items: { type: "string" } },
        expansions: { type: "object", additionalProperties: { type: "string" } }
      }
    },
    notes: [
      "Practice only: NĐ 30/2020 has no first-use rule; it allows abbreviations in the chủ quản line and the ký hiệu (PL I II.2.a, II.3.b).",
      "Established names and designations are never reported: PAR, INDEX, SIPAS, TCVN, ISO, COVID, QR, VNPT, GD&ĐT, KH&CN."
    ],
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Triển khai tuyên truyền về cải cách hành chính (CCHC) tới toàn thể cán bộ, công chức. Tuyên truyền CCHC gắn với nhiệm vụ chính trị."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Tuyên truyền các thông tin về CCHC. Triển khai tuyên truyền về cải cách hành chính (CCHC) tới toàn thể cán bộ, công chức."
      ]
    }
  },
  check: (context) => {
    const options = context.options ?? DEFAULT_OPTIONS
    const { allow, expansions } = settingsOf(options)
    const prepared = PreparedText.of(context.text)
    const text = prepared.text
    const masked = (from: number, to: number) => inMaskedPart(context.document, from, to)

    const firstUse = new Map<string, Occurrence>()
    const definedAt = new Map<string, Occurrence>()
    forEachCandidateStretch(text, (stretchStart, stretchEnd, lineStart) => {
      forEachRun(text, stretchStart, stretchEnd, (start, run) => {
        // An allowed run needs no reading: the common `UBND` and `HĐND` are.
        if (allow.has(run)) return
        const end = start + run.length
        const abbr = abbreviationOf(run)
        // Once an abbreviation is defined, its later uses change nothing.
        if (abbr === null || allow.has(abbr) || ESTABLISHED_NAMES.has(abbr) || definedAt.has(abbr)) return
        if (DESIGNATION_AFTER.test(text.slice(end, end + 2))) return
        const defines = DEFINITION_BEFORE.test(text.slice(Math.max(lineStart, start - 40), start))
        // Nor does a use after the first, unless it defines the abbreviation.
        if (!defines && firstUse.has(abbr)) return
        if (masked(prepared.toOriginal(start), prepared.toOriginalEnd(start + abbr.length))) return
        const occurrence = { start, end: start + abbr.length }
        if (defines) definedAt.set(abbr, occurrence)
        else firstUse.set(abbr, occurrence)
      })
    })

    for (const [abbr, use] of firstUse) {
      const expansion = expansions[abbr]
      const expected = `${expansion ?? "…"} (${abbr})`
      const span = prepared.span(use.start, use.end)
      const definition = definedAt.get(abbr)
      const suggestions =
        expansion === undefined
          ? []
          : [
              {
                tier: "suggestion" as const,
                description: `“${abbr}” → “${expected}”`,
                edits: [
                  {
                    start: span.start.offset,
                    end: span.end.offset,
                    text: atSentenceStart(text, use.start) ? capitalise(expected) : expected
                  }
                ]
              }
            ]
      if (definition !== undefined) {
        const definedLine = prepared.span(definition.start, definition.end).start.line
        context.report({
          messageId: "usedBeforeDefinition",
          span,
          data: { abbr, definedLine, expected },
          suggestions
        })
      } else {
        context.report({ messageId: "neverDefined", span, data: { abbr, expected }, suggestions })
      }
    }
  }
})

const capitalise = (s: string): string => s[0]!.toUpperCase() + s.slice(1)

// Whether `offset` starts a sentence: nothing before it on its line but a
// list marker, or a full stop and spaces just before it.
const atSentenceStart = (text: string, offset: number): boolean => {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1
  const before = text.slice(Math.max(lineStart, offset - 40), offset)
  return (lineStart >= offset - 40 && /^[ ]*(?:[-+•][ ]*)?$/u.test(before)) || /[.!?][ ]+$/u.test(before)
}
