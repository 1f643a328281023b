/**
 * Reading the period a report covers from its trích yếu: `quý I năm 2024`,
 * `6 tháng đầu năm 2024`, `tháng 5 năm 2024`, `năm 2020`.
 */
import { isoDay, lastIsoDayOfMonth as last } from "./calendar.js"

/** A reporting period: its words as written and its first and last day. */
export interface ReportPeriod {
  readonly text: string
  readonly from: string
  readonly to: string
}

const QUARTER: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4
}

const first = (year: number, month: number): string => isoDay(year, month, 1)

const QUARTER_RE = /quý[ ]+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:[ ]+năm[ ]+(\d{4}))?/iu
const HALF_RE = /(6|sáu)[ ]+tháng[ ]+(đầu|cuối)[ ]+năm(?:[ ]+(\d{4}))?/iu
const NINE_RE = /(9|chín)[ ]+tháng[ ]+đầu[ ]+năm(?:[ ]+(\d{4}))?/iu
const MONTH_RE = /(?<![\p{L}\d])tháng[ ]+(\d{1,2})(?:[ ]+năm[ ]+|\/)(\d{4})/iu
const YEAR_RE = /(?<![\p{L}\d])năm[ ]+(\d{4})(?!\d)/iu

/**
 * The period named in `summary`, or `null`. A period without a year
 * (`6 tháng đầu năm`) takes `fallbackYear` (the year of the document).
 */
export const readReportPeriod = (summary: string, fallbackYear: number | null): ReportPeriod | null => {
  const q = QUARTER_RE.exec(summary)
  if (q !== null) {
    const year = q[2] === undefined ? fallbackYear : Number(q[2])
    if (year === null) return null
    const n = QUARTER[q[1]!.toUpperCase()]!
    return { text: q[0], from: first(year, 3 * n - 2), to: last(year, 3 * n) }
  }
  const h = HALF_RE.exec(summary)
  if (h !== null) {
    const year = h[3] === undefined ? fallbackYear : Number(h[3])
    if (year === null) return null
    const firstHalf = h[2]!.toLowerCase() === "đầu"
    return { text: h[0], from: first(year, firstHalf ? 1 : 7), to: last(year, firstHalf ? 6 : 12) }
  }
  const nine = NINE_RE.exec(summary)
  if (nine !== null) {
    const year = nine[2] === undefined ? fallbackYear : Number(nine[2])
    if (year === null) return null
    return { text: nine[0], from: first(year, 1), to: last(year, 9) }
  }
  const m = MONTH_RE.exec(summary)
  if (m !== null) {
    const month = Number(m[1])
    if (month < 1 || month > 12) return null
    return { text: m[0], from: first(Number(m[2]), month), to: last(Number(m[2]), month) }
  }
  const y = YEAR_RE.exec(summary)
  if (y !== null) return { text: y[0], from: first(Number(y[1]), 1), to: last(Number(y[1]), 12) }
  return null
}
