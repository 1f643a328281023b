/**
 * Source positions. Every element the parser finds carries a {@link Span}
 * into the caller's original text (before any normalisation), so that a
 * diagnostic can point at the exact characters a person typed.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * A point in the original text: `offset` counts UTF-16 code units from 0;
 * `line` and `column` are 1-based (columns in UTF-16 code units, as SARIF
 * and editors expect).
 *
 * @since 0.1.0
 * @category model
 */
export const Position = Schema.Struct({
  offset: Schema.Int,
  line: Schema.Int,
  column: Schema.Int
}).annotate({ identifier: "Position" })

/** @since 0.1.0 @category model */
export type Position = typeof Position.Type

/**
 * A half-open range `[start, end)` of the original text.
 *
 * @since 0.1.0
 * @category model
 */
export const Span = Schema.Struct({
  start: Position,
  end: Position
}).annotate({ identifier: "Span" })

/** @since 0.1.0 @category model */
export type Span = typeof Span.Type
