/**
 * Reading numbers written the Vietnamese way.
 *
 * @since 0.1.0
 */

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/
const PLAIN = /^\d+(?:,\d+)?$/

/**
 * Reads a Vietnamese numeral: `.` groups thousands and `,` marks decimals
 * (`3.250` is 3250, `1,5` is 1.5, `03` is 3). Returns `null` for anything
 * else, including the foreign form `12,630` when it is ambiguous.
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { parseVietnameseNumber } from "@cchc/core"
 * parseVietnameseNumber("3.250") // 3250
 * parseVietnameseNumber("1,5") // 1.5
 * parseVietnameseNumber("03") // 3
 * ```
 */
export const parseVietnameseNumber = (text: string): number | null => {
  const t = text.trim()
  if (!GROUPED.test(t) && !PLAIN.test(t)) return null
  const value = Number(t.replace(/\./g, "").replace(",", "."))
  return Number.isFinite(value) ? value : null
}
