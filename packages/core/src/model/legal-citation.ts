/**
 * Legal citations found in running text (`Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ`).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { NumberFamily } from "./document-number.js"
import { Span } from "./span.js"

/**
 * One mention of another document. `raw` is the kind, number and date as
 * written; `issuer` is the `của …` phrase, `summary` the trích yếu that
 * follows (`về …`, `ban hành …`). `date` is ISO `YYYY-MM-DD` or `null`; when
 * several numbers share one date (`Nghị định số 107/2020/NĐ-CP, Nghị định số
 * 108/2020/NĐ-CP ngày 14/9/2020`) each gets it and `dateShared` says so.
 *
 * @since 0.1.0
 * @category model
 */
export const LegalCitation = Schema.Struct({
  raw: Schema.String,
  kind: Schema.String,
  hasSo: Schema.Boolean,
  number: Schema.String,
  family: NumberFamily,
  sequence: Schema.NullOr(Schema.String),
  year: Schema.NullOr(Schema.Int),
  typeCode: Schema.NullOr(Schema.String),
  issuerCode: Schema.NullOr(Schema.String),
  date: Schema.NullOr(Schema.String),
  dateText: Schema.NullOr(Schema.String),
  dateShared: Schema.Boolean,
  issuer: Schema.NullOr(Schema.String),
  summary: Schema.NullOr(Schema.String),
  span: Span
}).annotate({ identifier: "LegalCitation" })

/** @since 0.1.0 @category model */
export type LegalCitation = typeof LegalCitation.Type
