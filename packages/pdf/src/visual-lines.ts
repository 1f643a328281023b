/**
 * Text items to visual lines: the runs drawn on one baseline, left to
 * right.
 *
 * @since 0.1.0
 */
import type { PositionedText } from "./positioned-text.js"

/**
 * The runs drawn on one baseline, in order from left to right; `y` is the
 * baseline (from the top of the page), `size` the largest font size on
 * it, `left` and `right` the extent of its ink.
 *
 * @since 0.1.0
 * @category layout
 */
export interface VisualLine {
  readonly runs: ReadonlyArray<PositionedText>
  readonly y: number
  readonly size: number
  readonly left: number
  readonly right: number
}

/**
 * How far apart two baselines may be, as a share of the smaller font
 * size, and still be one line: a superscript or a run in another font
 * (LibreOffice puts an italic place-date 1 pt lower than the number
 * beside it) stays on its line, the next line (at least a font size
 * below) does not.
 */
const SAME_BASELINE = 0.45

const lineOf = (runs: Array<PositionedText>): VisualLine => {
  runs.sort((a, b) => a.x - b.x)
  let size = 0
  let left = Infinity
  let right = -Infinity
  let weighted = 0
  let weight = 0
  for (const run of runs) {
    size = Math.max(size, run.size)
    left = Math.min(left, run.x)
    right = Math.max(right, run.x + run.width)
    // The baseline of the line is that of most of its text.
    const w = Math.max(run.text.length, 1)
    weighted += run.y * w
    weight += w
  }
  return { runs, y: weighted / weight, size, left, right }
}

/**
 * Groups the runs of a page into visual lines, top to bottom. Runs that
 * hold only white space are dropped (the gaps between runs say where the
 * spaces are); a run joins the line whose baseline is within
 * {@link SAME_BASELINE} of a font size of its own. Sorting makes it
 * O(n log n).
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { groupVisualLines } from "@cchc/pdf"
 * const lines = groupVisualLines([
 *   { text: "Số: 05/BC-UBND", x: 130, y: 125, width: 90, size: 13, item: 0 },
 *   { text: "Hà Nội, ngày 02 tháng 3 năm 2026", x: 300, y: 126, width: 210, size: 14, item: 1 },
 *   { text: "BÁO CÁO", x: 280, y: 160, width: 65, size: 14, item: 2 }
 * ])
 * lines.map((l) => l.runs.length) // [2, 1]
 * ```
 */
export const groupVisualLines = (items: ReadonlyArray<PositionedText>): Array<VisualLine> => {
  const runs = items.filter((i) => i.text.trim() !== "").sort((a, b) => a.y - b.y || a.x - b.x)
  const lines: Array<VisualLine> = []
  let current: Array<PositionedText> = []
  let anchorY = 0
  let anchorSize = 0
  for (const run of runs) {
    if (current.length > 0 && run.y - anchorY <= SAME_BASELINE * Math.min(anchorSize, run.size)) {
      current.push(run)
      continue
    }
    if (current.length > 0) lines.push(lineOf(current))
    current = [run]
    anchorY = run.y
    anchorSize = run.size
  }
  if (current.length > 0) lines.push(lineOf(current))
  return lines
}
