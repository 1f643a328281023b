/**
 * The copy block of a bản sao (Phụ lục I, Phần II; Mẫu 3.1), printed under
 * the original it copies.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { DocumentNumber } from "./document-number.js"
import { PlaceDate } from "./place-date.js"
import { RecipientList } from "./recipients.js"
import { SignatureBlock } from "./signature.js"
import { Span } from "./span.js"

/**
 * The copy block: its form (`SAO Y`, `SAO LỤC`, `TRÍCH SAO` as written),
 * the copying body's name, its own number (`Số: 25/SY-SNV`), place-date,
 * Nơi nhận and signature, each `null` when absent.
 *
 * @since 0.2.0
 * @category model
 */
export const CopyBlock = Schema.Struct({
  form: Schema.String,
  formSpan: Span,
  issuer: Schema.NullOr(Schema.String),
  number: Schema.NullOr(DocumentNumber),
  placeDate: Schema.NullOr(PlaceDate),
  recipients: Schema.NullOr(RecipientList),
  signature: Schema.NullOr(SignatureBlock),
  span: Span
}).annotate({ identifier: "CopyBlock" })

/** @since 0.2.0 @category model */
export type CopyBlock = typeof CopyBlock.Type
