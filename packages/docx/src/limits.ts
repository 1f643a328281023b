/**
 * The limits a .docx is read within. A Word file is a ZIP archive of XML
 * parts: a small file can declare (or hide) gigabytes of XML, or millions
 * of empty paragraphs. Every limit is checked before the work it bounds:
 * sizes and ratios from the ZIP directory before anything is inflated,
 * the inflated bytes while inflating, elements and paragraphs while
 * parsing.
 *
 * @since 0.1.0
 */

/**
 * Limits of reading a .docx.
 *
 * @since 0.1.0
 * @category limits
 */
export interface DocxLimits {
  /** Largest .docx file, in bytes. */
  readonly maxPackageBytes: number
  /** Most entries in the ZIP directory. */
  readonly maxEntries: number
  /** Largest inflated size of one part that is read, in bytes. */
  readonly maxPartBytes: number
  /** Largest inflated size of all the parts that are read, in bytes. */
  readonly maxTotalBytes: number
  /** Highest inflated/compressed ratio of a part over 1 MB (XML of a real document stays far below). */
  readonly maxRatio: number
  /** Most XML elements over all the parts read. */
  readonly maxElements: number
  /** Most paragraphs over all the parts read. */
  readonly maxParagraphs: number
  /** Longest text handed to the parser, in UTF-16 code units. */
  readonly maxTextLength: number
}

/**
 * The default limits: room for a document of several hundred pages, far
 * below what exhausts the memory of a browser tab or a CI runner.
 *
 * @since 0.1.0
 * @category limits
 * @example
 * ```ts
 * import { DEFAULT_DOCX_LIMITS } from "@cchc/docx"
 * DEFAULT_DOCX_LIMITS.maxParagraphs // 100000
 * ```
 */
export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxPackageBytes: 52_428_800,
  maxEntries: 2_000,
  maxPartBytes: 33_554_432,
  maxTotalBytes: 67_108_864,
  maxRatio: 200,
  maxElements: 500_000,
  maxParagraphs: 100_000,
  maxTextLength: 10_485_760
}
