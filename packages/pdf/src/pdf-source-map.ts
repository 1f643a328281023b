/**
 * From an offset of the text read from a PDF back to where the PDF draws
 * it: the page and the text item.
 *
 * @since 0.1.0
 */

/**
 * A stretch `[start, end)` of the text that one text item of one page
 * (`page` from 1, `item` its index in the page's text content) supplied.
 *
 * @since 0.1.0
 * @category source map
 */
export interface PdfSegment {
  readonly start: number
  readonly end: number
  readonly page: number
  readonly item: number
}

/**
 * Where a character of the text comes from: the page, and the text item
 * (`null` for a space or line break the layout put in).
 *
 * @since 0.1.0
 * @category source map
 */
export interface PdfSource {
  readonly page: number
  readonly item: number | null
}

/**
 * The source of the character at `offset`, from the segments of a read
 * PDF (in text order): the segment that holds it, or for a space or line
 * break between segments the page of the segment before (the text after
 * the last segment is on the last page). `null` for an offset before the
 * text or when there are no segments. Binary search: O(log n).
 *
 * @since 0.1.0
 * @category source map
 * @example
 * ```ts
 * import { pdfSourceAt } from "@cchc/pdf"
 * const segments = [{ start: 0, end: 7, page: 1, item: 0 }, { start: 8, end: 20, page: 2, item: 3 }]
 * pdfSourceAt(segments, 9) // { page: 2, item: 3 }
 * pdfSourceAt(segments, 7) // { page: 1, item: null }: the line break after page 1
 * ```
 */
export const pdfSourceAt = (segments: ReadonlyArray<PdfSegment>, offset: number): PdfSource | null => {
  let low = 0
  let high = segments.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (segments[mid]!.start <= offset) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  if (found === -1) return null
  const segment = segments[found]!
  return { page: segment.page, item: offset < segment.end ? segment.item : null }
}
