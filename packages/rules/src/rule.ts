/**
 * What a rule is: metadata as data plus one check function.
 *
 * @since 0.1.0
 */
import type { Document, FormattingFix, RegimeKindName, Span } from "@cchc/core"
import type { Fix, Severity } from "./diagnostic.js"

/**
 * The area a rule checks.
 *
 * @since 0.1.0
 * @category rules
 */
export type RuleCategory =
  | "document"
  | "layout"
  | "numbering"
  | "signature"
  | "recipients"
  | "citation"
  | "content"
  | "language"
  | "era"

/**
 * A message template, Vietnamese first; `{name}` placeholders are filled
 * from the report's `data`.
 *
 * @since 0.1.0
 * @category rules
 */
export interface RuleMessage {
  readonly vi: string
  readonly en: string
}

/**
 * A rule's metadata: plain data, from which its docs page and the CLI's
 * `cchc rules` listing are generated.
 *
 * @since 0.1.0
 * @category rules
 */
export interface RuleMeta<Options = unknown> {
  /** Stable id, a public contract: `document-number`. */
  readonly id: string
  readonly description: string
  /** More about what it checks and why, for its docs page (Markdown), when the description is not enough. */
  readonly details?: string
  readonly category: RuleCategory
  /** Type codes or kind names it applies to (`["BC", "KH"]`), or `"all"`. */
  readonly appliesTo: ReadonlyArray<string> | "all"
  /**
   * The regimes whose documents it checks (`["state", "normative"]`): the
   * engine skips it, as `not-applicable`, on a document of another regime.
   * A bản sao is checked by the rules of `copy` and of its original's regime.
   */
  readonly regimes: ReadonlyArray<RegimeKindName>
  /** What it enforces: `NĐ 30/2020, Phụ lục I, mục II.4` or `practice`. */
  readonly source: string
  /**
   * Presets that enable it, with the severity they give it; `party` is the
   * rule set of the Party regime, turned on with `extends: [..., "party"]`.
   */
  readonly presets: { readonly recommended?: Severity; readonly strict?: Severity; readonly party?: Severity }
  readonly fixable: "safe" | "suggestion" | "none"
  readonly messages: Readonly<Record<string, RuleMessage>>
  readonly defaultOptions: Options
  /** A JSON Schema of the options object, for config validation and editors. */
  readonly optionsSchema: Readonly<Record<string, unknown>>
  /** Examples for the docs page: text that passes and text that fails. */
  readonly examples: { readonly valid: ReadonlyArray<string>; readonly invalid: ReadonlyArray<string> }
  /**
   * Limits of the rule for its docs page: what it deliberately does not
   * check, and why (a source too weak, a check that would misfire).
   */
  readonly notes?: ReadonlyArray<string>
}

/**
 * One report from a rule's check.
 *
 * @since 0.1.0
 * @category rules
 */
export interface RuleReport {
  readonly messageId: string
  readonly span: Span
  readonly data?: Readonly<Record<string, string | number>>
  readonly fix?: Fix
  readonly suggestions?: ReadonlyArray<Fix>
  /** A formatting fix of the reported text (layout rules, for a .docx). */
  readonly formatFix?: FormattingFix
  /** Overrides the configured severity for this one report (e.g. a draft is a warning). */
  readonly severity?: Severity
}

/**
 * What a check receives: the parsed document, the original text, the
 * options, the date the document is judged against, and `report`.
 *
 * @since 0.1.0
 * @category rules
 */
export interface RuleContext<Options = unknown> {
  readonly document: Document
  readonly text: string
  readonly options: Options
  /** ISO date of "today" for checks such as "not later than today". */
  readonly today: string
  /**
   * The regime the document is judged under: the one the configuration
   * forces, else the one the parser recognised (`document.regime.kind`).
   */
  readonly regime: RegimeKindName
  /** Spans in `text` for an offset range. */
  readonly span: (start: number, end: number) => Span
  readonly report: (report: RuleReport) => void
}

/**
 * Why a rule produced no verdict: it does not apply to this kind of
 * document, or the part it checks is missing so it cannot be evaluated.
 *
 * @since 0.1.0
 * @category rules
 */
export interface Skip {
  readonly skip: "not-applicable" | "not-evaluable"
  readonly reason: string
}

/**
 * A rule: metadata plus `check`, which reports through the context and
 * may return a {@link Skip} to say it could not judge.
 *
 * @since 0.1.0
 * @category rules
 */
export interface Rule<Options = unknown> {
  readonly meta: RuleMeta<Options>
  // A method, not a function property: its parameter is then bivariant, so
  // that a `Rule<{ maxAge: number }>` fits in a `ReadonlyArray<Rule>`.
  check(context: RuleContext<Options>): Skip | void
}

/**
 * Declares a rule with its options type inferred from `defaultOptions`.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { defineRule } from "@cchc/rules"
 * export default defineRule({
 *   meta: { id: "end-mark", description: "…", category: "layout", appliesTo: "all", regimes: ["state"], source: "NĐ 30/2020, Phụ lục III",
 *     presets: { recommended: "warning" }, fixable: "none", messages: { missing: { vi: "…", en: "…" } },
 *     defaultOptions: {}, optionsSchema: {}, examples: { valid: [], invalid: [] } },
 *   check: (context) => { if (context.document.endMark === null) return { skip: "not-evaluable", reason: "no body" } }
 * })
 * ```
 */
export const defineRule = <Options>(rule: Rule<Options>): Rule<Options> => rule
