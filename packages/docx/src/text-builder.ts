/**
 * Builds the text a .docx hands to the parser, line by line as a person
 * sees it and exactly as the plain-text reading of a Word file always
 * gave it: one line per paragraph, a line break inside a paragraph kept
 * as a line break, and a blank line around each table and after each
 * cell (never two blank lines in a row, none at the top or the end).
 * Offsets are known while building, so that every run can be mapped.
 *
 * @since 0.1.0
 */
import { DocxStop } from "./docx-problem.js"

/** An append-only text with line and blank-line bookkeeping. */
export class TextBuilder {
  private readonly pieces: Array<string> = []
  private size = 0
  private lineStart = 0
  private lines = 0
  private lastLineEmpty = false
  private open = false

  constructor(
    private readonly maxLength: number,
    private readonly part: string
  ) {}

  /** The length of the text so far: the offset of the next character. */
  get length(): number {
    return this.size
  }

  private push(value: string): void {
    this.pieces.push(value)
    this.size += value.length
    if (this.size > this.maxLength)
      throw new DocxStop({
        kind: "too-large",
        message: `the text of this .docx is longer than ${this.maxLength} characters`,
        part: this.part
      })
  }

  text(value: string): void {
    this.open = true
    if (value.length > 0) this.push(value)
  }

  endLine(): void {
    this.lastLineEmpty = this.size === this.lineStart
    this.push("\n")
    this.lines++
    this.lineStart = this.size
    this.open = false
  }

  /** A blank line between blocks, never two in a row and never at the top. */
  separate(): void {
    if (this.open) this.endLine()
    if (this.lines > 0 && !this.lastLineEmpty) {
      this.push("\n")
      this.lines++
      this.lastLineEmpty = true
      this.lineStart = this.size
    }
  }

  /** The text, without the blank lines at its end. */
  finish(): string {
    if (this.open) this.endLine()
    let text = this.pieces.join("")
    let end = text.length
    while (end > 0 && text.charCodeAt(end - 1) === 10) end--
    text = text.slice(0, end)
    return text.length === 0 ? "" : `${text}\n`
  }
}
