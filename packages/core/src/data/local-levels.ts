/**
 * The district level of local government (cấp huyện: huyện, quận, thị xã,
 * thành phố thuộc tỉnh), which ended on 1 July 2025 when the two-tier model
 * (tỉnh and xã) began (Luật 72/2025/QH15; reference §9).
 *
 * @since 0.1.0
 */
import { BoundedCache } from "../text/bounded-cache.js"
import { searchKey } from "../text/search-key.js"
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * The last day of the district level is the day before this one.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { DISTRICT_LEVEL_END_DATE } from "@cchc/core"
 * "2025-08-01" >= DISTRICT_LEVEL_END_DATE // true: no district bodies any more
 * ```
 */
export const DISTRICT_LEVEL_END_DATE = "2025-07-01"

/**
 * The generic words of district-level units. `thành phố` is district level
 * only for a city under a province (`thành phố Quảng Ngãi`), not for the
 * centrally-run cities.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { DISTRICT_LEVEL_WORDS } from "@cchc/core"
 * DISTRICT_LEVEL_WORDS // ["huyện", "quận", "thị xã", "thành phố"]
 * ```
 */
export const DISTRICT_LEVEL_WORDS: ReadonlyArray<string> = ["huyện", "quận", "thị xã", "thành phố"]

/**
 * The centrally-run cities (thành phố trực thuộc trung ương), which are
 * provincial, not district, units: Huế joined them before the 2025 merges.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { CENTRALLY_RUN_CITIES } from "@cchc/core"
 * CENTRALLY_RUN_CITIES.includes("Đà Nẵng") // true
 * ```
 */
export const CENTRALLY_RUN_CITIES: ReadonlyArray<string> = [
  "Hà Nội",
  "Hồ Chí Minh",
  "Hải Phòng",
  "Đà Nẵng",
  "Cần Thơ",
  "Huế"
]

// Generic word (or TP./TX., which may touch the name) at a word start.
const MENTION_RE =
  /(?<![\p{L}\p{N}])(?:(huyện|quận|thị xã|thành phố)(?![\p{L}\p{N}])|(tp|tx)(?:\.|(?![\p{L}\p{N}])))[ \t]*/gu

const CANONICAL: Readonly<Record<string, string>> = { tp: "thành phố", tx: "thị xã" }

// Common abbreviations of centrally-run city names after "TP."
const CITY_ABBREVIATIONS = ["hcm", "hà nội", "hn"]

// Folded once, on first use, not for every mention of a city.
const centralCityKeys = onFirstUse((): ReadonlyArray<string> => [
  ...CENTRALLY_RUN_CITIES.map((c) => searchKey(c)),
  ...CITY_ABBREVIATIONS
])

/**
 * Finds the first district-level unit named in an issuer or place line:
 * `UBND HUYỆN BA TƠ`, `ỦY BAN NHÂN DÂN QUẬN 1`, `UBND THỊ XÃ ĐỨC PHỔ`,
 * `UBND TX Đức Phổ`, `huyện Ba Tơ`, `thành phố Quảng Ngãi`. The word must be
 * followed by a name (a capital letter or a number), so `cấp huyện` and
 * `các huyện, thành phố` do not count, and the centrally-run cities
 * (`thành phố Hồ Chí Minh`, `TP. Hà Nội`) are not district level. `word` is
 * the generic word in lower case; `index` is its offset in the text (in its
 * NFC form). Case and tone-mark placement do not matter.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { districtLevelMention } from "@cchc/core"
 * districtLevelMention("UBND HUYỆN BA TƠ") // { word: "huyện", index: 5 }
 * districtLevelMention("Thực hiện sự chỉ đạo của UBND huyện Ba Tơ") // { word: "huyện", index: 30 }
 * districtLevelMention("UBND THÀNH PHỐ HÀ NỘI") // null
 * districtLevelMention("UBND cấp huyện") // null
 * ```
 */
export function districtLevelMention(text: string): { word: string; index: number } | null {
  const found = MENTIONS.get(text, findDistrictLevel)
  return found === null ? null : { ...found }
}

// Issuer and place lines repeat from document to document: answers are
// memoised, within bounds (and copied out, as callers get a plain object).
const MENTIONS = new BoundedCache<{ readonly word: string; readonly index: number } | null>({
  maxKeyLength: 200
})

const findDistrictLevel = (text: string): { word: string; index: number } | null => {
  const nfc = text.normalize("NFC")
  const key = searchKey(nfc)
  MENTION_RE.lastIndex = 0
  for (let m = MENTION_RE.exec(key); m !== null; m = MENTION_RE.exec(key)) {
    const generic = (m[1] ?? m[2])!
    const nameAt = m.index + m[0].length
    const first = nfc[nameAt]
    if (first === undefined) continue
    // A name: a capital letter or a number (Quận 1). "cấp huyện" is not one.
    const isName = /\p{N}/u.test(first) || (/\p{L}/u.test(first) && first === first.toUpperCase())
    if (!isName) continue
    if (generic === "thành phố" || generic === "tp") {
      const rest = key.slice(nameAt)
      const central = centralCityKeys().some(
        (c) => rest.startsWith(c) && !/[\p{L}\p{N}]/u.test(rest[c.length] ?? " ")
      )
      if (central) continue
    }
    return { word: CANONICAL[generic] ?? generic, index: m.index }
  }
  return null
}

/**
 * The commune-level word that ended with the district level on 1 July
 * 2025: the 34 UBTVQH resolutions of 16/6/2025 that rearranged the
 * communes (e.g. 1658/NQ-UBTVQH15) form only xã, phường and đặc khu, and
 * no thị trấn (rule-pack corrections f.7). The last day of the thị trấn is
 * the day before {@link DISTRICT_LEVEL_END_DATE}.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { ENDED_COMMUNE_LEVEL_WORDS } from "@cchc/core"
 * ENDED_COMMUNE_LEVEL_WORDS // ["thị trấn"]
 * ```
 */
export const ENDED_COMMUNE_LEVEL_WORDS: ReadonlyArray<string> = ["thị trấn"]

/**
 * The commune-level unit types from 1 July 2025 (rule-pack corrections
 * f.7, from the 34 UBTVQH resolutions of 16/6/2025).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { COMMUNE_LEVEL_WORDS_FROM_2025_07_01 } from "@cchc/core"
 * COMMUNE_LEVEL_WORDS_FROM_2025_07_01 // ["xã", "phường", "đặc khu"]
 * ```
 */
export const COMMUNE_LEVEL_WORDS_FROM_2025_07_01: ReadonlyArray<string> = ["xã", "phường", "đặc khu"]

// `thị trấn` at a word start (the abbreviation `TT.` is too ambiguous to read).
const TOWNSHIP_RE = /(?<![\p{L}\p{N}])thị trấn(?![\p{L}\p{N}])[ \t]*/gu

/**
 * Finds the first thị trấn named in an issuer or place line: `UBND THỊ
 * TRẤN CHÂU Ổ`, `thị trấn Ba Tơ`. As for {@link districtLevelMention}, the
 * word must be followed by a name (a capital letter or a number), so
 * `các xã, thị trấn` and `UBND cấp xã, thị trấn` do not count. `index` is
 * the offset of the word in the NFC text.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { townshipMention } from "@cchc/core"
 * townshipMention("UBND THỊ TRẤN CHÂU Ổ") // { word: "thị trấn", index: 5 }
 * townshipMention("UBND các xã, thị trấn") // null
 * ```
 */
export function townshipMention(text: string): { word: string; index: number } | null {
  const nfc = text.normalize("NFC")
  const key = searchKey(nfc)
  TOWNSHIP_RE.lastIndex = 0
  for (let m = TOWNSHIP_RE.exec(key); m !== null; m = TOWNSHIP_RE.exec(key)) {
    const first = nfc[m.index + m[0].length]
    if (first === undefined) continue
    const isName = /\p{N}/u.test(first) || (/\p{L}/u.test(first) && first === first.toUpperCase())
    if (isName) return { word: "thị trấn", index: m.index }
  }
  return null
}
