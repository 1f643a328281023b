/**
 * Markdown emphasis in web copies of documents: which `*` are markers to
 * set aside, and which lines one bold or italic run holds together.
 *
 * @since 0.2.0
 */
import type { RawLine } from "./raw-lines.js"

/**
 * How far one emphasis run may reach: a place-date, a V/v or a căn cứ
 * wrapped over a few lines. A run still open further down is taken for a
 * stray marker and holds no lines together.
 */
const MAX_RUN_LINES = 8

/** What the emphasis markers of a text say. */
export interface Emphasis {
  /** Offsets of single `*` that are markers, sorted. */
  readonly markers: ReadonlyArray<number>
  /** `heldWithNext[i]`: a run open at the end of line `i` closes further down. */
  readonly heldWithNext: Uint8Array
}

// A line break in a paragraph never separates a run: a blank line or a
// table-cell separator does (Markdown emphasis does not cross a paragraph).
const endsParagraph = (line: RawLine): boolean => line.isBlank || line.isCellSeparator

/**
 * Pairs opening and closing markers over the lines, one kind at a time:
 * `positions` are the markers' offsets in order, and each closes the run
 * the one before it opened. Calls `onPair` for each pair (offsets and
 * lines).
 */
const pairRuns = (
  lines: ReadonlyArray<RawLine>,
  positions: ReadonlyArray<number>,
  onPair: (open: number, close: number, openLine: number, closeLine: number) => void
): void => {
  let p = 0
  let open = -1
  let openLine = -1
  for (const line of lines) {
    let any = false
    while (p < positions.length && positions[p]! <= line.end) {
      const at = positions[p++]!
      if (at < line.start) continue
      any = true
      if (open >= 0 && line.index - openLine <= MAX_RUN_LINES) {
        onPair(open, at, openLine, line.index)
        open = -1
      } else {
        open = at
        openLine = line.index
      }
    }
    if (!any && endsParagraph(line)) open = -1
  }
}

// A `*` that is text, not a marker: a footnote call `(*)` or a product `2 * 3`.
const isTextStar = (text: string, at: number): boolean => {
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at + 1)
  if (before === 0x28 && after === 0x29) return true
  const isDigit = (c: number) => c >= 0x30 && c <= 0x39
  const spaced = (c: number) => c === 0x20
  if (
    (isDigit(before) || (spaced(before) && isDigit(text.charCodeAt(at - 2)))) &&
    (isDigit(after) || (spaced(after) && isDigit(text.charCodeAt(at + 2))))
  )
    return true
  return false
}

// The star under a Party body's name, alone on its line (`first` is the
// line's first `*`): text, not a marker.
const isLoneStarLine = (text: string, line: RawLine, first: number): boolean => {
  for (let i = line.start; i < line.end; i++) if (i !== first && text.charCodeAt(i) !== 0x20) return false
  return true
}

/**
 * Reads the emphasis of `text`: the single `*` markers (paired within a
 * paragraph) and, with the offsets of the `**` already removed from it,
 * which line breaks fall inside a run.
 *
 * @since 0.2.0
 * @category reading
 */
export const readEmphasis = (
  text: string,
  lines: ReadonlyArray<RawLine>,
  strongMarks: ReadonlyArray<number>
): Emphasis => {
  const heldWithNext = new Uint8Array(lines.length)
  const hold = (openLine: number, closeLine: number) => {
    for (let i = openLine; i < closeLine; i++) heldWithNext[i] = 1
  }
  pairRuns(lines, strongMarks, (_o, _c, openLine, closeLine) => hold(openLine, closeLine))
  const stars: Array<number> = []
  if (text.includes("*")) {
    for (const line of lines) {
      const first = text.indexOf("*", line.start)
      if (first === -1 || first >= line.end || isLoneStarLine(text, line, first)) continue
      for (let at = first; at !== -1 && at < line.end; at = text.indexOf("*", at + 1))
        if (!isTextStar(text, at)) stars.push(at)
    }
  }
  const markers: Array<number> = []
  pairRuns(lines, stars, (open, close, openLine, closeLine) => {
    markers.push(open, close)
    hold(openLine, closeLine)
  })
  markers.sort((a, b) => a - b)
  return { markers, heldWithNext }
}
