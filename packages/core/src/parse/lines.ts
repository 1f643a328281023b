/**
 * Lines of a prepared text, the unit the structural parser works on.
 *
 * @since 0.1.0
 */

/**
 * One line of the prepared text: `start` is where the line begins in the
 * prepared text; `text` is the line trimmed, from `textStart` to `end`, so
 * that spans never cover leading or trailing blanks.
 *
 * @since 0.1.0
 * @category parsing
 */
export interface Line {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly textStart: number
}

/**
 * Splits prepared text (which only has `\n` breaks) into lines, in one pass.
 *
 * @since 0.1.0
 * @category parsing
 */
export const splitLines = (text: string): Array<Line> => {
  const lines: Array<Line> = []
  let start = 0
  for (;;) {
    const nl = text.indexOf("\n", start)
    const end = nl === -1 ? text.length : nl
    const raw = text.slice(start, end)
    const trimmed = raw.trim()
    const lead = trimmed.length === 0 ? 0 : raw.length - raw.trimStart().length
    lines.push({
      index: lines.length,
      start,
      end: start + lead + trimmed.length,
      text: trimmed,
      textStart: start + lead
    })
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}

/** Whether a line is empty after trimming. */
export const isBlank = (line: Line | undefined): boolean => line === undefined || line.text.length === 0
