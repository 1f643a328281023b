/**
 * Abbreviated place names in the date line (`TP. Hồ Chí Minh`).
 *
 * @since 0.2.0
 */

/**
 * The abbreviations of `Thành phố` and `Thị xã` written before a place
 * name (`TP.`, `Tp`, `T.P`, `TX.`, `Tx`, `T.X`), then the capital of the
 * name: the `place-date` rule reports them and the spec refuses them
 * (Nghị định 30/2020, Phụ lục I, mục II.4: the place is written in full).
 *
 * @since 0.2.0
 * @category text
 */
export const ABBREVIATED_PLACE_PREFIX = /^(?:TP|Tp|T\.P|TX|Tx|T\.X)\.?[ ]*(?=\p{Lu})/u

/**
 * Whether a place name opens with an abbreviated `Thành phố` or `Thị xã`.
 *
 * @since 0.2.0
 * @category text
 * @example
 * ```ts
 * import { isAbbreviatedPlace } from "@cchc/core"
 * isAbbreviatedPlace("TP. Hồ Chí Minh") // true
 * isAbbreviatedPlace("Thành phố Hồ Chí Minh") // false
 * isAbbreviatedPlace("Tây Ninh") // false
 * ```
 */
export const isAbbreviatedPlace = (place: string): boolean => ABBREVIATED_PLACE_PREFIX.test(place.trim())
