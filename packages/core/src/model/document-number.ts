/**
 * Số, ký hiệu (ô 3 of the Decree-30 layout) and the numbers inside citations.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * The families of number a Vietnamese document can carry:
 * - `administrative`: `35/KH-UBND` (type code, issuer code);
 * - `official-letter`: công văn `1175/STTTT-TTBCXB` (issuer and unit, no type code);
 * - `normative`: văn bản quy phạm pháp luật with year `93/2021/NQ-HĐND`;
 * - `law`: Luật / Nghị quyết of the Quốc hội `64/2025/QH15`;
 * - `party`: Đảng documents `04-NQ/TU`;
 * - `copy`: bản sao `12/SY-UBND`.
 *
 * @since 0.1.0
 * @category model
 */
export const NumberFamily = Schema.Literals([
  "administrative",
  "official-letter",
  "normative",
  "law",
  "party",
  "copy"
])

/** @since 0.1.0 @category model */
export type NumberFamily = typeof NumberFamily.Type

/**
 * A document number. `sequence` is kept as written (`"09"`, `"30c"`), or
 * `null` for an unnumbered draft (`Số: /BC-UBND`), which is a value, not a
 * parse failure.
 *
 * @since 0.1.0
 * @category model
 */
export const DocumentNumber = Schema.Struct({
  raw: Schema.String,
  family: NumberFamily,
  sequence: Schema.NullOr(Schema.String),
  year: Schema.NullOr(Schema.Int),
  typeCode: Schema.NullOr(Schema.String),
  issuerCode: Schema.NullOr(Schema.String),
  span: Span
}).annotate({ identifier: "DocumentNumber" })

/** @since 0.1.0 @category model */
export type DocumentNumber = typeof DocumentNumber.Type
