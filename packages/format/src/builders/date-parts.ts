/**
 * Dates as the builders take them: a `Date`, an ISO string or parts.
 *
 * @since 0.1.0
 */

/**
 * A calendar date by parts. A part left `null` is printed blank, for a
 * draft whose date is written in by hand when it is signed.
 *
 * @since 0.1.0
 * @category dates
 */
export interface DateParts {
  readonly day: number | null
  readonly month: number | null
  readonly year: number | null
}

/**
 * What a builder accepts as a date: a `Date` (read in Vietnam time unless
 * told otherwise), an ISO string (`2021-07-15`, or a date-time with an
 * offset), or {@link DateParts}.
 *
 * @since 0.1.0
 * @category dates
 */
export type DateInput = Date | string | DateParts

/**
 * The time zone a `Date` is read in: the signing date is the date in Việt
 * Nam.
 *
 * @since 0.1.0
 * @category dates
 */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh"

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * Why the parts are not a date, or `null` when they are one (blank parts
 * are allowed; a day is checked against its month, and against the year
 * when the year is given).
 *
 * @since 0.1.0
 * @category dates
 * @example
 * ```ts
 * import { checkDateParts } from "@cchc/format"
 * checkDateParts({ day: 29, month: 2, year: 2024 }) // null
 * checkDateParts({ day: 29, month: 2, year: 2023 }) // "no day 29 in month 2 of 2023"
 * ```
 */
export const checkDateParts = (parts: DateParts): string | null => {
  const { day, month, year } = parts
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 9999))
    return `year ${year} is not a 4-digit year`
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12))
    return `month ${month} is not 1–12`
  if (day !== null && (!Number.isInteger(day) || day < 1 || day > 31)) return `day ${day} is not 1–31`
  if (day !== null && month !== null && day > daysInMonth(year ?? 2000, month)) {
    return `no day ${day} in month ${month}${year === null ? "" : ` of ${year}`}`
  }
  return null
}

const partsInZone = (date: Date, timeZone: string): DateParts => {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date")
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(date)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { day: get("day"), month: get("month"), year: get("year") }
}

/**
 * Reads a {@link DateInput} into parts. A `Date` or an ISO date-time is
 * read in `timeZone` (Vietnam time by default); a plain `YYYY-MM-DD` is
 * taken as written. Throws a `RangeError` for a string that is not ISO or
 * parts that are not a date.
 *
 * @since 0.1.0
 * @category dates
 * @example
 * ```ts
 * import { toDateParts } from "@cchc/format"
 * toDateParts("2021-07-15") // { day: 15, month: 7, year: 2021 }
 * toDateParts(new Date("2020-01-04T20:00:00Z")) // { day: 5, month: 1, year: 2020 } (03:00 on the 5th in Hà Nội)
 * ```
 */
export const toDateParts = (input: DateInput, timeZone: string = VIETNAM_TIME_ZONE): DateParts => {
  let parts: DateParts
  if (input instanceof Date) {
    parts = partsInZone(input, timeZone)
  } else if (typeof input === "string") {
    const m = ISO_DATE.exec(input.trim())
    if (m) {
      parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    } else if (/^\d{4}-\d{2}-\d{2}T/.test(input.trim())) {
      parts = partsInZone(new Date(input.trim()), timeZone)
    } else {
      throw new RangeError(`not an ISO date: ${JSON.stringify(input)}`)
    }
  } else {
    parts = { day: input.day, month: input.month, year: input.year }
  }
  const problem = checkDateParts(parts)
  if (problem !== null) throw new RangeError(problem)
  return parts
}
