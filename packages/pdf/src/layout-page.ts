/**
 * One page of a PDF as lines of text in reading order, each piece of text
 * still knowing which text item of the page it came from.
 *
 * @since 0.1.0
 */
import { pageBlocks } from "./column-blocks.js"
import { lineWraps, type LineBox } from "./line-wraps.js"
import { isParagraphBreak, linePitch } from "./paragraph-breaks.js"
import type { PositionedText } from "./positioned-text.js"
import { isRunningPageNumber } from "./running-page-number.js"
import { groupVisualLines, type VisualLine } from "./visual-lines.js"

/**
 * A piece of a laid-out line: text from a text item of the page, or
 * (`item: null`) a space the layout put between two runs.
 *
 * @since 0.1.0
 * @category layout
 */
export interface LinePiece {
  readonly text: string
  readonly item: number | null
}

/**
 * One line of a page in reading order: its pieces, whether a blank line
 * stands before it (a new paragraph or cell), whether it `wraps` into the
 * next line (see `lineWraps`), and the formatting facts a PDF keeps: font
 * size and where the line starts (points from the left edge).
 *
 * @since 0.1.0
 * @category layout
 */
export interface PageLine {
  readonly pieces: ReadonlyArray<LinePiece>
  readonly blankBefore: boolean
  readonly wraps: boolean
  readonly size: number
  readonly left: number
}

/**
 * A space goes between two runs of a line when the gap between them is
 * wider than this share of a font size (a space in a serif font is about
 * a quarter): runs that touch are one word split by a change of font.
 */
const SPACE_GAP = 0.12

const piecesOf = (line: VisualLine): Array<LinePiece> => {
  const pieces: Array<LinePiece> = []
  let end = -Infinity
  let previous = ""
  line.runs.forEach((run, i) => {
    const text = i === 0 ? run.text.trimStart() : run.text
    const gap = run.x - end
    const spaced = /\s$/u.test(previous) || /^\s/u.test(text)
    if (i > 0 && !spaced && gap > SPACE_GAP * run.size) pieces.push({ text: " ", item: null })
    pieces.push({ text: i === line.runs.length - 1 ? text.trimEnd() : text, item: run.item })
    end = run.x + run.width
    previous = text
  })
  return pieces
}

const lineText = (line: VisualLine): string => line.runs.map((r) => r.text).join("")

/** The most common left edge (to a point) of the lines across the page. */
const commonLeft = (lines: ReadonlyArray<VisualLine>): number => {
  const counts = new Map<number, number>()
  let best = lines[0]?.left ?? 0
  let bestCount = 0
  for (const line of lines) {
    const key = Math.round(line.left)
    const count = (counts.get(key) ?? 0) + 1
    counts.set(key, count)
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key
      bestCount = count
    }
  }
  return best
}

/**
 * The box of a table cell. A cell whose lines mostly start at one left
 * edge (a Nơi nhận list) is left-aligned, from that edge to the gutter; a
 * cell of centred lines is centred where they are (their median centre),
 * reaching the page's text edge on its outer side (`edge`: the left edge
 * for the left cell, the right edge for the right one).
 */
const cellBox = (lines: ReadonlyArray<VisualLine>, edge: number, gutter: number, left: boolean): LineBox => {
  const start = lines.reduce((least, l) => Math.min(least, l.left), Infinity)
  const aligned = lines.filter((l) => l.left - start <= 1).length
  if (lines.length >= 2 && aligned >= 0.6 * lines.length)
    return { left: start, right: left ? gutter : edge, centred: false }
  const centres = lines.map((l) => (l.left + l.right) / 2).sort((a, b) => a - b)
  const centre = centres[centres.length >> 1] ?? edge
  const half = Math.abs(centre - edge)
  return left
    ? { left: edge, right: centre + half, centred: true }
    : { left: centre - half, right: edge, centred: true }
}

/**
 * Lays out the text items of one page (number `page`, from 1): visual
 * lines, the two-column tables read left cell then right cell, a blank
 * line where a new paragraph or cell begins (`blankBefore`; on the first
 * line of a page only when a table starts the page), the lines that wrap
 * into the next marked (`wraps`; the last line of the page when it
 * reaches the right edge), a running page number at the top or foot of
 * the page left out. Every other character of every item is
 * kept.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { layoutPage } from "@cchc/pdf"
 * const run = (text: string, x: number, y: number, item: number) => ({ text, x, y, width: text.length * 6, size: 13, item })
 * const lines = layoutPage([
 *   run("ỦY BAN NHÂN DÂN", 110, 70, 0), run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290, 70, 1),
 *   run("XÃ TỊNH KHÊ", 125, 85, 2), run("Độc lập - Tự do - Hạnh phúc", 320, 85, 3)
 * ], 1)
 * lines.map((l) => l.pieces.map((p) => p.text).join(""))
 * // ["ỦY BAN NHÂN DÂN", "XÃ TỊNH KHÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
 * ```
 */
export const layoutPage = (items: ReadonlyArray<PositionedText>, page: number): Array<PageLine> => {
  const lines = groupVisualLines(items)
  if (lines.length > 0 && isRunningPageNumber(lineText(lines[lines.length - 1]!), page)) lines.pop()
  if (lines.length > 0 && isRunningPageNumber(lineText(lines[0]!), page)) lines.shift()
  const blocks = pageBlocks(lines)
  // Table cells are usually single-spaced, the body is not: each has its own pitch.
  const flow = blocks.flatMap((b) => (b.kind === "line" ? [b.line] : []))
  const pitch = linePitch([flow])
  const cellPitch = linePitch(blocks.flatMap((b) => (b.kind === "columns" ? [b.left, b.right] : [])))
  const margin = commonLeft(flow)
  let pageLeft = Infinity
  let pageRight = -Infinity
  for (const line of lines) {
    pageLeft = Math.min(pageLeft, line.left)
    pageRight = Math.max(pageRight, line.right)
  }
  const body: LineBox = { left: Math.max(pageLeft, margin), right: pageRight, centred: false }
  const out: Array<PageLine> = []
  // The lines of the paragraph or cell being laid out, with their box.
  let run: Array<VisualLine> = []
  let box = body
  // A paragraph or cell that ends on the page does not wrap at its end.
  const close = () => {
    const last = out[out.length - 1]
    if (run.length > 0 && last !== undefined) out[out.length - 1] = { ...last, wraps: false }
    run = []
  }
  const emit = (line: VisualLine, blankBefore: boolean, lineBox: LineBox) => {
    if (blankBefore || lineBox !== box) close()
    const last = out[out.length - 1]
    const above = run[run.length - 1]
    if (last !== undefined && above !== undefined)
      out[out.length - 1] = { ...last, wraps: lineWraps(above, line, box) }
    box = lineBox
    run.push(line)
    out.push({
      pieces: piecesOf(line),
      blankBefore,
      // Until a next line says otherwise, the last line of the page: the
      // paragraph may go on at the next page.
      wraps: lineWraps(line, null, lineBox),
      size: line.size,
      left: line.left
    })
  }
  // The first line of a page continues the last paragraph of the page before
  // unless a table starts it: where a paragraph ends at a page break, the
  // PDF does not say.
  let previous: VisualLine | null = null
  let afterTable = false
  for (const block of blocks) {
    if (block.kind === "line") {
      emit(
        block.line,
        afterTable || (previous !== null && isParagraphBreak(previous, block.line, pitch, margin)),
        body
      )
      previous = block.line
      afterTable = false
      continue
    }
    const cells: Array<[ReadonlyArray<VisualLine>, LineBox]> = [
      [block.left, cellBox(block.left, pageLeft, block.gutter, true)],
      [block.right, cellBox(block.right, pageRight, block.gutter, false)]
    ]
    for (const [column, cellBox] of cells) {
      column.forEach((line, i) => {
        // Lines of a cell are centred or aligned within it: only the vertical space marks a break.
        emit(line, i === 0 || isParagraphBreak(column[i - 1]!, line, cellPitch, Number.NaN), cellBox)
      })
    }
    // The line after a table starts a new paragraph.
    previous = null
    afterTable = true
  }
  return out
}
