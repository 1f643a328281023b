/**
 * The date of a document as far as its place-date line tells it: an exact
 * day, or the range of days a blank day (or month) leaves open.
 */
import { isoDate, type Document, type PlaceDate } from "@cchc/core"
import { isoDay as iso, lastIsoDayOfMonth as lastDay } from "./calendar.js"

/** The earliest and latest day the document can be dated, ISO `YYYY-MM-DD`. */
export interface DateRange {
  readonly earliest: string
  readonly latest: string
  /** The day itself when the line gives day, month and year. */
  readonly exact: string | null
}

// Several rules ask for the range of one document in a lint: the range of
// the last place-date line is remembered.
let last: { readonly placeDate: PlaceDate; readonly range: DateRange | null } | undefined

/**
 * The document's date range from its place-date line, or `null` when the
 * line is missing, has no year, or names a day that does not exist.
 */
export const documentDateRange = (document: Document): DateRange | null => {
  const pd = document.placeDate
  if (pd === null) return null
  if (last === undefined || last.placeDate !== pd) last = { placeDate: pd, range: placeDateRange(pd) }
  return last.range
}

const placeDateRange = (pd: PlaceDate): DateRange | null => {
  if (pd.year === null) return null
  const { year, month, day } = pd
  if (month === null) return { earliest: iso(year, 1, 1), latest: iso(year, 12, 31), exact: null }
  if (month < 1 || month > 12) return null
  if (day === null) return { earliest: iso(year, month, 1), latest: lastDay(year, month), exact: null }
  const exact = isoDate(year, month, day)
  return exact === null ? null : { earliest: exact, latest: exact, exact }
}

/** `2024-03-05` → `05/3/2024`, the short form a clerk reads. */
export const displayDate = (isoValue: string): string => {
  const [y, m, d] = isoValue.split("-")
  return `${d}/${Number(m)}/${y}`
}

/** The document's date as a clerk reads it: `05/3/2024`, or `tháng 3/2024` when the day is blank. */
export const describeDocumentDate = (document: Document, range: DateRange): string => {
  if (range.exact !== null) return displayDate(range.exact)
  const pd = document.placeDate
  return pd?.month != null ? `tháng ${pd.month}/${pd.year}` : `năm ${pd?.year ?? range.earliest.slice(0, 4)}`
}
