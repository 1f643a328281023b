/**
 * The engine's hot path: run each rule's check once over one parsed
 * document, on plain objects, and collect diagnostics and skips.
 *
 * @since 0.1.0
 */
import { PreparedText, regimeEntry, type Document, type RegimeKindName } from "@cchc/core"
import type { Diagnostic, Severity } from "../diagnostic.js"
import { kindMatches } from "../internal/kind.js"
import { fillMessage } from "../internal/message.js"
import type { Rule, RuleContext, RuleReport } from "../rule.js"
import type { LintResult, SkippedRule } from "./lint-result.js"
import { perObject } from "../internal/per-object.js"
import { touchesRange, verbatimRanges } from "./verbatim-ranges.js"
import { partSkipReason } from "./document-parts.js"

/**
 * A rule switched on for one run, with its severity and merged options.
 *
 * @since 0.1.0
 * @category engine
 */
export interface ActiveRule {
  readonly rule: Rule<any>
  readonly severity: Severity
  readonly options: unknown
}

/**
 * What {@link runRules} needs: the document parsed from `text`, the rules to
 * run, the ids of rules turned off (listed as skipped) and "today".
 *
 * @since 0.1.0
 * @category engine
 */
export interface RunInput {
  readonly document: Document
  readonly text: string
  readonly rules: ReadonlyArray<ActiveRule>
  readonly off?: ReadonlyArray<string>
  readonly today: string
  /**
   * The regime the configuration forces (`regime: "party"`); `null` or
   * absent to judge the document by the regime the parser recognised.
   */
  readonly regime?: RegimeKindName | null
}

/** The id of the rule that, when the input is not a document, stands alone. */
export const NOT_A_DOCUMENT = "not-a-document"

/**
 * The id of the rule that, when the text is in a legacy encoding (TCVN3,
 * VNI) or lost its diacritics, stands alone.
 *
 * @since 0.1.0
 * @category engine
 */
export const LEGACY_ENCODING = "legacy-encoding"

const ENCODING_LABELS = {
  tcvn3: "the text is in the legacy TCVN3 encoding, not Unicode",
  vni: "the text is in the legacy VNI encoding, not Unicode",
  "lost-diacritics": "the text lost its Vietnamese diacritics"
} as const

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

// A report may lower its severity (an unnumbered draft is a warning even
// when the rule is an error), never raise it above what the user chose.
const severityOf = (configured: Severity, report: RuleReport): Severity =>
  report.severity !== undefined && RANK[report.severity] < RANK[configured] ? report.severity : configured

// Joined once per rule: a skip reason is written for most rules of every document.
const kindLabel = perObject((appliesTo: ReadonlyArray<string>): string => appliesTo.join(", "))

/**
 * The regimes a document is judged under: the forced one, or the one the
 * parser recognised; a bản sao under the rules of `copy` and of its
 * original's regime, since the original above the copy block is checked as
 * the original.
 */
const judgedRegimes = (document: Document, forced: RegimeKindName | null): ReadonlyArray<RegimeKindName> => {
  if (forced !== null) return [forced]
  const { kind, original } = document.regime
  return kind === "copy" && original !== null ? ["copy", original] : [kind]
}

const regimeReason = (document: Document, forced: RegimeKindName | null, rule: Rule<any>): string => {
  const kind = forced ?? document.regime.kind
  const why =
    forced !== null
      ? "set by the configuration"
      : `recognised from ${[...new Set(document.regime.signals.filter((s) => s.points === kind).map((s) => s.cue))].join(", ")}`
  return `the document is a ${regimeEntry(kind).name} (${kind} regime, ${why}); the rule applies to ${rule.meta.regimes.join(", ")}`
}

/**
 * Runs `rules` over a parsed document. Never throws: a rule that throws
 * is listed as `not-evaluable` with the error, so that one broken rule
 * cannot hide the others' findings. A fix that would rewrite verbatim
 * content ({@link verbatimRanges}: code, a file name, a web address) is
 * taken away from its diagnostic, for every rule.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { runRules, ALL_RULES } from "@cchc/rules"
 * const text = "Số: 5/BC-UBND"
 * const rule = ALL_RULES.find((r) => r.meta.id === "document-number")!
 * const result = runRules({ document: parseDocument(text), text, rules: [{ rule, severity: "error", options: rule.meta.defaultOptions }], today: "2024-05-01" })
 * result.diagnostics.map((d) => d.messageId) // ["unpadded"]
 * ```
 */
export const runRules = (input: RunInput): LintResult => {
  const { document, text, today } = input
  // The parser prepared this text just before: its line index is built.
  const lineIndex = PreparedText.of(text).lines
  const span = (start: number, end: number) => lineIndex.span(start, end)
  const diagnostics: Array<Diagnostic> = []
  const skipped: Array<SkippedRule> = (input.off ?? []).map((ruleId) => ({
    ruleId,
    skip: "off" as const,
    reason: "turned off in the configuration"
  }))
  // When the text is in a legacy encoding (or lost its diacritics), only
  // `legacy-encoding` speaks, unless it is turned off; else, when the input
  // is not a document, only `not-a-document` speaks: a cascade of "missing
  // header" errors would bury the one useful message.
  const { kind: encoding } = document.encoding
  const legacy =
    encoding !== "unicode" && input.rules.some((active) => active.rule.meta.id === LEGACY_ENCODING)
  const standAlone = legacy
    ? { id: LEGACY_ENCODING, reason: ENCODING_LABELS[encoding] }
    : !document.isDocument
      ? { id: NOT_A_DOCUMENT, reason: "not a document" }
      : null
  const forced = input.regime ?? null
  const regimes = judgedRegimes(document, forced)
  for (const active of input.rules) {
    const { rule } = active
    const id = rule.meta.id
    if (standAlone !== null && id !== standAlone.id) {
      skipped.push({ ruleId: id, skip: "not-applicable", reason: standAlone.reason })
      continue
    }
    // A document of a regime the rule does not govern is not judged by it:
    // the state layout rules must not fail a Party resolution (Nghị định
    // 30/2020, Điều 2 and Điều 4 khoản 2 điểm a).
    if (standAlone === null && !regimes.some((r) => rule.meta.regimes.includes(r))) {
      skipped.push({ ruleId: id, skip: "not-applicable", reason: regimeReason(document, forced, rule) })
      continue
    }
    const partReason = document.part === null ? null : partSkipReason(document.part.kind, id)
    if (partReason !== null) {
      skipped.push({ ruleId: id, skip: "not-applicable", reason: partReason })
      continue
    }
    const appliesTo = rule.meta.appliesTo
    if (appliesTo !== "all" && document.isDocument) {
      if (document.kind === null) {
        skipped.push({
          ruleId: id,
          skip: "not-evaluable",
          reason: `the document kind is unknown; the rule applies to ${kindLabel(appliesTo)}`
        })
        continue
      }
      if (!kindMatches(document.kind, appliesTo)) {
        skipped.push({
          ruleId: id,
          skip: "not-applicable",
          reason: `applies to ${kindLabel(appliesTo)}, not ${document.kind.name}`
        })
        continue
      }
    }
    const report = (r: RuleReport) => {
      const message = rule.meta.messages[r.messageId]
      diagnostics.push({
        ruleId: id,
        messageId: r.messageId,
        severity: severityOf(active.severity, r),
        message: message === undefined ? r.messageId : fillMessage(message.vi, r.data),
        messageEn: message === undefined ? null : fillMessage(message.en, r.data),
        span: r.span,
        fix: r.fix ?? null,
        suggestions: r.suggestions ?? [],
        ...(r.formatFix === undefined ? {} : { formatFix: r.formatFix })
      })
    }
    const context: RuleContext<unknown> = {
      document,
      text,
      options: active.options,
      today,
      regime: forced ?? document.regime.kind,
      span,
      report
    }
    try {
      const skip = rule.check(context)
      if (skip) skipped.push({ ruleId: id, skip: skip.skip, reason: skip.reason })
    } catch (error) {
      skipped.push({
        ruleId: id,
        skip: "not-evaluable",
        reason: `internal error: ${error instanceof Error ? error.message : String(error)}`
      })
    }
  }
  diagnostics.sort(
    (a, b) =>
      a.span.start.offset - b.span.start.offset ||
      a.span.end.offset - b.span.end.offset ||
      a.ruleId.localeCompare(b.ruleId)
  )
  return { document, diagnostics: withoutVerbatimFixes(text, diagnostics), skipped }
}

/**
 * The diagnostics with the fixes that would rewrite verbatim content
 * (code, a file name, a web address) taken away, whichever rule made them:
 * the finding stays, the text is left as it was quoted. Suggestions stay
 * too, since they are only ever applied by a person.
 */
const withoutVerbatimFixes = (text: string, diagnostics: Array<Diagnostic>): Array<Diagnostic> => {
  if (!diagnostics.some((d) => d.fix !== null)) return diagnostics
  const ranges = verbatimRanges(text)
  if (ranges.length === 0) return diagnostics
  return diagnostics.map((d) =>
    d.fix !== null && d.fix.edits.some((edit) => touchesRange(ranges, edit.start, edit.end))
      ? { ...d, fix: null }
      : d
  )
}
