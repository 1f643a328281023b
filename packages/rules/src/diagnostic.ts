/**
 * Diagnostics: what a rule reports, located in the original text.
 *
 * @since 0.1.0
 */
import { FormattingFix, Span } from "@cchc/core"
import * as Schema from "effect/Schema"

/**
 * How serious a finding is. `off` only appears in configuration.
 *
 * @since 0.1.0
 * @category model
 */
export const Severity = Schema.Literals(["error", "warning", "info"])

/** @since 0.1.0 @category model */
export type Severity = typeof Severity.Type

/**
 * One text edit: replace `[start, end)` (offsets in the original text)
 * with `text`.
 *
 * @since 0.1.0
 * @category model
 */
export const TextEdit = Schema.Struct({
  start: Schema.Int,
  end: Schema.Int,
  text: Schema.String
}).annotate({ identifier: "TextEdit" })

/** @since 0.1.0 @category model */
export type TextEdit = typeof TextEdit.Type

/**
 * How far a fix may be trusted:
 * - `safe`: applied by `--fix`; cannot change meaning (`Noi nhận` → `Nơi nhận:`);
 * - `suggestion`: offered, never applied automatically.
 * Legal substance (citation numbers, signing authority, recipients) gets
 * no fix at all.
 *
 * @since 0.1.0
 * @category model
 */
export const FixTier = Schema.Literals(["safe", "suggestion"])

/** @since 0.1.0 @category model */
export type FixTier = typeof FixTier.Type

/**
 * A fix: a tier, a short description and non-overlapping edits.
 *
 * @since 0.1.0
 * @category model
 */
export const Fix = Schema.Struct({
  tier: FixTier,
  description: Schema.String,
  edits: Schema.Array(TextEdit)
}).annotate({ identifier: "Fix" })

/** @since 0.1.0 @category model */
export type Fix = typeof Fix.Type

/**
 * A finding. `message` is Vietnamese, for a văn thư clerk, quoting the
 * expected form; `messageEn` is the same in English. `formatFix` is the
 * formatting fix a layout rule proposes (applied to a .docx by `fixDocx`
 * of `@cchc/docx`); other diagnostics have none.
 *
 * @since 0.1.0
 * @category model
 */
export const Diagnostic = Schema.Struct({
  ruleId: Schema.String,
  messageId: Schema.String,
  severity: Severity,
  message: Schema.String,
  messageEn: Schema.NullOr(Schema.String),
  span: Span,
  fix: Schema.NullOr(Fix),
  suggestions: Schema.Array(Fix),
  formatFix: Schema.optionalKey(FormattingFix)
}).annotate({ identifier: "Diagnostic" })

/** @since 0.1.0 @category model */
export type Diagnostic = typeof Diagnostic.Type
