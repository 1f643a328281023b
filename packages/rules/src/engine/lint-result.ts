/**
 * The result of a lint run.
 *
 * @since 0.1.0
 */
import { Document } from "@cchc/core"
import * as Schema from "effect/Schema"
import { Diagnostic } from "../diagnostic.js"

/**
 * Why a rule gave no verdict: it does not apply to this kind of document
 * (`not-applicable`), the part it checks is missing or unreadable
 * (`not-evaluable`), or the configuration turned it off (`off`).
 *
 * @since 0.1.0
 * @category model
 */
export const SkipKind = Schema.Literals(["not-applicable", "not-evaluable", "off"])

/** @since 0.1.0 @category model */
export type SkipKind = typeof SkipKind.Type

/**
 * A rule that gave no verdict, and why.
 *
 * @since 0.1.0
 * @category model
 */
export const SkippedRule = Schema.Struct({
  ruleId: Schema.String,
  skip: SkipKind,
  reason: Schema.String
}).annotate({ identifier: "SkippedRule" })

/** @since 0.1.0 @category model */
export type SkippedRule = typeof SkippedRule.Type

/**
 * The parsed document, the diagnostics in text order, and every rule that
 * gave no verdict, so that "no error" is never read as "fully conforming"
 * when half the document was missing.
 *
 * @since 0.1.0
 * @category model
 */
export const LintResult = Schema.Struct({
  document: Document,
  diagnostics: Schema.Array(Diagnostic),
  skipped: Schema.Array(SkippedRule)
}).annotate({ identifier: "LintResult" })

/** @since 0.1.0 @category model */
export type LintResult = typeof LintResult.Type
