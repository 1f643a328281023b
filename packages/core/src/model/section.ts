/**
 * The numbered outline of the body (Structure A and B of Nghị định 30/2020, Phụ lục I).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * The numbering style of a heading: `part` (`Phần I`), `chapter`
 * (`Chương I`), `section` (`Mục 1`), `article` (`Điều 1.`), `roman` (`I.`),
 * `arabic` (`1.`), `decimal` (`1.1.`), `letter` (`a)`), `dash` (`-`),
 * `plus` (`+`).
 *
 * @since 0.1.0
 * @category model
 */
export const SectionStyle = Schema.Literals([
  "part",
  "chapter",
  "section",
  "article",
  "roman",
  "arabic",
  "decimal",
  "letter",
  "dash",
  "plus"
])

/** @since 0.1.0 @category model */
export type SectionStyle = typeof SectionStyle.Type

/**
 * A heading of the outline and what is nested under it. The interface is
 * written out because a recursive schema needs its type up front; every
 * other model type is derived from its schema.
 *
 * @since 0.1.0
 * @category model
 */
export interface Section {
  readonly label: string
  readonly heading: string
  readonly style: SectionStyle
  readonly ordinal: number | null
  readonly level: number
  readonly span: Span
  readonly children: ReadonlyArray<Section>
}

/**
 * `label` is the marker as written (`I.`, `1.`, `a)`, `-`, `Điều 3.`),
 * `heading` the rest of its line, `ordinal` its position in its sequence
 * (`III.` is 3, `c)` is 3; `null` for bullets), `level` its depth from 1.
 *
 * @since 0.1.0
 * @category model
 */
export const Section: Schema.Codec<Section> = Schema.Struct({
  label: Schema.String,
  heading: Schema.String,
  style: SectionStyle,
  ordinal: Schema.NullOr(Schema.Int),
  level: Schema.Int,
  span: Span,
  children: Schema.Array(Schema.suspend((): Schema.Codec<Section> => Section))
}).annotate({ identifier: "Section" })
