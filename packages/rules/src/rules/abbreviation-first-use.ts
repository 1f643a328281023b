/**
 * `abbreviation-first-use`: an abbreviation is spelled out at its first use,
 * with the short form in parentheses (`cải cách hành chính (CCHC)`), before
 * it is used alone.
 *
 * Nghị định 30/2020 has no general rule on abbreviations; this is drafting
 * practice. What is not an abbreviation in this sense: Roman numerals
 * (`quý I`, `Khóa XX`), codes inside numbers (`2113/QĐ-UBND`), standard
 * designations (`ISO 9001`), upper-case headings and the signature and
 * Nơi nhận blocks, where abbreviations are the norm.
 */
import { PreparedText, type Document, type Span } from "@cchc/core"
import { defineRule } from "../rule.js"

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

// A word-like run: letters and digits, joined by `&`, `/` or an inner `-`.
// Each character is consumed by exactly one branch, so matching is linear.
const RUN = /[\p{L}\p{N}](?:[\p{L}\p{N}&/]|-(?=[\p{L}\p{N}]))*/gu
const ROMAN = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u
const TRAILING_NUMBER = /-\d+$/u
const HAS_LOWER = /\p{Ll}/u
const COMBINING = /[\u0300-\u036f]/u
const DESIGNATION_AFTER = /^ ?\d/u
// `cải cách hành chính (CCHC)`, and each word of a multi-word short form
// such as `Chỉ số cải cách hành chính (PAR INDEX)`.
const DEFINITION_BEFORE = /\p{L}[ ]*\([ ]*(?:[\p{Lu}\p{N}&-]+[ ]+){0,3}$/u

/** The abbreviation a run stands for, or `null` when it is not one. */
const abbreviationOf = (run: string): string | null => {
  if (run.includes("/")) return null
  const key = run.replace(TRAILING_NUMBER, "")
  const letters = key.replace(/[^\p{L}]/gu, "")
  if (letters.length < 2 || HAS_LOWER.test(letters)) return null
  // Upper-case Vietnamese words (`HÀNH CHÍNH`) carry tone or vowel marks;
  // abbreviations do not (Đ is a letter of its own, not a marked D).
  if (COMBINING.test(letters.normalize("NFD"))) return null
  if (ROMAN.test(key)) return null
  return key
}

const originalRange = (span: Span): readonly [number, number] => [span.start.offset, span.end.offset]

/** Parts of the document where abbreviations are the norm. */
const maskedRanges = (document: Document): Array<readonly [number, number]> => {
  const spans: Array<Span | null | undefined> = [
    document.nationalHeader.country?.span,
    document.nationalHeader.motto?.span,
    document.issuer?.span,
    document.number?.span,
    document.placeDate?.span,
    document.signature?.span,
    document.recipients?.span,
    ...document.citations.map((c) => c.span)
  ]
  return spans.filter((s): s is Span => s !== null && s !== undefined).map(originalRange)
}

interface Occurrence {
  readonly start: number
  readonly end: number
}

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
    const allow = new Set(options.allow ?? DEFAULT_OPTIONS.allow)
    const expansions = { ...KNOWN_EXPANSIONS, ...(options.expansions ?? {}) }
    const prepared = PreparedText.of(context.text)
    const text = prepared.text
    const masks = maskedRanges(context.document)
    const masked = (start: number, end: number) => masks.some(([s, e]) => start < e && s < end)

    const firstUse = new Map<string, Occurrence>()
    const definedAt = new Map<string, Occurrence>()
    let lineStart = 0
    let lineEnd = -1
    let lineHasLower = false
    RUN.lastIndex = 0
    for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (start > lineEnd) {
        lineStart = text.lastIndexOf("\n", start - 1) + 1
        const next = text.indexOf("\n", start)
        lineEnd = next === -1 ? text.length : next
        lineHasLower = HAS_LOWER.test(text.slice(lineStart, lineEnd))
      }
      // Headings and signature lines are written in capitals throughout.
      if (!lineHasLower) continue
      const abbr = abbreviationOf(m[0])
      if (abbr === null || allow.has(abbr)) continue
      if (DESIGNATION_AFTER.test(text.slice(end, end + 2))) continue
      const original = [prepared.toOriginal(start), prepared.toOriginalEnd(start + abbr.length)] as const
      if (masked(original[0], original[1])) continue
      const occurrence = { start, end: start + abbr.length }
      if (DEFINITION_BEFORE.test(text.slice(Math.max(lineStart, start - 40), start))) {
        if (!definedAt.has(abbr)) definedAt.set(abbr, occurrence)
      } else if (!definedAt.has(abbr) && !firstUse.has(abbr)) {
        firstUse.set(abbr, occurrence)
      }
    }

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
