/**
 * Why a .docx could not be read: a value, never a thrown error.
 *
 * @since 0.1.0
 */

/**
 * A problem of a .docx: `not-zip` (not a ZIP archive), `too-large` (over
 * a limit, checked before decompression), `damaged` (a part that does not
 * decompress or parse), `missing-part` (no main document) or `empty` (no
 * text), or `refused` (a file `fixDocx` never rewrites: signed, protected
 * or with macros). `part` names the part at fault and `line`/`column` the place in
 * its XML, when known.
 *
 * @since 0.1.0
 * @category problems
 */
export interface DocxProblem {
  readonly kind: "not-zip" | "too-large" | "damaged" | "missing-part" | "empty" | "refused"
  readonly message: string
  readonly part?: string
  readonly line?: number
  readonly column?: number
}

/**
 * The outcome of reading: the value, or the problem that stopped it.
 *
 * @since 0.1.0
 * @category problems
 */
export type DocxOutcome<A> =
  { readonly ok: true; readonly value: A } | { readonly ok: false; readonly problem: DocxProblem }

/**
 * Thrown inside the reader only, to leave a deep walk at once; the reader
 * catches it and returns its problem.
 */
export class DocxStop extends Error {
  constructor(readonly problem: DocxProblem) {
    super(problem.message)
  }
}
