/**
 * Reading figures with their units, qualifiers, ranges and rates.
 *
 * @since 0.1.0
 */
import { METRIC_UNITS, RATE_UNITS } from "../data/metric-units.js"
import type { Metric, MetricQualifier } from "../model/metric.js"
import { parseVietnameseNumber } from "./vietnamese-number.js"

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
const byLength = (xs: ReadonlyArray<string>) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")

// A figure not glued to a word, a date, a version or another figure.
const FIGURE = /(?<![\p{L}\d.,/:\-–])(\d{1,3}(?:\.\d{3})+|\d{1,12})(?:,(\d{1,6}))?(?![\d/]|\.\d)/gu
const RANGE = /[ ]*[-–][ ]*(\d{1,12})(?![\d/])/y
const UNIT = new RegExp(`[ ]*(${byLength(METRIC_UNITS)})(?![\\p{L}\\d])`, "uy")
const RATE = new RegExp(
  `[ ]*\\/[ ]*((?:\\d{1,6}(?:[ ]*[-–][ ]*\\d{1,6})?[ ]*)?(?:${byLength([...new Set([...RATE_UNITS, ...METRIC_UNITS])])}))(?![\\p{L}\\d])`,
  "uy"
)
const QUALIFIER = /(trên|hơn|gần|khoảng|dưới|tối thiểu|ít nhất|tối đa|Trên|Hơn|Gần|Khoảng|Dưới)[ ]+$/u

const qualifierOf = (word: string | undefined): MetricQualifier => {
  switch (word?.toLowerCase()) {
    case "trên":
    case "hơn":
    case "tối thiểu":
    case "ít nhất":
      return "over"
    case "gần":
    case "khoảng":
      return "about"
    case "dưới":
    case "tối đa":
      return "under"
    default:
      return "exact"
  }
}

/** A metric with its offsets in the scanned text. */
export interface MetricInText {
  readonly metric: Omit<Metric, "span" | "indicator">
  readonly start: number
  readonly end: number
}

/**
 * Finds every figure followed by a known unit in `text`. Linear: one
 * sticky match per candidate figure.
 *
 * @since 0.1.0
 * @category parsing
 */
export const scanMetrics = (text: string): Array<MetricInText> => {
  const found: Array<MetricInText> = []
  FIGURE.lastIndex = 0
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const value = parseVietnameseNumber(m[2] === undefined ? m[1]! : `${m[1]},${m[2]}`)
    if (value === null) continue
    let at = m.index + m[0].length
    let upper: number | null = null
    RANGE.lastIndex = at
    const range = RANGE.exec(text)
    if (range) {
      upper = Number(range[1])
      at = RANGE.lastIndex
    }
    UNIT.lastIndex = at
    const unit = UNIT.exec(text)
    if (!unit) continue
    at = UNIT.lastIndex
    let per: string | null = null
    RATE.lastIndex = at
    const rate = RATE.exec(text)
    if (rate) {
      per = rate[1]!.trim()
      at = RATE.lastIndex
    }
    const before = text.slice(Math.max(0, m.index - 14), m.index)
    const q = QUALIFIER.exec(before)
    const start = q ? m.index - q[0].length : m.index
    found.push({
      metric: {
        raw: text.slice(start, at),
        value,
        upper,
        qualifier: qualifierOf(q?.[1]),
        unit: unit[1]!,
        per
      },
      start,
      end: at
    })
    FIGURE.lastIndex = at
  }
  return found
}

/**
 * Pairs a stated total with the parts the text gives for it: a figure
 * followed, in the same paragraph, by `trong đó` and figures of the same
 * unit (`18 hồ sơ … (trong đó 11 hồ sơ …; 07 hồ sơ …)`). Returns indexes
 * into `metrics`.
 *
 * @since 0.1.0
 * @category parsing
 */
export const findBreakdowns = (
  text: string,
  metrics: ReadonlyArray<MetricInText>
): Array<{ total: number; parts: Array<number>; start: number; end: number }> => {
  const out: Array<{ total: number; parts: Array<number>; start: number; end: number }> = []
  // Metrics come in text order, so the end of the current line only moves
  // forward: one pass over the text in all.
  let lineEnd = -1
  for (let i = 0; i < metrics.length; i++) {
    const total = metrics[i]!
    if (lineEnd < total.end) {
      lineEnd = text.indexOf("\n", total.end)
      if (lineEnd === -1) lineEnd = text.length
    }
    const limit = lineEnd
    const next = metrics[i + 1]
    if (next === undefined || next.start >= limit) continue
    const between = text.slice(total.end, next.start)
    const marker = between.search(/trong đó|Trong đó|bao gồm|gồm:/u)
    if (marker === -1) continue
    const open = between.lastIndexOf("(") !== -1 && between.lastIndexOf("(") > marker - 2
    const parts: Array<number> = []
    let end = total.end
    let j = i + 1
    for (; j < metrics.length; j++) {
      const part = metrics[j]!
      if (part.start >= limit) break
      const gap = text.slice(end, part.start)
      if (open ? gap.includes(")") : /\.[ ]/u.test(gap)) break
      // A new "trong đó" after a part starts another breakdown.
      if (parts.length > 0 && /trong đó|Trong đó/u.test(gap)) break
      if (part.metric.unit !== total.metric.unit) continue
      parts.push(j)
      end = part.end
    }
    if (parts.length > 0) {
      out.push({ total: i, parts, start: total.start, end })
      // Parts are not totals of their own: continue after the last one.
      i = parts[parts.length - 1]!
    }
  }
  return out
}
