/**
 * The typed failure of a lint entry point given something other than a
 * text (or a parsed document): a program calling from JavaScript, or
 * through `any`, gets this instead of a `TypeError` from deep inside.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"

/**
 * An argument of `lint`, `lintDocument` or their Effect forms that is not
 * what they take: `argument` names it (`text`, `document`), `received`
 * says what came (`a number`, `null`, `a Buffer`).
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { lint, LintInputError } from "@cchc/rules"
 * try {
 *   lint(42 as never)
 * } catch (error) {
 *   if (error instanceof LintInputError) error.message // "the text to lint must be a string, not a number"
 * }
 * ```
 */
export class LintInputError extends Data.TaggedError("LintInputError")<{
  readonly argument: "text" | "document"
  readonly received: string
}> {
  override get message(): string {
    return this.argument === "text"
      ? `the text to lint must be a string, not ${this.received}`
      : `the document to lint must be what parseDocument returns, not ${this.received}`
  }
}

const received = (value: unknown): string => {
  if (value === null) return "null"
  if (value === undefined) return "undefined"
  if (typeof value !== "object") return `a ${typeof value}`
  if (Array.isArray(value)) return "an array"
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
    ?.name
  return typeof name === "string" && name !== "" && name !== "Object" ? `a ${name}` : "an object"
}

/**
 * The {@link LintInputError} for a text that is not a string, or `null`.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { checkLintText } from "@cchc/rules"
 * checkLintText("Số: 05/BC-UBND") // null
 * checkLintText(Buffer.from("x"))?.message // "the text to lint must be a string, not a Buffer"
 * ```
 */
export const checkLintText = (text: unknown): LintInputError | null =>
  typeof text === "string" ? null : new LintInputError({ argument: "text", received: received(text) })

/**
 * The {@link LintInputError} for a document that is not a parsed document
 * (an object with `isDocument`, `sections` and `citations`), or `null`.
 * A shape check, not a full decode: decoding every document would cost
 * more than linting it.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { checkLintDocument } from "@cchc/rules"
 * checkLintDocument(parseDocument("Số: 05/BC-UBND")) // null
 * checkLintDocument("Số: 05/BC-UBND")?.message // "the document to lint must be what parseDocument returns, not a string"
 * ```
 */
export const checkLintDocument = (document: unknown): LintInputError | null =>
  typeof document === "object" &&
  document !== null &&
  typeof (document as { isDocument?: unknown }).isDocument === "boolean" &&
  Array.isArray((document as { sections?: unknown }).sections) &&
  Array.isArray((document as { citations?: unknown }).citations)
    ? null
    : new LintInputError({ argument: "document", received: received(document) })
