/**
 * Roman numerals, as Phần, Chương and the `I.` headings of Structure B use them.
 *
 * @since 0.1.0
 */

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"]
]

/**
 * The value of a Roman numeral (`XIV` is 14), or `null`.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { romanValue } from "@cchc/core"
 * romanValue("IV") // 4
 * romanValue("ABC") // null
 * ```
 */
export const romanValue = (roman: string): number | null => {
  if (!/^[IVXLCDM]+$/.test(roman)) return null
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const v = VALUES[roman[i]!]!
    const next = VALUES[roman[i + 1] ?? ""] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/**
 * A positive integer (1 to 3999) in Roman numerals.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { toRoman } from "@cchc/core"
 * toRoman(4) // "IV"
 * toRoman(14) // "XIV"
 * ```
 */
export const toRoman = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`)
  let rest = n
  let out = ""
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral
      rest -= value
    }
  }
  return out
}
