/**
 * Địa danh và thời gian ban hành (ô 4).
 *
 * @since 0.1.0
 */
import { isAbbreviatedPlace } from "@cchc/core"
import { expectInput } from "./builder-input-error.js"
import { clean } from "../internal/text.js"
import type { DateInput } from "./date-parts.js"
import { type DateFormatOptions, formatLongDate } from "./format-date.js"

/**
 * The place-date line of Nghị định 30/2020, Phụ lục I, §3.4: the place,
 * a comma, then the long date with the decree's padding (day 01–09, month
 * 01 and 02, months 3–12 unpadded). `null` as the date prints a blank
 * draft date. Throws a `RangeError` for an empty place or an abbreviated
 * one (`TP. Hồ Chí Minh`): the date line writes the place in full.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatPlaceDate } from "@cchc/format"
 * formatPlaceDate("Hà Nội", "2020-01-05") // "Hà Nội, ngày 05 tháng 01 năm 2020"
 * formatPlaceDate("Thành phố Hồ Chí Minh", { day: 29, month: 6, year: 2019 })
 * // "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
 * formatPlaceDate("Ba Bích", new Date(2024, 5, 15)) // "Ba Bích, ngày 15 tháng 6 năm 2024"
 * formatPlaceDate("Ba Bích", { day: null, month: null, year: 2024 }) // "Ba Bích, ngày … tháng … năm 2024"
 * formatPlaceDate("TP. Hồ Chí Minh", "2019-06-29") // throws RangeError
 * ```
 */
export const formatPlaceDate = (
  place: string,
  date: DateInput | null,
  options: DateFormatOptions = {}
): string => {
  expectInput("formatPlaceDate", "place", place, ["string"])
  const name = clean(place).replace(/,$/u, "")
  if (name.length === 0) throw new RangeError("the place is empty")
  if (isAbbreviatedPlace(name))
    throw new RangeError(`the place "${name}" is abbreviated: write it in full ("Thành phố …", "Thị xã …")`)
  return `${name}, ${formatLongDate(date ?? { day: null, month: null, year: null }, options)}`
}
