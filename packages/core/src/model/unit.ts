/**
 * Issuing bodies (cơ quan, tổ chức ban hành) and how they sign.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * The administrative level of a body. `huyen` ended on 1 July 2025 with the
 * two-tier local government (Luật 72/2025/QH15).
 *
 * @since 0.1.0
 * @category model
 */
export const UnitLevel = Schema.Literals(["trung-uong", "tinh", "huyen", "xa"])

/** @since 0.1.0 @category model */
export type UnitLevel = typeof UnitLevel.Type

/**
 * A kind of issuing body in the unit registry: its name (`Ủy ban nhân
 * dân`), the upper-case collective name used after `TM.` when it works
 * collectively (`ỦY BAN NHÂN DÂN`), the head's and deputy's titles, its
 * usual abbreviation (`UBND`) and the levels where it exists.
 *
 * @since 0.1.0
 * @category model
 */
export const UnitKind = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  collective: Schema.Boolean,
  collectiveName: Schema.NullOr(Schema.String),
  headTitle: Schema.String,
  deputyTitle: Schema.String,
  abbreviation: Schema.NullOr(Schema.String),
  levels: Schema.Array(UnitLevel),
  namePrefixes: Schema.Array(Schema.String)
}).annotate({ identifier: "UnitKind" })

/** @since 0.1.0 @category model */
export type UnitKind = typeof UnitKind.Type

/**
 * A concrete issuing body: `{ kind: "ubnd", level: "xa", place: "xã Ba Bích" }`.
 *
 * @since 0.1.0
 * @category model
 */
export const Unit = Schema.Struct({
  kind: Schema.String,
  name: Schema.String,
  level: Schema.NullOr(UnitLevel),
  abbreviation: Schema.NullOr(Schema.String)
}).annotate({ identifier: "Unit" })

/** @since 0.1.0 @category model */
export type Unit = typeof Unit.Type
