/**
 * Reading the place-and-date line: `Hà Nội, ngày 05 tháng 01 năm 2020`.
 *
 * @since 0.1.0
 */
import type { PlaceDate } from "../model/place-date.js"

// Each part may be a number or left blank in a draft (dots, ellipses,
// underscores or spaces). The spaces before a number belong to the number's
// optional group, so no two adjacent loops compete for the same spaces.
/** `ngày … tháng … năm …`, each part a number or left blank in a draft. */
export const DATE_PART = /ngày(?:[ ]*(\d{1,2}))?[ .…_]*tháng(?:[ ]*(\d{1,2}))?[ .…_]*năm(?:[ ]*(\d{4}))?/u

/** A place-date read from one line, with offsets in that line. */
export interface PlaceDateInLine {
  readonly placeDate: Omit<PlaceDate, "span">
  readonly start: number
  readonly end: number
}

const MAX_PLACE_LENGTH = 60

/**
 * Reads a place-date from `line`: an optional place starting with a capital
 * letter and ending with a comma, then `ngày … tháng … năm …`. Returns
 * `null` when the line holds no such date or the "place" is a sentence.
 *
 * @since 0.1.0
 * @category parsing
 */
export const readPlaceDateLine = (line: string): PlaceDateInLine | null => {
  const m = DATE_PART.exec(line)
  if (!m) return null
  const before = line.slice(0, m.index)
  const trimmed = before.trim()
  let place: string | null = null
  if (trimmed.length > 0) {
    const withoutComma = trimmed.replace(/,$/, "").trim()
    if (
      withoutComma.length > MAX_PLACE_LENGTH ||
      !/^\p{Lu}/u.test(withoutComma) ||
      /[;:!?/]|(?<!\p{L})số(?!\p{L})/u.test(withoutComma) ||
      // Periods only after an abbreviated generic word: `TP. Hồ Chí Minh`.
      /(?<!(?:^|[ ])(?:TP|Tp|TX|Tx|Q|P|H|X|TT))\./u.test(withoutComma)
    )
      return null
    place = withoutComma
  }
  const start = before.length - before.trimStart().length
  const end = m.index + m[0].length
  const dayText = m[1] ?? null
  const monthText = m[2] ?? null
  const yearText = m[3] ?? null
  return {
    placeDate: {
      raw: line.slice(start, end),
      place,
      day: dayText === null ? null : Number(dayText),
      month: monthText === null ? null : Number(monthText),
      year: yearText === null ? null : Number(yearText),
      dayText,
      monthText
    },
    start,
    end
  }
}

/**
 * Reads a place-and-date line such as `Ba Bích, ngày tháng 03 năm 2024`
 * (day left blank: `day` is `null`).
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { parsePlaceDate } from "@cchc/core"
 * parsePlaceDate("Hà Nội, ngày 05 tháng 01 năm 2020")
 * // { place: "Hà Nội", day: 5, month: 1, year: 2020, dayText: "05", monthText: "01", … }
 * parsePlaceDate("Ba Bích, ngày tháng 03 năm 2024")?.day // null
 * ```
 */
export const parsePlaceDate = (line: string): PlaceDate | null => {
  const found = readPlaceDateLine(line)
  if (found === null) return null
  return {
    ...found.placeDate,
    span: {
      start: { offset: found.start, line: 1, column: found.start + 1 },
      end: { offset: found.end, line: 1, column: found.end + 1 }
    }
  }
}

/**
 * An ISO `YYYY-MM-DD` string when the parts form a real calendar date.
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { isoDate } from "@cchc/core"
 * isoDate(2021, 7, 15) // "2021-07-15"
 * isoDate(2021, 2, 30) // null
 * ```
 */
export const isoDate = (year: number, month: number, day: number): string | null => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}
