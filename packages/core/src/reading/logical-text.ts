/**
 * The reading stage: from a prepared text to its logical lines, the text
 * the parser reads. Lines a hard wrap broke are joined where the evidence
 * says so, Markdown emphasis markers and table-cell separators are set
 * aside, Markdown tables are read cell by cell; every offset maps back to
 * the caller's original text.
 *
 * @since 0.2.0
 */
import type { Span } from "../model/span.js"
import { PreparedText } from "../text/prepared-text.js"
import { readEmphasis } from "./emphasis.js"
import { MappedText, type MappedTextBuilder } from "./mapped-text.js"
import { findMarkdownTables, type MarkdownTable } from "./markdown-tables.js"
import { splitRawLines, type RawLine } from "./raw-lines.js"
import { wrapEvidence, type WrapEvidence } from "./wrap-evidence.js"

/** How much of the logical line so far a formula test looks at. */
const FORMULA_CONTEXT = 60

/**
 * The logical text of an input: the prepared text with wrapped lines
 * joined, emphasis markers and cell separators removed, Markdown tables
 * read column by column. {@link LogicalText.span} gives spans in the
 * original input.
 *
 * A text laid out one paragraph per line, without Markdown, reads exactly
 * as its prepared text.
 *
 * @since 0.2.0
 * @category reading
 * @example
 * ```ts
 * import { LogicalText } from "@cchc/core"
 * const logical = LogicalText.of("*Hà Nội, ngày\n21 tháng 11 năm 2025*\n|\nSố:\n7360/KH-UBND")
 * logical.text // "Hà Nội, ngày 21 tháng 11 năm 2025\n\nSố: 7360/KH-UBND"
 * logical.span(0, 6).start.line // 1
 * ```
 */
export class LogicalText {
  private constructor(
    readonly prepared: PreparedText,
    private readonly mapped: MappedText,
    /** The joins made, with their evidence, in order (for tests and tools). */
    readonly joins: ReadonlyArray<{ readonly at: number; readonly evidence: WrapEvidence }>
  ) {}

  /** The text the parser reads. */
  get text(): string {
    return this.mapped.text
  }

  /** The original input. */
  get original(): string {
    return this.prepared.original
  }

  /**
   * Reads `original` (prepared first, see {@link PreparedText}). Linear in
   * its length. The last result is remembered, as the parser and rules
   * read the same text in one lint.
   */
  static of(original: string): LogicalText {
    const last = LogicalText.last
    if (last !== undefined && last.prepared.original === original) return last
    const read = LogicalText.read(PreparedText.of(original))
    LogicalText.last = read
    return read
  }

  private static last: LogicalText | undefined

  private static read(prepared: PreparedText): LogicalText {
    const text = prepared.text
    // Fast path: one line without markers leaves nothing to join or set aside.
    if (!/[*|\n]/u.test(text) && prepared.strongMarks.length === 0)
      return new LogicalText(prepared, MappedText.identity(text), [])
    const lines = splitRawLines(text)
    const emphasis = readEmphasis(text, lines, prepared.strongMarks)
    const tables = findMarkdownTables(text, lines)
    const inTable = new Int32Array(lines.length).fill(-1)
    tables.forEach((t, k) => inTable.fill(k, t.firstLine, t.lastLine + 1))
    const contents = lineContents(text, lines, emphasis.markers)
    const builder = MappedText.builder(text)
    const joins: Array<{ at: number; evidence: WrapEvidence }> = []
    const markers = new MarkerCursor(emphasis.markers)
    let lineSoFar = ""
    let joinedToPrevious = false
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const table = inTable[i]!
      if (table >= 0) {
        if (tables[table]!.firstLine === i) writeTable(builder, tables[table]!)
        if (i + 1 < lines.length && tables[table]!.lastLine === i) builder.copy(line.end, line.end + 1)
        lineSoFar = ""
        joinedToPrevious = false
        continue
      }
      const own = contents[i]!
      const next = i + 1 < lines.length && inTable[i + 1]! < 0 ? contents[i + 1]! : undefined
      let evidence: WrapEvidence | null = null
      // A blank line is kept as it is; a separator or marker-only line is read as blank.
      if (line.isBlank) markers.copy(builder, line.start, line.end)
      if (own.text.length > 0) {
        const tail = own.text.slice(-FORMULA_CONTEXT)
        lineSoFar = joinedToPrevious ? `${lineSoFar} ${tail}`.slice(-FORMULA_CONTEXT) : tail
        if (next !== undefined && next.text.length > 0)
          evidence = wrapEvidence(own.text, next.text, emphasis.heldWithNext[i] === 1, lineSoFar)
        // A joined line loses the blanks around the break: one space stands for them.
        const from = joinedToPrevious ? own.start : line.start
        markers.copy(builder, from, evidence === null ? line.end : own.end)
      }
      if (i + 1 >= lines.length) break
      if (evidence !== null) {
        joins.push({ at: line.end, evidence })
        builder.insert(" ", line.end, 1)
      } else {
        // The break itself, copied: a text with nothing to join or set
        // aside then maps back in a single segment.
        builder.copy(line.end, line.end + 1)
      }
      joinedToPrevious = evidence !== null
    }
    return new LogicalText(prepared, builder.build(), joins)
  }

  /** The original span of the logical range `[start, end)`. */
  span(start: number, end: number): Span {
    const s = this.mapped.toSource(start)
    const e = end > start ? this.mapped.toSourceEnd(end) : s
    return this.prepared.span(Math.min(s, e), Math.max(s, e))
  }
}

/** A line's content: without emphasis markers, trimmed; empty for a separator. */
interface LineContent {
  readonly start: number
  readonly end: number
  readonly text: string
}

const lineContents = (
  text: string,
  lines: ReadonlyArray<RawLine>,
  markers: ReadonlyArray<number>
): Array<LineContent> => {
  const out: Array<LineContent> = []
  let k = 0
  for (const line of lines) {
    while (k < markers.length && markers[k]! < line.start) k++
    if (line.isCellSeparator || line.isBlank) {
      out.push({ start: line.start, end: line.start, text: "" })
      continue
    }
    let start = line.start
    let end = line.end
    // Blanks and markers at both ends are no content.
    const isEdge = (at: number, m: number) => text.charCodeAt(at) === 0x20 || markers[m] === at
    let m = k
    while (start < end && isEdge(start, m)) {
      if (markers[m] === start) m++
      start++
    }
    let last = m
    while (last < markers.length && markers[last]! < end) last++
    let mEnd = last - 1
    while (end > start && (text.charCodeAt(end - 1) === 0x20 || markers[mEnd] === end - 1)) {
      if (markers[mEnd] === end - 1) mEnd--
      end--
    }
    let content = ""
    let from = start
    for (let j = m; j <= mEnd; j++) {
      content += text.slice(from, markers[j]!)
      from = markers[j]! + 1
    }
    content += text.slice(from, end)
    out.push({ start, end, text: content })
  }
  return out
}

// Copies ranges of the prepared text with the markers left out; the
// ranges come in order, so one cursor walks the markers once.
class MarkerCursor {
  private k = 0
  constructor(private readonly markers: ReadonlyArray<number>) {}
  copy(builder: MappedTextBuilder, start: number, end: number): void {
    while (this.k < this.markers.length && this.markers[this.k]! < start) this.k++
    let from = start
    while (this.k < this.markers.length && this.markers[this.k]! < end) {
      builder.copy(from, this.markers[this.k]!)
      from = this.markers[this.k]! + 1
      this.k++
    }
    builder.copy(from, end)
  }
}

// A table read column by column: the left cell of every row, then the
// right cell, each on its own line, a blank line between the columns.
const writeTable = (builder: MappedTextBuilder, table: MarkdownTable): void => {
  let first = true
  for (const column of table.columns) {
    if (!first) builder.insert("\n\n", column[0]?.start ?? 0, 0)
    let firstCell = true
    for (const cell of column) {
      if (!firstCell) builder.insert("\n", cell.start, 0)
      builder.copy(cell.start, cell.end)
      firstCell = false
    }
    first = false
  }
}
