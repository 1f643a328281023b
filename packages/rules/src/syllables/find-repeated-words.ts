/**
 * Finding words written twice in a row (`công tác công tác`, `các` / `các`
 * over a line break). Vietnamese doubles words on purpose (`nhà nhà`,
 * `người người`, `từ từ`, `trong trong`), so a single syllable counts only
 * when it is a function word that is never doubled (`các các`, `của của`);
 * a phrase of two or three syllables written twice is always a slip. Only
 * spaces and line breaks may stand between the copies: `công tác, công
 * tác` is a list, not a repetition; a blank line parts two blocks. A
 * second copy that starts with a capital is a new sentence, a heading or a
 * signature line (`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`), not a slip.
 *
 * The words are compared in place, letter by letter in lower case, so that
 * nothing is sliced out of the text until a repetition is found.
 *
 * @since 0.1.0
 */
import { isUpperLetterAt, vietnameseLetterAt } from "./syllable-set.js"

/**
 * A phrase written twice in a row: the offsets of the first copy
 * `[firstStart, firstEnd)` and of the second `[start, end)`, and the
 * phrase as the second copy writes it.
 *
 * @since 0.1.0
 * @category syllables
 */
export interface RepeatedWords {
  readonly firstStart: number
  readonly firstEnd: number
  readonly start: number
  readonly end: number
  readonly phrase: string
}

/**
 * Function words that are never doubled, lower case.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { NEVER_DOUBLED } from "./find-repeated-words.js"
 * NEVER_DOUBLED.has("các") // true
 * NEVER_DOUBLED.has("từ") // false: `từ từ` (slowly) is a word
 * ```
 */
export const NEVER_DOUBLED: ReadonlySet<string> = new Set([
  "các",
  "của",
  "và",
  "những",
  "được",
  "cho",
  "với",
  "theo",
  "tại",
  "về",
  "để",
  "đã",
  "sẽ",
  "hoặc",
  "nhưng",
  "đến",
  "trên",
  "nhằm",
  "việc",
  "đối",
  "bằng"
])

// The longest phrase looked for, in syllables.
const LONGEST = 3

const isSpace = (code: number): boolean => code <= 0x20

/** Whether `text[a, a + length)` and `text[b, b + length)` are the same letters, any case. */
const sameLetters = (text: string, a: number, b: number, length: number): boolean => {
  for (let i = 0; i < length; i++) {
    if (vietnameseLetterAt(text, a + i) !== vietnameseLetterAt(text, b + i)) return false
  }
  return true
}

/**
 * Every phrase of `text` (NFC) written twice in a row, left to right.
 * Linear in the text.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { findRepeatedWords } from "./find-repeated-words.js"
 * findRepeatedWords("Kết quả công tác công tác cải cách; nhà nhà thi đua").map((r) => r.phrase) // ["công tác"]
 * ```
 */
export const findRepeatedWords = (text: string): Array<RepeatedWords> => {
  const found: Array<RepeatedWords> = []
  // The last words of the current run of words parted by spaces only.
  const starts: Array<number> = []
  const ends: Array<number> = []
  const n = text.length
  let at = 0
  let lineBreaks = 0
  while (at < n) {
    if (vietnameseLetterAt(text, at) === 0) {
      // Anything but spaces and one line break between two words breaks the run.
      const code = text.charCodeAt(at)
      if (code === 0x0a) lineBreaks++
      if (!isSpace(code) || lineBreaks > 1) starts.length = ends.length = 0
      at++
      continue
    }
    lineBreaks = 0
    const start = at
    while (at < n && vietnameseLetterAt(text, at) !== 0) at++
    // A word glued to something that is not a letter (`QĐ-UBND`, `l1`) is no word here.
    if (at < n && !isSpace(text.charCodeAt(at)) && isGlue(text.charCodeAt(at))) {
      starts.length = ends.length = 0
      continue
    }
    starts.push(start)
    ends.push(at)
    if (starts.length > 2 * LONGEST) (starts.shift(), ends.shift())
    const repeated = repetitionEndingHere(text, starts, ends)
    if (repeated !== null) {
      found.push(repeated)
      starts.length = ends.length = 0
    }
  }
  return found
}

// A character that joins letters into a code or a number rather than
// ending a word (punctuation that ends a sentence or a clause is no glue).
const isGlue = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2d ||
  code === 0x2f ||
  code === 0x5f ||
  code === 0x40 ||
  code === 0x27

/** The repetition whose second copy ends with the last word, or `null`. */
const repetitionEndingHere = (
  text: string,
  starts: ReadonlyArray<number>,
  ends: ReadonlyArray<number>
): RepeatedWords | null => {
  const last = starts.length - 1
  for (let k = 1; k <= LONGEST && 2 * k <= starts.length; k++) {
    let same = true
    for (let i = 0; i < k && same; i++) {
      const a = last - 2 * k + 1 + i
      const b = last - k + 1 + i
      const length = ends[a]! - starts[a]!
      same = length === ends[b]! - starts[b]! && sameLetters(text, starts[a]!, starts[b]!, length)
    }
    if (!same) continue
    const start = starts[last - k + 1]!
    if (isUpperLetterAt(text, start)) continue
    const phrase = text.slice(start, ends[last]!)
    if (k === 1 && !NEVER_DOUBLED.has(phrase.toLowerCase())) continue
    if (k > 1 && !hasTwoWords(text, starts, ends, last - k + 1, last)) continue
    return {
      firstStart: starts[last - 2 * k + 1]!,
      firstEnd: ends[last - k]!,
      start,
      end: ends[last]!,
      phrase
    }
  }
  return null
}

/** Whether the phrase of words `from..to` is not one word doubled (`ha ha` as `ha ha ha ha`) and not letters alone. */
const hasTwoWords = (
  text: string,
  starts: ReadonlyArray<number>,
  ends: ReadonlyArray<number>,
  from: number,
  to: number
): boolean => {
  let longWords = 0
  let allSame = true
  for (let i = from; i <= to; i++) {
    const length = ends[i]! - starts[i]!
    if (length >= 2) longWords++
    if (
      i > from &&
      !(length === ends[from]! - starts[from]! && sameLetters(text, starts[from]!, starts[i]!, length))
    )
      allSame = false
  }
  return longWords >= 2 && !allSame
}
