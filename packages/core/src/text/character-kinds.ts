/**
 * Sorting the characters of a text into kinds (letter, digit, …) one
 * position at a time, for scanners that walk a text in a loop: running a
 * regex per word and slicing every word out of the text was the largest
 * cost of the language rules. Kinds come from regex classes, memoised per
 * character, so that a loop and the regex it replaces agree on every input.
 *
 * @since 0.1.0
 */

/**
 * Whether a code unit is a high surrogate: only then may a character take
 * two code units (see {@link widthAt}).
 *
 * @example
 * ```ts
 * import { isHighSurrogate } from "@cchc/core/internal"
 * isHighSurrogate("𝐀".charCodeAt(0)) // true
 * ```
 *
 * @since 0.1.0
 * @category text
 */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * How many code units the character at `at` takes: 2 for a surrogate
 * pair, else 1 (a lone surrogate is a character of its own, as in a `u`
 * regex).
 *
 * @example
 * ```ts
 * import { widthAt } from "@cchc/core/internal"
 * widthAt("a𝐀", 0) // 1
 * widthAt("a𝐀", 1) // 2
 * ```
 *
 * @since 0.1.0
 * @category text
 */
export const widthAt = (text: string, at: number): 1 | 2 =>
  isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1

/**
 * A sorting of characters into kinds, numbered from 1 to 255, by a
 * function of one character (a code point, or a lone surrogate).
 *
 * @example
 * ```ts
 * import { CharacterKinds } from "@cchc/core/internal"
 * const LETTER = 1
 * const OTHER = 2
 * const kinds = new CharacterKinds((c) => (/^\p{L}$/u.test(c) ? LETTER : OTHER))
 * kinds.kindAt("a1", 0) // 1
 * kinds.kindAt("a1", 1) // 2
 * kinds.kindAt("𝐀", 0) // 1
 * ```
 *
 * @since 0.1.0
 * @category text
 */
export class CharacterKinds {
  // Per BMP code unit: its kind, or 0 while not yet known.
  private readonly bmp = new Uint8Array(0x10000)
  private readonly astral = new Map<number, number>()

  constructor(private readonly classify: (character: string) => number) {}

  /** The kind of the character at `at`, which must be inside `text`. */
  kindAt(text: string, at: number): number {
    const code = text.charCodeAt(at)
    if (isHighSurrogate(code)) {
      const low = text.charCodeAt(at + 1)
      if (isLowSurrogate(low)) return this.astralKind(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
    }
    return this.kindOfUnit(code)
  }

  /**
   * The kind of one code unit taken alone: the character's kind, except
   * for a high surrogate that starts a pair (see {@link kindAt}). For hot
   * loops that read the code unit themselves.
   */
  kindOfUnit(code: number): number {
    const kind = this.bmp[code]!
    return kind !== 0 ? kind : this.learn(code)
  }

  private learn(code: number): number {
    const kind = this.classify(String.fromCharCode(code))
    this.bmp[code] = kind
    return kind
  }

  private astralKind(codePoint: number): number {
    let kind = this.astral.get(codePoint)
    if (kind === undefined) {
      kind = this.classify(String.fromCodePoint(codePoint))
      if (this.astral.size < 4096) this.astral.set(codePoint, kind)
    }
    return kind
  }
}

/**
 * The kind of letters (`\p{L}`) in {@link LETTERS}.
 *
 * @example
 * ```ts
 * import { LETTER, LETTERS } from "@cchc/core/internal"
 * LETTERS.kindAt("Sở", 1) === LETTER // true
 * ```
 *
 * @since 0.1.0
 * @category text
 */
export const LETTER = 1
const NOT_A_LETTER = 2
const LETTER_CLASS = /^\p{L}$/u

/**
 * Letters (`\p{L}`, as in a `u` regex) and everything else.
 *
 * @example
 * ```ts
 * import { LETTER, LETTERS } from "@cchc/core/internal"
 * LETTERS.kindAt("a b", 1) === LETTER // false
 * ```
 *
 * @since 0.1.0
 * @category text
 */
export const LETTERS = new CharacterKinds((c) => (LETTER_CLASS.test(c) ? LETTER : NOT_A_LETTER))
