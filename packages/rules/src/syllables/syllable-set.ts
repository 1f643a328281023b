/**
 * The valid syllables of the orthographic model as a lookup that reads a
 * word straight from the text being checked: a trie of character codes
 * walked with each letter folded to lower case by a table, so that no
 * string is sliced, lowered or normalised per word. Upper case (`BIÊN
 * CHẾ`) is read like lower case; a character the tables do not know
 * (a combining mark left uncomposed, an astral character, a foreign
 * letter) is simply not a Vietnamese letter.
 *
 * @since 0.1.0
 */
import { generateSyllables } from "./syllable-model.js"

interface TrieNode {
  syllable: boolean
  readonly next: Map<number, TrieNode>
}

// Vietnamese letters are all below U+1F00 (Latin-1, Latin Extended-A/B and
// Latin Extended Additional).
const TABLE_SIZE = 0x1f00

/** Per code unit: its lower-case code when it is a Vietnamese letter, else 0. */
const LOWER = new Uint16Array(TABLE_SIZE)
/** Per code unit: 1 when it is an upper-case Vietnamese letter. */
const UPPER = new Uint8Array(TABLE_SIZE)
/** Per code unit: 1 when it is a vowel with a diacritic (`ă`, `ế`, `ợ`…), upper or lower case. */
const MARKED = new Uint8Array(TABLE_SIZE)
/** Per code unit: 1 when it is a vowel (any case, any marks). */
const VOWEL = new Uint8Array(TABLE_SIZE)

const PLAIN_VOWELS = new Set([..."aeiouy"])

const ROOT: TrieNode = { syllable: false, next: new Map() }

/** Every valid syllable, lower case, NFC. */
const SYLLABLES: ReadonlySet<string> = new Set(generateSyllables())

for (const syllable of SYLLABLES) {
  let node = ROOT
  for (const character of syllable) {
    const lower = character.charCodeAt(0)
    const upper = character.toUpperCase()
    LOWER[lower] = lower
    if (upper.length === 1 && upper.charCodeAt(0) < TABLE_SIZE) {
      LOWER[upper.charCodeAt(0)] = lower
      UPPER[upper.charCodeAt(0)] = 1
    }
    const base = character.normalize("NFD")[0]!
    if (PLAIN_VOWELS.has(base)) {
      VOWEL[lower] = 1
      VOWEL[upper.charCodeAt(0)] = 1
      if (character !== base) {
        MARKED[lower] = 1
        MARKED[upper.charCodeAt(0)] = 1
      }
    }
    let child = node.next.get(lower)
    if (child === undefined) {
      child = { syllable: false, next: new Map() }
      node.next.set(lower, child)
    }
    node = child
  }
  node.syllable = true
}

/**
 * The lower-case code of the Vietnamese letter at `at`, or 0 when the code
 * unit there is not one.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { vietnameseLetterAt } from "./syllable-set.js"
 * vietnameseLetterAt("Ế", 0) === "ế".charCodeAt(0) // true
 * vietnameseLetterAt("f", 0) // 0
 * ```
 */
export const vietnameseLetterAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at)
  return code < TABLE_SIZE ? LOWER[code]! : 0
}

/**
 * Whether the code unit at `at` is an upper-case Vietnamese letter.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { isUpperLetterAt } from "./syllable-set.js"
 * isUpperLetterAt("Đ", 0) // true
 * ```
 */
export const isUpperLetterAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at)
  return code < TABLE_SIZE && UPPER[code] === 1
}

/**
 * Whether the code unit at `at` is a vowel with a diacritic (`ă`, `ê`,
 * `ớ`; not `đ`): the mark of a word written in Vietnamese rather than a
 * code or a foreign word.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { isMarkedVowelAt } from "./syllable-set.js"
 * isMarkedVowelAt("luât", 2) // true
 * isMarkedVowelAt("HĐND", 1) // false
 * ```
 */
export const isMarkedVowelAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at)
  return code < TABLE_SIZE && MARKED[code] === 1
}

/**
 * Whether the code unit at `at` is a vowel, in any case, with or without
 * marks.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { isVowelAt } from "./syllable-set.js"
 * isVowelAt("Ơ", 0) // true
 * isVowelAt("n", 0) // false
 * ```
 */
export const isVowelAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at)
  return code < TABLE_SIZE && VOWEL[code] === 1
}

/**
 * Whether `text[start, end)` is a valid Vietnamese syllable in any case
 * (NFC expected; a decomposed word is not read as one). Allocates nothing.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { isSyllableAt } from "./syllable-set.js"
 * isSyllableAt("Luật đất đai", 0, 4) // true
 * isSyllableAt("luât", 0, 4) // false
 * ```
 */
export const isSyllableAt = (text: string, start: number, end: number): boolean => {
  let node: TrieNode | undefined = ROOT
  for (let at = start; at < end && node !== undefined; at++) {
    const lower = vietnameseLetterAt(text, at)
    node = lower === 0 ? undefined : node.next.get(lower)
  }
  return node !== undefined && node.syllable
}

/**
 * Whether a word is a valid Vietnamese syllable, whatever its case,
 * normalisation (NFC or NFD) or tone placement (`hoà`, `hòa`).
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { isVietnameseSyllable } from "./syllable-set.js"
 * isVietnameseSyllable("THUỶ") // true
 * isVietnameseSyllable("luât") // false
 * ```
 */
export const isVietnameseSyllable = (word: string): boolean => {
  const nfc = word.normalize("NFC")
  return isSyllableAt(nfc, 0, nfc.length)
}

/**
 * Whether a lower-case NFC string is in the model's syllable list.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { hasSyllable } from "./syllable-set.js"
 * hasSyllable("luật") // true
 * ```
 */
export const hasSyllable = (syllable: string): boolean => SYLLABLES.has(syllable)
