/**
 * Figures found in reports (`trên 30 tin, bài`, `15 phút/chương trình`).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * How a figure is qualified: `exact`, `over` (`trên`, `hơn`), `about`
 * (`gần`, `khoảng`, `khoảng hơn`), `under` (`dưới`).
 *
 * @since 0.1.0
 * @category model
 */
export const MetricQualifier = Schema.Literals(["exact", "over", "about", "under"])

/** @since 0.1.0 @category model */
export type MetricQualifier = typeof MetricQualifier.Type

/**
 * One figure with its unit. `value` is the number read the Vietnamese way
 * (`3.250` is 3250, `1,5` is 1.5, `03` is 3); a range (`10-15 phút`) has
 * `value` 10 and `upper` 15; a rate (`3 tiếng/ngày`) has `per` set.
 * `indicator` names a standard CCHC indicator from the catalog when the
 * figure is one (see `INDICATORS`).
 *
 * @since 0.1.0
 * @category model
 */
export const Metric = Schema.Struct({
  raw: Schema.String,
  value: Schema.Finite,
  upper: Schema.NullOr(Schema.Finite),
  qualifier: MetricQualifier,
  unit: Schema.String,
  per: Schema.NullOr(Schema.String),
  indicator: Schema.NullOr(Schema.String),
  span: Span
}).annotate({ identifier: "Metric" })

/** @since 0.1.0 @category model */
export type Metric = typeof Metric.Type

/**
 * A stated total and the parts the text gives for it
 * (`18 hồ sơ … (trong đó 11 hồ sơ …; 07 hồ sơ …)`), as indexes into the
 * document's `metrics`, so that a rule can check the sum.
 *
 * @since 0.1.0
 * @category model
 */
export const MetricBreakdown = Schema.Struct({
  total: Schema.Int,
  parts: Schema.Array(Schema.Int),
  span: Span
}).annotate({ identifier: "MetricBreakdown" })

/** @since 0.1.0 @category model */
export type MetricBreakdown = typeof MetricBreakdown.Type
