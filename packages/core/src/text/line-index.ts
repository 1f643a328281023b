/**
 * Offsets to line and column in the caller's original text.
 *
 * @since 0.1.0
 */
import type { Position, Span } from "../model/span.js"
import { partitionPoint } from "../internal/partition-point.js"

const LF = 0x0a

/**
 * The start offset of every line of a text (after `\n`, `\r\n` or a lone
 * `\r`), built in one pass; positions are found by binary search.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { LineIndex } from "@cchc/core"
 * const index = LineIndex.of("a\r\nbc")
 * index.position(4) // { offset: 4, line: 2, column: 2 }
 * ```
 */
export class LineIndex {
  private constructor(
    readonly length: number,
    private readonly starts: Int32Array
  ) {}

  /** Indexes `text`. */
  static of(text: string): LineIndex {
    const starts: Array<number> = [0]
    // Breaks found by `indexOf`, which searches far faster than a loop over
    // every character (most texts have no `\r` at all).
    let lf = text.indexOf("\n")
    let cr = text.indexOf("\r")
    while (lf !== -1 || cr !== -1) {
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        if (text.charCodeAt(cr + 1) === LF) {
          // `\r\n` is one break; its `\n` is the next `lf`.
          starts.push(cr + 2)
          lf = text.indexOf("\n", cr + 2)
        } else {
          starts.push(cr + 1)
        }
        cr = text.indexOf("\r", cr + 1)
      } else {
        starts.push(lf + 1)
        lf = text.indexOf("\n", lf + 1)
      }
    }
    return new LineIndex(text.length, Int32Array.from(starts))
  }

  /** Number of lines (a text without a line break has one). */
  get lineCount(): number {
    return this.starts.length
  }

  /** The offset where 1-based `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!
  }

  /** The 1-based line and column of `offset` (clamped into the text). */
  position(offset: number): Position {
    const o = Math.min(Math.max(0, offset), this.length)
    const lo = Math.max(0, partitionPoint(this.starts.length, (i) => this.starts[i]! <= o) - 1)
    return { offset: o, line: lo + 1, column: o - this.starts[lo]! + 1 }
  }

  /** The span `[start, end)`. */
  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(Math.max(start, end)) }
  }
}
