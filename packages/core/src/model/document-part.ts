/**
 * A file that holds a part of a document rather than a whole one: a
 * document issued by a Quyết định (a Quy định, Quy chế, Kế hoạch…
 * `(Kèm theo Quyết định số …)`), an appendix (`PHỤ LỤC I`), or an outline
 * cut from such a text (`Chương I`, `Điều 1.` with no head).
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * Which part: `attached-document` has its own header but takes the number
 * and date of the document it is attached to (reference §4: "a separate
 * document with its own header"); `appendix` is a page of its document
 * (Phụ lục I, mục III: label, title, `(Kèm theo …)`); `outline` is the body
 * of either, without its head.
 *
 * @since 0.2.0
 * @category model
 */
export const DocumentPartKind = Schema.Literals(["attached-document", "appendix", "outline"])

/** @since 0.2.0 @category model */
export type DocumentPartKind = typeof DocumentPartKind.Type

/**
 * The part, with its `(Kèm theo …)` line when the text has one and the line
 * that decided it.
 *
 * @since 0.2.0
 * @category model
 */
export const DocumentPart = Schema.Struct({
  kind: DocumentPartKind,
  attachedTo: Schema.NullOr(Schema.String),
  evidence: Schema.String,
  span: Span
}).annotate({ identifier: "DocumentPart" })

/** @since 0.2.0 @category model */
export type DocumentPart = typeof DocumentPart.Type
