/**
 * The error a builder throws when it is given the wrong shape (a number
 * where an object goes, an object without its `name`): a program calling
 * from JavaScript or through `any` gets one readable message that names
 * the builder and the field, instead of a `TypeError` from deep inside.
 *
 * @since 0.1.0
 */

/**
 * An argument of a builder that does not have the shape its type says.
 * A `TypeError`, so `catch (e) { if (e instanceof TypeError) … }` keeps
 * working; values of the right type but out of range stay `RangeError`s.
 *
 * @since 0.1.0
 * @category errors
 * @example
 * ```ts
 * import { BuilderInputError, formatIssuerHeader } from "@cchc/format"
 * try {
 *   formatIssuerHeader(42 as never)
 * } catch (error) {
 *   if (error instanceof BuilderInputError) error.message // "formatIssuerHeader: issuer must be an object, not a number"
 * }
 * ```
 */
export class BuilderInputError extends TypeError {
  override readonly name = "BuilderInputError"
  constructor(
    readonly builder: string,
    readonly path: string,
    readonly expected: string,
    readonly received: string
  ) {
    super(`${builder}: ${path} must be ${expected}, not ${received}`)
  }
}

const received = (value: unknown): string => {
  if (value === null) return "null"
  if (value === undefined) return "undefined"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "number" && Number.isNaN(value)) return "NaN"
  return typeof value === "object" ? "an object" : `a ${typeof value}`
}

type Expected = "string" | "number" | "object" | "array" | "boolean"

const ARTICLE: Readonly<Record<Expected, string>> = {
  string: "a string",
  number: "a number",
  object: "an object",
  array: "an array",
  boolean: "true or false"
}

const fits = (value: unknown, expected: Expected): boolean => {
  switch (expected) {
    case "array":
      return Array.isArray(value)
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value)
    case "number":
      return typeof value === "number" && !Number.isNaN(value)
    default:
      return typeof value === expected
  }
}

/**
 * Throws a {@link BuilderInputError} unless `value` is of one of the
 * `expected` kinds (`"string"`, `"number"`, `"object"`, `"array"`,
 * `"boolean"`, or `"null"` / `"undefined"` for an optional field).
 *
 * @since 0.1.0
 * @category errors
 * @example
 * ```ts
 * import { expectInput } from "@cchc/format"
 * expectInput("formatTitle", "summary", "Kế hoạch", ["string", "null"]) // passes
 * expectInput("formatTitle", "summary", 5, ["string", "null"]) // throws "formatTitle: summary must be a string or null, not a number"
 * ```
 */
export const expectInput = (
  builder: string,
  path: string,
  value: unknown,
  expected: ReadonlyArray<Expected | "null" | "undefined">
): void => {
  for (const kind of expected) {
    if (kind === "null" ? value === null : kind === "undefined" ? value === undefined : fits(value, kind))
      return
  }
  const names = expected.map((kind) => (kind === "null" || kind === "undefined" ? kind : ARTICLE[kind]))
  const wanted =
    names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`
  throw new BuilderInputError(builder, path, wanted, received(value))
}
