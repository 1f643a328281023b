/**
 * Where a line of a PDF wraps: the text goes on at the next line because
 * the next word did not fit, not because the author ended the line. The
 * line break stays in the text (one line per visual line); this is the
 * mark that lets a reading stage join the two lines with evidence.
 *
 * @since 0.1.0
 */
import type { VisualLine } from "./visual-lines.js"

/**
 * The horizontal room a line was set in: the text width of the page for
 * the body, a cell of a table; `centred` for a table cell, whose lines
 * are centred or aligned within it (its box is estimated from where its
 * lines sit, so it is taken to be half a font size narrower: the cell's
 * padding).
 *
 * @since 0.1.0
 * @category layout
 */
export interface LineBox {
  readonly left: number
  readonly right: number
  readonly centred: boolean
}

/** A space of a serif font, in font sizes. */
const SPACE = 0.25

/** The width of the first word of a line, estimated from its first run. */
const firstWordWidth = (line: VisualLine): number => {
  const run = line.runs[0]
  if (run === undefined) return 0
  const text = run.text.trimStart()
  const space = text.search(/\s/u)
  const length = space === -1 ? text.length : space
  return text.length === 0 ? 0 : (run.width * length) / text.length
}

/**
 * Whether `line` wraps into `next` (the next line of the same paragraph
 * or cell) inside `box`: the first word of `next`, after a space, would
 * not have fitted at the end of `line`. For the body, a line that would
 * have run past the right edge (justified and ragged text alike; a
 * centred line too, if the word would not fit in the whole width); for a
 * cell, a line that would be wider than the cell. With no `next` (the
 * last line of a page), a line that reaches the right edge within a font
 * size.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { lineWraps } from "@cchc/pdf"
 * const line = (text: string, left: number, right: number) =>
 *   ({ runs: [{ text, x: left, y: 0, width: right - left, size: 14, item: 0 }], y: 0, size: 14, left, right })
 * const box = { left: 85, right: 552, centred: false }
 * lineWraps(line("…của Sở Nội vụ, Ủy", 121, 552), line("ban nhân dân xã …", 85, 552), box) // true
 * lineWraps(line("sau:", 85, 107), line("I. KẾT QUẢ", 121, 272), box) // false
 * ```
 */
export const lineWraps = (line: VisualLine, next: VisualLine | null, box: LineBox): boolean => {
  if (next === null) return !box.centred && line.right >= box.right - line.size
  const more = SPACE * line.size + firstWordWidth(next)
  // A cell's box is estimated from where its lines sit, padding included:
  // a line within half a font size of its width already fills it.
  const room = box.right - box.left - (box.centred ? 0.5 * line.size : -0.5)
  const wider = line.right - line.left + more > room
  return box.centred ? wider : wider || line.right + more > box.right + 0.5
}
