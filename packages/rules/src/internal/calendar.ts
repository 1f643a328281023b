/**
 * Calendar days as ISO `YYYY-MM-DD` strings, by arithmetic on UTC dates:
 * the date rules ask for a few days per document, and formatting them with
 * a date library per call showed in profiles (and needed memo tables).
 * Out-of-range days and months roll over as `new Date(year, month, day)`
 * does (`2024-02-30` is `2024-03-01`).
 */

// Four digits at least, as dates are written (`toISOString` turns year
// 10000 into `+010000`).
const isoOf = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, "0")}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/**
 * The day `day` of `month` (1–12) of `year`, rolled over when out of range.
 *
 * @example
 * ```ts
 * isoDay(2024, 3, 5) // "2024-03-05"
 * isoDay(2024, 2, 30) // "2024-03-01"
 * ```
 */
export const isoDay = (year: number, month: number, day: number): string => {
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC reads years 0–99 as 1900–1999; set the year as given.
  if (year >= 0 && year <= 99) date.setUTCFullYear(year, month - 1, day)
  return isoOf(date)
}

/**
 * The last day of `month` (1–12) of `year`.
 *
 * @example
 * ```ts
 * lastIsoDayOfMonth(2024, 2) // "2024-02-29"
 * ```
 */
export const lastIsoDayOfMonth = (year: number, month: number): string => isoDay(year, month + 1, 0)

/**
 * The ISO day `days` after (or before, when negative) the ISO day `iso`.
 *
 * @example
 * ```ts
 * shiftIsoDay("2024-12-25", 10) // "2025-01-04"
 * ```
 */
export const shiftIsoDay = (iso: string, days: number): string => {
  const [year, month, day] = iso.split("-").map(Number)
  return isoDay(year!, month!, day! + days)
}
