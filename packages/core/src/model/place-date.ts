/**
 * Địa danh và thời gian ban hành (ô 4).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * A place-and-date line such as `Hà Nội, ngày 05 tháng 01 năm 2020`. Any
 * part may be blank in a draft (`Ba Bích, ngày tháng 03 năm 2024`): it is
 * then `null`. `dayText` and `monthText` keep the digits as written so that
 * a rule can judge the padding (`03` vs `3`).
 *
 * @since 0.1.0
 * @category model
 */
export const PlaceDate = Schema.Struct({
  raw: Schema.String,
  place: Schema.NullOr(Schema.String),
  day: Schema.NullOr(Schema.Int),
  month: Schema.NullOr(Schema.Int),
  year: Schema.NullOr(Schema.Int),
  dayText: Schema.NullOr(Schema.String),
  monthText: Schema.NullOr(Schema.String),
  span: Span
}).annotate({ identifier: "PlaceDate" })

/** @since 0.1.0 @category model */
export type PlaceDate = typeof PlaceDate.Type
