/**
 * Trimming characters off the end of a text.
 *
 * @since 0.1.0
 */

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/**
 * The text without the characters at its end that pass `test`, which sees
 * one character (code point) at a time, from the last one back.
 *
 * An unanchored `text.replace(/[.;]+$/u, "")` is retried by the regular
 * expression engine from every character of a long run that does not reach
 * the end (`;;;…;x`), which takes quadratic time; this walks back from the
 * end once.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { trimEndWhile } from "@cchc/core/internal"
 * trimEndWhile("Sở Nội vụ;.", (c) => ".;".includes(c)) // "Sở Nội vụ"
 * trimEndWhile("năm 2024", (c) => c >= "0" && c <= "9") // "năm "
 * ```
 */
export const trimEndWhile = (text: string, test: (char: string) => boolean): string => {
  let end = text.length
  while (end > 0) {
    const width =
      end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2))
        ? 2
        : 1
    if (!test(text.slice(end - width, end))) break
    end -= width
  }
  return text.slice(0, end)
}
