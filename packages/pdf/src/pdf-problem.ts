/**
 * Why a PDF could not be read: one plain-language reason, with the page
 * when one page is at fault.
 *
 * @since 0.1.0
 */

/**
 * The kinds of unreadable PDF: not a PDF or damaged (`invalid-pdf`),
 * protected by a password (`encrypted`), pages of images with no text
 * layer (`no-text-layer`, a scan), or over a limit (`too-large`).
 *
 * @since 0.1.0
 * @category errors
 */
export type PdfProblemKind = "invalid-pdf" | "encrypted" | "no-text-layer" | "too-large"

/**
 * One reason a PDF could not be read; `page` (from 1) when one page is at
 * fault, `offset` (in bytes) when a place in the file is.
 *
 * @since 0.1.0
 * @category errors
 */
export interface PdfProblem {
  readonly kind: PdfProblemKind
  readonly message: string
  readonly page?: number
  readonly offset?: number
}
