/**
 * Finding the words of a text that are not Vietnamese syllables. The text
 * is read word by word (runs between spaces, with the punctuation around
 * them set aside), and only a word that is surely meant as Vietnamese is
 * looked up:
 *
 * - every character a Vietnamese letter: a digit, a hyphen, a slash, a dot
 *   or an apostrophe inside makes it a code, a number, an address or a
 *   name (`QĐ-UBND`, `TP.HCM`, `H'Mông`), and `f j w z`, other scripts, an
 *   astral character or a combining mark left uncomposed make it foreign;
 * - at least one vowel with a diacritic, so that acronyms (`HĐND`,
 *   `UBND`) and words typed without marks (`email`, `online`) are left
 *   alone;
 * - one run of vowels: a word of several (`panô`, `kilôgam`) is a loan
 *   word or two words run together, not a misspelt syllable;
 * - not in mixed case (`VNeID`); and a word with a capital (a name, a
 *   heading in capitals) only when the same letters with another tone
 *   are a syllable (`Luât`), since names of minority places and foreign
 *   names follow other spelling (`Đắk Lắk`, `Krông Búk`).
 *
 * The cheap tests come first and the lookup allocates nothing; a word is
 * sliced out only when it is reported.
 *
 * @since 0.1.0
 */
import {
  isMarkedVowelAt,
  isSyllableAt,
  isUpperLetterAt,
  isVowelAt,
  vietnameseLetterAt
} from "./syllable-set.js"
import { closestSyllables, isToneFault, splitTone } from "./syllable-suggestions.js"

/**
 * A word that is not a Vietnamese syllable: offsets `[start, end)`, the
 * word as written, the closest syllables (lower case, nearest first) and
 * whether its fault is a tone that a stop coda (`-p -t -c -ch`) cannot
 * take (`luât`).
 *
 * @since 0.1.0
 * @category syllables
 */
export interface InvalidSyllable {
  readonly start: number
  readonly end: number
  readonly word: string
  readonly candidates: ReadonlyArray<string>
  readonly toneOnStopCoda: boolean
}

// What may stand before a word (brackets, quotes, emphasis, a bullet) and
// after it (the same, and sentence punctuation).
const OPENERS = new Set([..."([{\"'“‘«*_`-–—•+"].map((c) => c.charCodeAt(0)))
const CLOSERS = new Set([...")]}\"'”’»*_`,.;:!?…"].map((c) => c.charCodeAt(0)))

const STOP_CODA = /(?:p|t|c|ch)$/u

/**
 * Every word of `text` (NFC) that is meant as Vietnamese and is not a
 * valid syllable, left to right. Words in `allowed` (lower case, NFC) are
 * skipped. Linear in the text.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { findInvalidSyllables } from "./find-invalid-syllables.js"
 * findInvalidSyllables("theo Luât Đất đai, UBND tỉnh Đắk Lắk").map((w) => w.word) // ["Luât"]
 * ```
 */
export const findInvalidSyllables = (
  text: string,
  allowed: ReadonlySet<string> = new Set()
): Array<InvalidSyllable> => {
  const found: Array<InvalidSyllable> = []
  const n = text.length
  let at = 0
  while (at < n) {
    while (at < n && text.charCodeAt(at) <= 0x20) at++
    let start = at
    while (at < n && text.charCodeAt(at) > 0x20) at++
    let end = at
    while (start < end && OPENERS.has(text.charCodeAt(start))) start++
    while (end > start && CLOSERS.has(text.charCodeAt(end - 1))) end--
    if (end - start < 2 || !meantAsVietnamese(text, start, end) || isSyllableAt(text, start, end)) continue
    const word = text.slice(start, end)
    if (allowed.has(word.toLowerCase())) continue
    const capitalised = isUpperLetterAt(text, start)
    if (capitalised && !isToneFault(word)) continue
    const { base, tone } = splitTone(word)
    found.push({
      start,
      end,
      word,
      candidates: closestSyllables(word),
      toneOnStopCoda: STOP_CODA.test(base) && tone !== "\u0301" && tone !== "\u0323" && isToneFault(word)
    })
  }
  return found
}

/**
 * Whether `text[start, end)` is all Vietnamese letters, with a marked
 * vowel, one run of vowels, and in lower case, capitalised or all capitals.
 */
const meantAsVietnamese = (text: string, start: number, end: number): boolean => {
  let marked = false
  let vowelRuns = 0
  let inVowels = false
  let capitals = 0
  for (let at = start; at < end; at++) {
    if (vietnameseLetterAt(text, at) === 0) return false
    if (isMarkedVowelAt(text, at)) marked = true
    if (isUpperLetterAt(text, at)) capitals++
    const vowel = isVowelAt(text, at)
    if (vowel && !inVowels) vowelRuns++
    inVowels = vowel
  }
  if (!marked || vowelRuns !== 1) return false
  return capitals === 0 || capitals === end - start || (capitals === 1 && isUpperLetterAt(text, start))
}
