/**
 * Markdown tables in web copies: the header and footer tables of a
 * document (`| ỦY BAN NHÂN DÂN | CỘNG HÒA … |`) as rows of cells.
 *
 * @since 0.2.0
 */
import type { RawLine } from "./raw-lines.js"

/** One cell: its trimmed text's range in the prepared text. */
export interface TableCell {
  readonly start: number
  readonly end: number
}

/**
 * A run of table rows: `columns[c]` holds the non-empty cells of column
 * `c`, top to bottom.
 *
 * @since 0.2.0
 * @category reading
 */
export interface MarkdownTable {
  readonly firstLine: number
  readonly lastLine: number
  readonly columns: ReadonlyArray<ReadonlyArray<TableCell>>
}

// `|---|:--:|`: the line under a table's first row.
const isDelimiterRow = (row: string): boolean => {
  let dashes = 0
  for (let i = 0; i < row.length; i++) {
    const c = row[i]
    if (c === "-") dashes++
    else if (c !== "|" && c !== ":" && c !== " ") return false
  }
  return dashes > 0 && row.includes("|")
}

// The cells of a row `| a | b |`, or null when the line is no row: it must
// open and close with `|` and hold at least two cells.
const cellsOf = (text: string, line: RawLine): Array<TableCell> | null => {
  let s = line.start
  let e = line.end
  while (s < e && text.charCodeAt(s) === 0x20) s++
  while (e > s && text.charCodeAt(e - 1) === 0x20) e--
  if (e - s < 3 || text.charCodeAt(s) !== 0x7c || text.charCodeAt(e - 1) !== 0x7c) return null
  const cells: Array<TableCell> = []
  let from = s + 1
  for (let i = s + 1; i < e; i++) {
    if (text.charCodeAt(i) !== 0x7c) continue
    let cs = from
    let ce = i
    while (cs < ce && text.charCodeAt(cs) === 0x20) cs++
    while (ce > cs && text.charCodeAt(ce - 1) === 0x20) ce--
    cells.push({ start: cs, end: ce })
    from = i + 1
  }
  return cells.length >= 2 ? cells : null
}

/**
 * Finds the Markdown tables of `text`, in one pass over its lines.
 *
 * @since 0.2.0
 * @category reading
 * @example
 * ```ts
 * import { findMarkdownTables, splitRawLines } from "@cchc/core"
 * const text = "| ỦY BAN NHÂN DÂN | CỘNG HÒA |\n|---|---|\n| XÃ A | Độc lập |"
 * findMarkdownTables(text, splitRawLines(text))[0]?.columns.length // 2
 * ```
 */
export const findMarkdownTables = (text: string, lines: ReadonlyArray<RawLine>): Array<MarkdownTable> => {
  const tables: Array<MarkdownTable> = []
  if (!text.includes("|")) return tables
  let i = 0
  while (i < lines.length) {
    const first = cellsOf(text, lines[i]!)
    if (first === null) {
      i++
      continue
    }
    const rows: Array<Array<TableCell>> = [first]
    let j = i + 1
    for (; j < lines.length; j++) {
      const row = text.slice(lines[j]!.start, lines[j]!.end).trim()
      if (isDelimiterRow(row)) continue
      const cells = cellsOf(text, lines[j]!)
      if (cells === null) break
      rows.push(cells)
    }
    let width = 0
    for (const row of rows) width = Math.max(width, row.length)
    const columns: Array<Array<TableCell>> = Array.from({ length: width }, () => [])
    for (const row of rows)
      row.forEach((cell, c) => {
        if (cell.end > cell.start) columns[c]!.push(cell)
      })
    tables.push({ firstLine: i, lastLine: j - 1, columns: columns.filter((c) => c.length > 0) })
    i = j
  }
  return tables
}
