/**
 * Where the vertical space between two lines says a new paragraph (or
 * cell) begins, so that a blank line can stand there, as in the text a
 * person would type.
 *
 * @since 0.1.0
 */
import type { VisualLine } from "./visual-lines.js"

/**
 * The line pitch used when a page has too few lines to measure one: single
 * spacing in a serif font.
 */
const DEFAULT_PITCH = 1.2

/**
 * The usual distance between baselines in some runs of consecutive lines
 * (the lines across a page, or the lines of each table cell), in font
 * sizes. Distances from 1 to 2.5 font sizes are counted to a twentieth;
 * the smallest distance that is common (at least twice, and at least a
 * quarter as often as the most common one) is the line spacing, the
 * larger ones being paragraph spacing: on a page of short paragraphs the
 * space between paragraphs is the most common distance, and a lone
 * single-spaced title is not common. {@link DEFAULT_PITCH} when nothing is
 * measured.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { linePitch } from "@cchc/pdf"
 * const line = (y: number) => ({ runs: [], y, size: 14, left: 85, right: 550 })
 * linePitch([[line(100), line(119.3), line(138.6), line(164), line(189.3)]]) // 1.4
 * ```
 */
export const linePitch = (runs: ReadonlyArray<ReadonlyArray<VisualLine>>): number => {
  const counts = new Map<number, number>()
  for (const lines of runs) {
    for (let i = 1; i < lines.length; i++) {
      const size = Math.max(lines[i - 1]!.size, lines[i]!.size)
      if (size <= 0) continue
      const ratio = (lines[i]!.y - lines[i - 1]!.y) / size
      if (ratio < 1 || ratio > 2.5) continue
      const key = Math.round(ratio * 20)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  if (counts.size === 0) return DEFAULT_PITCH
  // Loops, not `Math.max(...)` / `Math.min(...)` over spreads, which overflow the stack on long inputs.
  let most = 0
  for (const count of counts.values()) most = Math.max(most, count)
  const common = [...counts].filter(([, count]) => count >= Math.max(2, most / 4))
  const keys = (common.length > 0 ? common : [...counts]).map(([key]) => key)
  return keys.reduce((least, key) => Math.min(least, key)) / 20
}

/**
 * Whether a blank line stands between `above` and `below`, consecutive
 * lines of one column or of the page: their baselines are further apart
 * than the page's line pitch by at least a fifth of a font size (the
 * space Word adds before or after a paragraph), or `below` starts a
 * paragraph with a first-line indent under a line that starts at the
 * column's left edge `margin` (an indent of one to five font sizes; `NaN`
 * turns this test off, for the centred lines of a table cell).
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { isParagraphBreak } from "@cchc/pdf"
 * const line = (y: number, left: number) => ({ runs: [], y, size: 14, left, right: 550 })
 * isParagraphBreak(line(100, 85), line(119.3, 85), 1.38, 85) // false: the next line of the paragraph
 * isParagraphBreak(line(100, 85), line(125.3, 121), 1.38, 85) // true: 6 pt of spacing and an indent
 * ```
 */
export const isParagraphBreak = (
  above: VisualLine,
  below: VisualLine,
  pitch: number,
  margin: number
): boolean => {
  const size = Math.max(above.size, below.size)
  const gap = below.y - above.y
  if (gap > pitch * size + Math.max(0.2 * size, 2.5)) return true
  const indent = below.left - margin
  return Math.abs(above.left - margin) <= 1 && indent >= size && indent <= 5 * size
}
