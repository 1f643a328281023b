/**
 * Folding Vietnamese text into comparison keys: one tone-mark placement,
 * one case, one kind of whitespace.
 *
 * @since 0.1.0
 */

import { BoundedCache } from "./bounded-cache.js"
import { CharacterKinds, widthAt } from "./character-kinds.js"

// Old-style ("hoà", "uỷ") and new-style ("hòa", "ủy") placements of the tone
// mark on the diphthongs oa, oe, uy are both in use, even inside Nghị định
// 30/2020 itself. Keys use the placement on the first vowel.
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["oà", "òa"],
  ["oá", "óa"],
  ["oả", "ỏa"],
  ["oã", "õa"],
  ["oạ", "ọa"],
  ["oè", "òe"],
  ["oé", "óe"],
  ["oẻ", "ỏe"],
  ["oẽ", "õe"],
  ["oẹ", "ọe"],
  ["uỳ", "ùy"],
  ["uý", "úy"],
  ["uỷ", "ủy"],
  ["uỹ", "ũy"],
  ["uỵ", "ụy"]
]

const TONE_MAP = new Map<string, string>()
for (const [from, to] of TONE_PAIRS) {
  TONE_MAP.set(from, to)
  TONE_MAP.set(from.toUpperCase(), to.toUpperCase())
  TONE_MAP.set(from[0]!.toUpperCase() + from[1], to[0]!.toUpperCase() + to[1])
  TONE_MAP.set(from[0] + from[1]!.toUpperCase(), to[0] + to[1]!.toUpperCase())
}
const TONE_RE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/g

/**
 * Moves the tone mark of `oa`, `oe`, `uy` onto the first vowel, so that both
 * spellings compare equal. Length is preserved (one code unit for one).
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { foldToneMarks } from "@cchc/core"
 * foldToneMarks("CỘNG HOÀ") // "CỘNG HÒA"
 * foldToneMarks("Uỷ ban") // "Ủy ban"
 * ```
 */
export const foldToneMarks = (text: string): string =>
  // Normalising is the costly part and most input is already NFC: only text
  // with combining marks needs it.
  (COMBINING_MARK.test(text) ? text.normalize("NFC") : text).replace(
    TONE_RE,
    (pair) => TONE_MAP.get(pair) ?? pair
  )

const COMBINING_MARK = /[\u0300-\u036f]/

/**
 * A comparison key: NFC, one tone placement, lower case, single spaces,
 * trimmed.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { foldKey } from "@cchc/core"
 * foldKey("  Ủy  Ban Nhân dân ") === foldKey("uỷ ban nhân dân") // true
 * ```
 */
export const foldKey = (text: string): string => FOLD_KEYS.get(text, foldKeyOf)

const foldKeyOf = (text: string): string => foldToneMarks(text).toLowerCase().replace(/\s+/g, " ").trim()

// The same short strings (titles, kind names, issuer and heading lines) are
// folded again and again by the parser and by several rules: folding was
// one of the larger costs of a lint. Memoised, within bounds.
const FOLD_KEYS = new BoundedCache<string>({ max: 8192, maxKeyLength: 200 })

/**
 * Removes every diacritic and maps `đ` to `d`: a key for finding labels
 * typed without their marks (`Noi nhan`). Length is preserved for NFC
 * input, so offsets found in the result hold in the input.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { stripDiacritics } from "@cchc/core"
 * stripDiacritics("Nơi nhận") // "Noi nhan"
 * stripDiacritics("ĐỘC LẬP") // "DOC LAP"
 * ```
 */
export const stripDiacritics = (text: string): string => {
  let out = ""
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out += code < 0x80 ? text[i]! : baseLetter(text[i]!)
  }
  return out
}

// One code unit in, one code unit out, memoised: decomposing every
// character of every line on each call showed up in profiles.
const BASE_CACHE = new Map<string, string>([
  ["đ", "d"],
  ["Đ", "D"]
])
const baseLetter = (ch: string): string => {
  let base = BASE_CACHE.get(ch)
  if (base === undefined) {
    const stripped = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    base = stripped.length === 1 ? stripped : ch
    if (BASE_CACHE.size < 4096) BASE_CACHE.set(ch, base)
  }
  return base
}

/**
 * Whether a string has letters and none of them is lower case.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { isUpperCaseText } from "@cchc/core"
 * isUpperCaseText("ỦY BAN NHÂN DÂN") // true
 * isUpperCaseText("Ủy ban") // false
 * ```
 */
export const isUpperCaseText = (text: string): boolean => {
  let letters = 0
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    const kind = CASES.kindAt(text, i)
    if (kind === LOWER_CASE) return false
    if (kind === UPPER_CASE) letters++
  }
  return letters > 0
}

// The case of a character alone: none (it has no lower and upper forms),
// lower, or upper (or title) case. Kept per character: changing the case
// of every character allocated two strings per character on the parser's
// and the rules' paths.
const NO_CASE = 1
const LOWER_CASE = 2
const UPPER_CASE = 3

const CASES = new CharacterKinds((ch) => {
  const lower = ch.toLowerCase()
  if (lower === ch.toUpperCase()) return NO_CASE
  return ch === lower ? LOWER_CASE : UPPER_CASE
})
