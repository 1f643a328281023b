/**
 * Dates in running text: `ngày 05 tháng 01 năm 2020` and `05/01/2020`.
 *
 * @since 0.1.0
 */
import { pad2 } from "../internal/text.js"
import { type DateInput, toDateParts } from "./date-parts.js"

/**
 * Options of the date builders.
 *
 * @since 0.1.0
 * @category dates
 */
export interface DateFormatOptions {
  /** What a blank part is printed as (default `…`, as in the Phụ lục III templates). */
  readonly blank?: string
  /** The zone a `Date` is read in (default `Asia/Ho_Chi_Minh`). */
  readonly timeZone?: string
}

/**
 * The day as Nghị định 30/2020 writes it: `01`–`09`, then `10`–`31`.
 *
 * @since 0.1.0
 * @category dates
 * @example
 * ```ts
 * import { formatDay } from "@cchc/format"
 * formatDay(5) // "05"
 * formatDay(29) // "29"
 * ```
 */
export const formatDay = (day: number): string => pad2(day)

/**
 * The month as Nghị định 30/2020 writes it: `01` and `02` padded, `3` to
 * `12` not (so `tháng 03` is never produced).
 *
 * @since 0.1.0
 * @category dates
 * @example
 * ```ts
 * import { formatMonth } from "@cchc/format"
 * formatMonth(1) // "01"
 * formatMonth(6) // "6"
 * ```
 */
export const formatMonth = (month: number): string => (month <= 2 ? pad2(month) : String(month))

/**
 * The long date of place-date lines and căn cứ: `ngày 05 tháng 01 năm
 * 2020`, `ngày 29 tháng 6 năm 2019`; blank parts for a draft.
 *
 * @since 0.1.0
 * @category dates
 * @example
 * ```ts
 * import { formatLongDate } from "@cchc/format"
 * formatLongDate("2021-07-15") // "ngày 15 tháng 7 năm 2021"
 * formatLongDate({ day: null, month: null, year: 2024 }) // "ngày … tháng … năm 2024"
 * ```
 */
export const formatLongDate = (date: DateInput, options: DateFormatOptions = {}): string => {
  const { day, month, year } = toDateParts(date, options.timeZone)
  const blank = options.blank ?? "…"
  return `ngày ${day === null ? blank : formatDay(day)} tháng ${month === null ? blank : formatMonth(month)} năm ${
    year === null ? blank : String(year)
  }`
}

/**
 * The short date of running text: `15/7/2021`, `05/01/2020` (day padded,
 * month by the same rule as the long form). Every part must be known.
 *
 * @since 0.1.0
 * @category dates
 * @example
 * ```ts
 * import { formatShortDate } from "@cchc/format"
 * formatShortDate("2021-07-15") // "15/7/2021"
 * formatShortDate({ day: 8, month: 4, year: 2020 }) // "08/4/2020"
 * ```
 */
export const formatShortDate = (date: DateInput, options: DateFormatOptions = {}): string => {
  const { day, month, year } = toDateParts(date, options.timeZone)
  if (day === null || month === null || year === null)
    throw new RangeError("a short date needs day, month and year")
  return `${formatDay(day)}/${formatMonth(month)}/${year}`
}
