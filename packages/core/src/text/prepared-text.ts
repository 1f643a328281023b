/**
 * The reading view of an input: normalised for matching, with a map back
 * to the caller's original offsets.
 *
 * @since 0.1.0
 */
import type { Span } from "../model/span.js"
import { LineIndex } from "./line-index.js"
import { partitionPoint } from "../internal/partition-point.js"

// Characters that carry nothing for a reader: the byte-order mark,
// zero-width spaces and joiners, the word joiner and the soft hyphen.
const isInvisible = (c: number): boolean =>
  c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x00ad
// Spaces that Word and web pages put where a plain space is meant.
const isOddSpace = (c: number): boolean => c === 0x00a0 || c === 0x2007 || c === 0x202f || c === 0x09
const isCombining = (c: number): boolean => c >= 0x0300 && c <= 0x036f
const NEEDS_WORK = /[\r\t\u00a0\u00ad\u0300-\u036f\u2007\u200b-\u200d\u2060\u202f\ufeff]|\*\*/
// Where the copying of ordinary characters stops: anything NEEDS_WORK
// handles, and every `*` (a lone one is copied by the slow path).
const SPECIAL = /[\r\t\u00a0\u00ad\u0300-\u036f\u2007\u200b-\u200d\u2060\u202f\ufeff*\ud800-\udbff]/g

/**
 * An input prepared for reading: NFC, `\n` line breaks, no BOM or
 * zero-width characters, plain spaces, Markdown `**` removed. Offsets found
 * in `text` convert back to the original with {@link PreparedText.span}.
 *
 * The map stores one breakpoint per edit, not one entry per character, so
 * it costs nothing on clean input and stays linear on messy input.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { PreparedText } from "@cchc/core"
 * const prepared = PreparedText.of("\uFEFF**KT. CHỦ TỊCH**\r\n")
 * prepared.text // "KT. CHỦ TỊCH\n"
 * prepared.toOriginal(0) // 3
 * ```
 */
export class PreparedText {
  private lineIndexCache: LineIndex | undefined

  private constructor(
    readonly original: string,
    readonly text: string,
    private readonly bpNorm: Int32Array,
    private readonly bpOrig: Int32Array,
    private readonly bpWidth: Int32Array,
    /**
     * Offsets in `text` where a Markdown `**` was removed, in order: the
     * reading stage pairs them to see a bold run that a hard wrap broke
     * over several lines.
     */
    readonly strongMarks: ReadonlyArray<number> = []
  ) {}

  /**
   * Prepares `original` for reading. Linear in its length. The last result
   * is remembered: the parser and several rules prepare the same text in
   * one lint.
   */
  static of(original: string): PreparedText {
    const last = PreparedText.last
    if (last !== undefined && last.original === original) return last
    const prepared = PreparedText.prepare(original)
    PreparedText.last = prepared
    return prepared
  }

  private static last: PreparedText | undefined

  private static prepare(original: string): PreparedText {
    if (!NEEDS_WORK.test(original)) {
      return new PreparedText(
        original,
        original,
        new Int32Array([0]),
        new Int32Array([0]),
        new Int32Array([1])
      )
    }
    const chunks: Array<string> = []
    const norm: Array<number> = [0]
    const orig: Array<number> = [0]
    const width: Array<number> = [1]
    const strongMarks: Array<number> = []
    let outLen = 0
    let expect = 0
    const emit = (s: string, at: number, w: number) => {
      if (at !== expect || w !== 1) {
        if (norm[norm.length - 1] === outLen) (norm.pop(), orig.pop(), width.pop())
        norm.push(outLen)
        orig.push(at)
        width.push(w)
      }
      chunks.push(s)
      outLen += s.length
      expect = at + w
      if (s.length > 1) {
        // Extra characters of a multi-character emission map onto its end.
        norm.push(outLen - s.length + 1)
        orig.push(at + w - 1)
        width.push(1)
        for (let k = 2; k < s.length; k++) {
          norm.push(outLen - s.length + k)
          orig.push(at + w - 1)
          width.push(0)
        }
        expect = at + w
      }
    }
    const n = original.length
    let i = 0
    while (i < n) {
      // Copy a run of ordinary characters in one slice.
      SPECIAL.lastIndex = i
      const next = SPECIAL.exec(original)
      const runEnd = next === null ? n : next.index
      if (runEnd > i) {
        // Keep the character before a combining mark out of the run: it is
        // composed with the mark below.
        const copyEnd = next !== null && isCombining(original.charCodeAt(runEnd)) ? runEnd - 1 : runEnd
        if (copyEnd > i) {
          if (i !== expect) {
            if (norm[norm.length - 1] === outLen) (norm.pop(), orig.pop(), width.pop())
            norm.push(outLen)
            orig.push(i)
            width.push(1)
          }
          chunks.push(original.slice(i, copyEnd))
          outLen += copyEnd - i
          expect = copyEnd
          i = copyEnd
          continue
        }
      }
      const c = original.charCodeAt(i)
      if (isInvisible(c)) {
        i++
        continue
      }
      if (c === 0x2a && original.charCodeAt(i + 1) === 0x2a) {
        strongMarks.push(outLen)
        i += 2
        continue
      }
      if (c === 13) {
        if (original.charCodeAt(i + 1) === 10) {
          emit("\n", i + 1, 1)
          i += 2
        } else {
          emit("\n", i, 1)
          i++
        }
        continue
      }
      if (isOddSpace(c)) {
        emit(" ", i, 1)
        i++
        continue
      }
      let j = i + 1
      // Keep surrogate pairs whole.
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++
      if (j < n && isCombining(original.charCodeAt(j))) {
        while (j < n && isCombining(original.charCodeAt(j))) j++
        const composed = original.slice(i, j).normalize("NFC")
        emit(composed, i, composed.length === 1 ? j - i : 1)
        i = j
        continue
      }
      chunks.push(original.slice(i, j))
      if (i !== expect) {
        if (norm[norm.length - 1] === outLen) (norm.pop(), orig.pop(), width.pop())
        norm.push(outLen)
        orig.push(i)
        width.push(1)
      }
      outLen += j - i
      expect = j
      i = j
    }
    return new PreparedText(
      original,
      chunks.join(""),
      Int32Array.from(norm),
      Int32Array.from(orig),
      Int32Array.from(width),
      strongMarks
    )
  }

  private breakpoint(at: number): number {
    return Math.max(0, partitionPoint(this.bpNorm.length, (i) => this.bpNorm[i]! <= at) - 1)
  }

  /** The original offset where the prepared character at `offset` starts. */
  toOriginal(offset: number): number {
    if (offset >= this.text.length)
      return this.text.length === 0 ? this.original.length : this.toOriginalEnd(this.text.length)
    const k = this.breakpoint(offset)
    const base = this.bpNorm[k]!
    if (offset === base) return this.bpOrig[k]!
    return this.bpOrig[k]! + this.bpWidth[k]! + (offset - base - 1)
  }

  /** The original offset just after the prepared character at `offset - 1`. */
  toOriginalEnd(offset: number): number {
    if (offset <= 0) return this.toOriginal(0)
    const last = Math.min(offset, this.text.length) - 1
    const k = this.breakpoint(last)
    const base = this.bpNorm[k]!
    if (last === base) return this.bpOrig[k]! + this.bpWidth[k]!
    return this.bpOrig[k]! + this.bpWidth[k]! + (last - base - 1) + 1
  }

  /** The line index of the original text. */
  get lines(): LineIndex {
    if (this.lineIndexCache === undefined) this.lineIndexCache = LineIndex.of(this.original)
    return this.lineIndexCache
  }

  /** The original span of the prepared range `[start, end)`. */
  span(start: number, end: number): Span {
    const s = this.toOriginal(start)
    const e = end > start ? this.toOriginalEnd(end) : s
    return this.lines.span(s, Math.max(s, e))
  }
}
