/**
 * Why a document spec cannot be laid out.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"

/**
 * A part of a {@link DocumentSpec} that cannot be printed: `path` points at
 * it (`["placeDate", "day"]`) and `message` says why.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidDocumentSpecError extends Data.TaggedError("InvalidDocumentSpecError")<{
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}> {}
