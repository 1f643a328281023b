/**
 * The two-column tables of a Decree-30 document as a PDF draws them: the
 * issuer and number beside Quốc hiệu and place-date at the top, Nơi nhận
 * beside the signature at the foot. Found from the positions of the text
 * alone (a PDF keeps no table), so that each cell can be read whole, left
 * cell first.
 *
 * @since 0.1.0
 */
import type { PositionedText } from "./positioned-text.js"
import type { VisualLine } from "./visual-lines.js"

/**
 * A stretch of a page read in order: a line across the page, or a block
 * of two columns read left column first.
 *
 * @since 0.1.0
 * @category layout
 */
export type PageBlock =
  | { readonly kind: "line"; readonly line: VisualLine }
  | {
      readonly kind: "columns"
      /** Where the left column ends and the right one begins. */
      readonly gutter: number
      readonly left: ReadonlyArray<VisualLine>
      readonly right: ReadonlyArray<VisualLine>
    }

/** The least empty width between two runs, in font sizes, that may separate two columns. */
const COLUMN_GAP = 1.5
/**
 * The least gap, in font sizes, that splits a line on its own (no other
 * line beside it in a column) into two cells: the number beside the
 * place-date in a row of their own; wider than any space of justified
 * text.
 */
const CELL_GAP = 3
/** The most a line above may sit over the block's first line, in font sizes, to belong to it. */
const ABOVE_GAP = 1.3
/** The most a line may sit under the previous line of its column, in font sizes (a signature's space). */
const BELOW_GAP = 6
/** Tolerance of positions, in points. */
const EPSILON = 0.5

interface Gutter {
  readonly from: number
  readonly to: number
}

/** The gaps of a line wide enough to be a gutter between columns. */
const gutterCandidates = (line: VisualLine): Array<Gutter> => {
  const out: Array<Gutter> = []
  for (let i = 1; i < line.runs.length; i++) {
    const before = line.runs[i - 1]!
    const after = line.runs[i]!
    const from = before.x + before.width
    if (after.x - from >= COLUMN_GAP * Math.min(before.size, after.size)) out.push({ from, to: after.x })
  }
  return out
}

/** The gutter left once `line` is laid beside it, or `null` when a run of `line` crosses it. */
const narrow = (gutter: Gutter, line: VisualLine): Gutter | null => {
  let { from, to } = gutter
  for (const run of line.runs) {
    const start = run.x
    const end = run.x + run.width
    if (end <= from + EPSILON || start >= to - EPSILON) continue
    if (start <= from + EPSILON && end >= to - EPSILON) return null
    if (start <= from + EPSILON) from = end
    else if (end >= to - EPSILON) to = start
    // A run inside the gutter: the side with more room is kept.
    else if (start - from >= to - end) to = start
    else from = end
    if (to - from < EPSILON) return null
  }
  return { from, to }
}

const side = (runs: ReadonlyArray<PositionedText>, at: number, left: boolean): Array<PositionedText> =>
  runs.filter((r) => r.x + r.width / 2 < at === left)

const subLine = (line: VisualLine, runs: ReadonlyArray<PositionedText>): VisualLine => ({
  runs,
  y: line.y,
  size: line.size,
  // Folds, not `Math.min(...)` over a spread: a line of many runs overflows the stack.
  left: runs.reduce((least, r) => Math.min(least, r.x), Infinity),
  right: runs.reduce((most, r) => Math.max(most, r.x + r.width), -Infinity)
})

/**
 * Whether a line that lies on one side of the gutter is centred on the
 * page rather than in a column: a title under the header table, which
 * belongs to the page.
 */
const centredOnPage = (
  line: VisualLine,
  page: { readonly left: number; readonly right: number },
  column: { readonly left: number; readonly right: number }
): boolean => {
  const centre = (line.left + line.right) / 2
  const tolerance = line.size
  return (
    Math.abs(centre - (page.left + page.right) / 2) <= tolerance &&
    Math.abs(centre - (column.left + column.right) / 2) > tolerance
  )
}

interface Extent {
  left: number
  right: number
}

/** How far a block started at line `start` with `gutter` reaches: [first, last] line and the gutter left. */
const extendBlock = (
  lines: ReadonlyArray<VisualLine>,
  start: number,
  floor: number,
  gutter: Gutter,
  page: Extent
): { first: number; last: number; gutter: Gutter } => {
  let g = gutter
  let first = start
  while (first - 1 >= floor) {
    const above = lines[first - 1]!
    const next = lines[first]!
    if (next.y - above.y > ABOVE_GAP * Math.max(above.size, next.size)) break
    const narrowed = narrow(g, above)
    if (narrowed === null) break
    g = narrowed
    first--
  }
  let last = start
  const lastY = { left: lines[start]!.y, right: lines[start]!.y }
  const column = {
    left: { left: Infinity, right: -Infinity } as Extent,
    right: { left: Infinity, right: -Infinity } as Extent
  }
  const widen = (line: VisualLine, at: number) => {
    for (const run of line.runs) {
      const extent = run.x + run.width / 2 < at ? column.left : column.right
      extent.left = Math.min(extent.left, run.x)
      extent.right = Math.max(extent.right, run.x + run.width)
    }
  }
  for (let i = first; i <= start; i++) widen(lines[i]!, (g.from + g.to) / 2)
  while (last + 1 < lines.length) {
    const below = lines[last + 1]!
    const narrowed = narrow(g, below)
    if (narrowed === null) break
    const at = (narrowed.from + narrowed.to) / 2
    const onLeft = below.runs.some((r) => r.x + r.width / 2 < at)
    const onRight = below.runs.some((r) => r.x + r.width / 2 >= at)
    if (onLeft !== onRight) {
      const sideName = onLeft ? "left" : "right"
      if (below.y - lastY[sideName] > BELOW_GAP * below.size) break
      if (centredOnPage(below, page, column[sideName])) break
    }
    g = narrowed
    last++
    widen(below, at)
    if (onLeft) lastY.left = below.y
    if (onRight) lastY.right = below.y
  }
  return { first, last, gutter: g }
}

/**
 * Sorts the visual lines of a page into blocks: lines across the page,
 * and two-column blocks. A block starts at a line with a wide gap (at
 * least {@link COLUMN_GAP} font sizes) and takes the lines above and below
 * it that leave the gap free, so that a cell with more lines than its
 * neighbour (a long Nơi nhận list, the space left for a signature) stays
 * in its block; it ends at a line that crosses the gap, a line centred on
 * the page, or a vertical space wider than a signature's. Of the gaps of
 * a line, the one that makes the longest block is taken. A "block" of one
 * line is read as two cells only when its gap is at least
 * {@link CELL_GAP} font sizes wide, and as a line otherwise.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { groupVisualLines, pageBlocks } from "@cchc/pdf"
 * const run = (text: string, x: number, y: number, item: number) => ({ text, x, y, width: text.length * 6, size: 13, item })
 * const blocks = pageBlocks(groupVisualLines([
 *   run("ỦY BAN NHÂN DÂN", 110, 70, 0), run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290, 70, 1),
 *   run("XÃ TỊNH KHÊ", 125, 85, 2), run("Độc lập - Tự do - Hạnh phúc", 320, 85, 3)
 * ]))
 * blocks[0]?.kind // "columns": left ỦY BAN NHÂN DÂN, XÃ TỊNH KHÊ; right CỘNG HÒA …, Độc lập …
 * ```
 */
export const pageBlocks = (lines: ReadonlyArray<VisualLine>): Array<PageBlock> => {
  const page: Extent = { left: Infinity, right: -Infinity }
  for (const line of lines) {
    page.left = Math.min(page.left, line.left)
    page.right = Math.max(page.right, line.right)
  }
  const blocks: Array<PageBlock> = []
  // Lines before `floor` are in a block already.
  let floor = 0
  let i = 0
  while (i < lines.length) {
    let best: { first: number; last: number; gutter: Gutter } | null = null
    for (const candidate of gutterCandidates(lines[i]!)) {
      const reach = extendBlock(lines, i, floor, candidate, page)
      if (best === null || reach.last - reach.first > best.last - best.first) best = reach
    }
    const alone = best !== null && best.last === best.first
    if (best === null || (alone && best.gutter.to - best.gutter.from < CELL_GAP * lines[i]!.size)) {
      blocks.push({ kind: "line", line: lines[i]! })
      i++
      continue
    }
    // Lines taken from above leave the list of lines already read.
    blocks.splice(blocks.length - (i - best.first), i - best.first)
    const at = (best.gutter.from + best.gutter.to) / 2
    const left: Array<VisualLine> = []
    const right: Array<VisualLine> = []
    for (let k = best.first; k <= best.last; k++) {
      const line = lines[k]!
      const l = side(line.runs, at, true)
      const r = side(line.runs, at, false)
      if (l.length > 0) left.push(subLine(line, l))
      if (r.length > 0) right.push(subLine(line, r))
    }
    blocks.push({ kind: "columns", gutter: at, left, right })
    i = best.last + 1
    floor = i
  }
  return blocks
}
