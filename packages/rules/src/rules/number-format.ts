/**
 * `number-format`: Vietnamese writes `.` between thousands and `,` before
 * decimals (`3.250 tin, bài`, `1,5 km`), the reverse of English.
 *
 * What is certainly an error, and reported:
 * - commas between thousands: `10,191,468`, or `3,250 tin` (a count has no
 *   decimals), and then every `12,630` of that document;
 * - a dot before decimals: `1.5 km`, `2.75%` (one, two or four and more
 *   digits after a dot cannot be a thousands group);
 * - a quantity of four or more digits left ungrouped (`6000 lượt`) in a
 *   document that groups them elsewhere (`5.280 tin`), as an `info`.
 *
 * Never touched: years, document numbers and citations, dates (`15/7/2021`,
 * `15.7.2021`), ranges (`2021-2025`), standards (`ISO 9001:2015`), versions
 * (`4.0`), numbered references (`mục 1.2`), phone numbers (a leading 0)
 * and times (`7.30 giờ`). A figure must be followed by a unit to be read
 * as a quantity, so bare numbers are left alone.
 */
import { METRIC_UNITS, PreparedText, type Document, type Span } from "@cchc/core"
import type { Fix } from "../diagnostic.js"
import { defineRule, type RuleReport } from "../rule.js"

// A number: digits in groups joined by `.` or `,`, not glued to letters,
// to a slash (dates, numbers), a colon (standards, times) or a hyphen
// (ranges). Greedy groups and constant lookarounds keep it linear.
const NUMBER = /(?<![\p{L}\p{N}.,/:\-–])\d+(?:[.,]\d+)*(?![\p{L}\p{N}/]|[.,:\-–]\d)/gu

const COMMA_THOUSANDS_CERTAIN = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3},\d{3}\.\d+$/u
const COMMA_THOUSANDS_SINGLE = /^\d{1,3},\d{3}$/u
const DOT_DECIMAL = /^\d+\.(?:\d{1,2}|\d{4,})$/u
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/u
const UNGROUPED = /^[1-9]\d{3,}$/u

// Units of things that are counted (no decimals) and of measures.
const MEASURES = new Set([
  "%",
  "m²",
  "m2",
  "km",
  "tỷ đồng",
  "triệu đồng",
  "nghìn đồng",
  "đồng",
  "điểm",
  "giờ",
  "phút",
  "tiếng"
])
const TIME_UNITS = new Set(["giờ", "phút"])
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")
const UNIT_AFTER = new RegExp(
  `[ ]?(${[...METRIC_UNITS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "uy"
)
// The spaces after the dot belong to it, so that no two loops compete for
// the same spaces.
const REFERENCE_BEFORE =
  /(?:^|[^\p{L}])(?:mục|điểm|khoản|điều|mẫu|phụ lục|biểu|bảng|chương|hình|phiên bản|version|v)[ ]*(?:\.[ ]*)?$/iu
const YEAR_BEFORE = /(?:^|[^\p{L}])năm[ ]*$/u

interface NumberToken {
  readonly raw: string
  readonly start: number
  readonly end: number
  readonly unit: string | null
}

const unitAfter = (text: string, end: number): string | null => {
  UNIT_AFTER.lastIndex = end
  return UNIT_AFTER.exec(text)?.[1] ?? null
}

const overlaps = (span: Span | undefined, from: number, to: number): boolean =>
  span !== undefined && from < span.end.offset && span.start.offset < to

/**
 * Whether `[from, to)` (original offsets) overlaps the number line, the date
 * line or a citation, whose numbers other rules judge. Asked of the
 * document's parts in place: gathering them into a list for each document
 * cost more than the asking.
 */
const inOtherRulesPart = (document: Document, from: number, to: number): boolean =>
  overlaps(document.number?.span, from, to) ||
  overlaps(document.placeDate?.span, from, to) ||
  document.citations.some((c) => overlaps(c.span, from, to))

// `1,234,567.89` → `1.234.567,89`.
const toVietnamese = (raw: string): string => raw.replace(/[.,]/gu, (c) => (c === "," ? "." : ","))
const groupThousands = (raw: string): string => raw.replace(/\B(?=(?:\d{3})+$)/gu, ".")

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "number-format",
    description:
      "Numbers group thousands with “.” and mark decimals with “,” (3.250; 1,5), consistently within a document.",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "safe",
    messages: {
      commaThousands: {
        vi: "“{raw}”: tiếng Việt phân cách hàng nghìn bằng dấu chấm, phần thập phân bằng dấu phẩy; viết “{expected}”.",
        en: "“{raw}”: Vietnamese groups thousands with a dot and marks decimals with a comma; write “{expected}”."
      },
      dotDecimal: {
        vi: "“{raw}”: phần thập phân viết sau dấu phẩy, không dùng dấu chấm; viết “{expected}”.",
        en: "“{raw}”: decimals follow a comma, not a dot; write “{expected}”."
      },
      ungroupedThousands: {
        vi: "“{raw}”: văn bản này phân cách hàng nghìn bằng dấu chấm (“{example}”); viết thống nhất “{expected}”.",
        en: "“{raw}”: this document groups thousands with a dot (“{example}”); write “{expected}” to match."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Đăng tải 3.250 tin, bài; 5.280 lượt người tham gia; diện tích 1,5 km; tiêu chuẩn ISO 9001:2015; công nghiệp 4.0."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Tổng số lượt tiếp nhận: 10,191,468 lượt; đăng tải 3250 tin, bài và 5.280 lượt người; tăng 1.5%."
      ]
    }
  },
  check: (context) => {
    const prepared = PreparedText.of(context.text)
    const text = prepared.text
    const masked = (from: number, to: number) => inOtherRulesPart(context.document, from, to)
    const tokens: Array<NumberToken> = []
    NUMBER.lastIndex = 0
    for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      const from = prepared.toOriginal(start)
      const to = prepared.toOriginalEnd(end)
      if (masked(from, to)) continue
      tokens.push({ raw: m[0], start, end, unit: unitAfter(text, end) })
    }
    const countUnit = (t: NumberToken) => t.unit !== null && !MEASURES.has(t.unit)
    const commaThousands = tokens.some(
      (t) => COMMA_THOUSANDS_CERTAIN.test(t.raw) || (COMMA_THOUSANDS_SINGLE.test(t.raw) && countUnit(t))
    )
    const dotExample = tokens.find((t) => DOT_GROUPED.test(t.raw) && t.unit !== null)

    const report = (
      t: NumberToken,
      messageId: string,
      expected: string,
      tier: Fix["tier"],
      extra: Partial<RuleReport> = {}
    ) => {
      const span = prepared.span(t.start, t.end)
      // Offsets in the original text: the digits and separators are ASCII,
      // so the original characters are exactly `raw`.
      const editable = context.text.slice(span.start.offset, span.end.offset) === t.raw
      const fix: Fix = {
        tier,
        description: `“${t.raw}” → “${expected}”`,
        edits: [{ start: span.start.offset, end: span.end.offset, text: expected }]
      }
      context.report({
        messageId,
        span,
        data: { raw: t.raw, expected, example: dotExample?.raw ?? "" },
        ...(editable ? (tier === "safe" ? { fix } : { suggestions: [fix] }) : {}),
        ...extra
      })
    }

    for (const t of tokens) {
      if (COMMA_THOUSANDS_CERTAIN.test(t.raw)) {
        report(t, "commaThousands", toVietnamese(t.raw), "safe")
      } else if (
        COMMA_THOUSANDS_SINGLE.test(t.raw) &&
        (commaThousands || countUnit(t)) &&
        (t.unit === null || countUnit(t))
      ) {
        report(t, "commaThousands", t.raw.replace(",", "."), "suggestion")
      } else if (DOT_DECIMAL.test(t.raw) && t.unit !== null && !TIME_UNITS.has(t.unit)) {
        if (REFERENCE_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) continue
        report(t, "dotDecimal", t.raw.replace(".", ","), "suggestion")
      } else if (UNGROUPED.test(t.raw) && t.unit !== null && dotExample !== undefined) {
        if (t.raw.length === 4 && YEAR_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start))) continue
        report(t, "ungroupedThousands", groupThousands(t.raw), "suggestion", { severity: "info" })
      }
    }
  }
})
