/**
 * A text built from pieces of a source text, with a map from every offset
 * of the result back to the source.
 *
 * @since 0.2.0
 */
import { partitionPoint } from "../internal/partition-point.js"

/**
 * A text made of copied slices and inserted strings of a source text, and
 * the way back: {@link MappedText.toSource} gives the source offset of a
 * character of `text`. One segment is stored per piece, not one entry per
 * character, so the map of a text with no edit is a single segment.
 *
 * Segments may come out of source order (the cells of a Markdown table
 * are read column by column): only the offsets of `text` must grow.
 *
 * @since 0.2.0
 * @category text
 * @example
 * ```ts
 * import { MappedText } from "@cchc/core"
 * const b = MappedText.builder("Hà Nội, ngày\n21 tháng 11 năm 2025")
 * b.copy(0, 12)
 * b.insert(" ", 12, 1) // the line break, read as a space
 * b.copy(13, 33)
 * const joined = b.build()
 * joined.text // "Hà Nội, ngày 21 tháng 11 năm 2025"
 * joined.toSource(13) // 13
 * ```
 */
export class MappedText {
  private constructor(
    readonly source: string,
    readonly text: string,
    // Where each segment starts in `text`, where it starts in the source,
    // and how many source characters it covers (0 for a pure insertion).
    private readonly at: Int32Array,
    private readonly from: Int32Array,
    private readonly width: Int32Array,
    // Whether the segment is a copy (offsets inside it map one to one).
    private readonly copied: Uint8Array
  ) {}

  /** A text that is its source, unchanged. */
  static identity(source: string): MappedText {
    return new MappedText(
      source,
      source,
      new Int32Array([0]),
      new Int32Array([0]),
      new Int32Array([source.length]),
      new Uint8Array([1])
    )
  }

  /** A builder of a text made from `source`. */
  static builder(source: string): MappedTextBuilder {
    return new MappedTextBuilder(source, (text, at, from, width, copied) =>
      at.length === 1 && copied[0] === 1 && from[0] === 0 && text === source
        ? MappedText.identity(source)
        : new MappedText(
            source,
            text,
            Int32Array.from(at),
            Int32Array.from(from),
            Int32Array.from(width),
            Uint8Array.from(copied)
          )
    )
  }

  private segment(offset: number): number {
    return Math.max(0, partitionPoint(this.at.length, (i) => this.at[i]! <= offset) - 1)
  }

  /** The source offset where the character at `offset` of `text` comes from. */
  toSource(offset: number): number {
    if (this.text.length === 0) return 0
    if (offset >= this.text.length) return this.toSourceEnd(this.text.length)
    const k = this.segment(Math.max(0, offset))
    const d = Math.max(0, offset) - this.at[k]!
    return this.copied[k] === 1 ? this.from[k]! + d : this.from[k]!
  }

  /** The source offset just after the character at `offset - 1` of `text`. */
  toSourceEnd(offset: number): number {
    if (this.text.length === 0) return 0
    if (offset <= 0) return this.toSource(0)
    const last = Math.min(offset, this.text.length) - 1
    const k = this.segment(last)
    const d = last - this.at[k]!
    return this.copied[k] === 1 ? this.from[k]! + d + 1 : this.from[k]! + this.width[k]!
  }
}

/**
 * Collects the pieces of a {@link MappedText}.
 *
 * @since 0.2.0
 * @category text
 */
export class MappedTextBuilder {
  private readonly chunks: Array<string> = []
  private readonly at: Array<number> = []
  private readonly from: Array<number> = []
  private readonly width: Array<number> = []
  private readonly copied: Array<number> = []
  private length = 0

  /** @internal */
  constructor(
    private readonly source: string,
    private readonly finish: (
      text: string,
      at: ReadonlyArray<number>,
      from: ReadonlyArray<number>,
      width: ReadonlyArray<number>,
      copied: ReadonlyArray<number>
    ) => MappedText
  ) {}

  /** Appends the source slice `[start, end)`. */
  copy(start: number, end: number): this {
    if (end <= start) return this
    const k = this.at.length - 1
    // A slice that continues the previous copy extends its segment.
    if (k >= 0 && this.copied[k] === 1 && this.from[k]! + this.width[k]! === start) {
      this.width[k] = this.width[k]! + (end - start)
    } else {
      this.push(start, end - start, 1)
    }
    this.chunks.push(this.source.slice(start, end))
    this.length += end - start
    return this
  }

  /**
   * Appends `text`, read in place of the `width` source characters at
   * `sourceOffset` (a line break read as a space: width 1; an added line
   * break: width 0).
   */
  insert(text: string, sourceOffset: number, width: number): this {
    if (text.length === 0) return this
    this.push(sourceOffset, width, 0)
    this.chunks.push(text)
    this.length += text.length
    return this
  }

  private push(from: number, width: number, copied: number): void {
    this.at.push(this.length)
    this.from.push(from)
    this.width.push(width)
    this.copied.push(copied)
  }

  /** The text and its map. */
  build(): MappedText {
    if (this.at.length === 0) return this.finish("", [0], [0], [0], [0])
    return this.finish(this.chunks.join(""), this.at, this.from, this.width, this.copied)
  }
}
