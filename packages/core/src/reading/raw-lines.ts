/**
 * The lines of a prepared text as they stand, before the reading stage
 * joins or sets any of them aside.
 *
 * @since 0.2.0
 */

/**
 * One line of the prepared text: `[start, end)` without its line break.
 *
 * @since 0.2.0
 * @category reading
 */
export interface RawLine {
  readonly index: number
  readonly start: number
  readonly end: number
  /** Only spaces. */
  readonly isBlank: boolean
  /** Only `|` and spaces: the boundary between two cells of a flattened table. */
  readonly isCellSeparator: boolean
}

const isSeparatorText = (text: string): boolean => {
  let bars = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x7c) bars++
    else if (c !== 0x20) return false
  }
  return bars > 0
}

/**
 * Splits `text` (with `\n` breaks only) into {@link RawLine}s, in one pass.
 *
 * @since 0.2.0
 * @category reading
 * @example
 * ```ts
 * import { splitRawLines } from "@cchc/core"
 * splitRawLines("Số: 05\n|\n").map((l) => l.isCellSeparator) // [false, true, false]
 * ```
 */
export const splitRawLines = (text: string): Array<RawLine> => {
  const lines: Array<RawLine> = []
  let start = 0
  for (;;) {
    const nl = text.indexOf("\n", start)
    const end = nl === -1 ? text.length : nl
    const line = text.slice(start, end)
    lines.push({
      index: lines.length,
      start,
      end,
      isBlank: line.trim().length === 0,
      isCellSeparator: isSeparatorText(line)
    })
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}
