/**
 * The case of the codes in a ký hiệu (`UBND`, `TTg`, `QyĐ`).
 *
 * @since 0.2.0
 */

/**
 * The first `-`-separated group of a code that starts with a lower-case
 * letter (`ubnd` in `ubnd-VX`), or `null`. Codes are written in capitals
 * (Nghị định 30/2020, Phụ lục I, mục II.3); the official mixed-case codes
 * (`TTg`, `QyĐ`, `CTr`, `TrS`) all start with a capital, so only a group
 * whose first letter is lower case is wrong whatever the agency chose.
 *
 * @since 0.2.0
 * @category text
 * @example
 * ```ts
 * import { lowerCaseCodeGroup } from "@cchc/core"
 * lowerCaseCodeGroup("ubnd") // "ubnd"
 * lowerCaseCodeGroup("UBND-vx") // "vx"
 * lowerCaseCodeGroup("TTg") // null
 * ```
 */
export const lowerCaseCodeGroup = (code: string): string | null => {
  for (const group of code.split("-")) {
    // The first character only: a digit or `&` opens no word.
    const first = group.charAt(0)
    if (first !== first.toLocaleUpperCase("vi")) return group
  }
  return null
}
