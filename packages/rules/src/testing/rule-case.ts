/**
 * Checking one valid or invalid case of a rule: the assertions behind the
 * rule tester, independent of any test framework.
 *
 * @since 0.1.0
 */
import { parseDocument } from "@cchc/core"
import type { Diagnostic } from "../diagnostic.js"
import { validateOptions } from "../config/validate-options.js"
import type { LintResult } from "../engine/lint-result.js"
import { runRules } from "../engine/run-rules.js"
import { applyFixes } from "../fix/apply-fixes.js"
import type { Rule } from "../rule.js"
import { isFormattedExample, readFormattedExample } from "./formatted-example.js"

/**
 * A text on which the rule must stay silent, with options if needed.
 *
 * @since 0.1.0
 * @category testing
 */
export type ValidCase =
  | string
  | { readonly text: string; readonly options?: Readonly<Record<string, unknown>>; readonly name?: string }

/**
 * An error the rule must report: its message id and 1-based line, and the
 * column when the exact position matters.
 *
 * @since 0.1.0
 * @category testing
 */
export interface ExpectedError {
  readonly messageId: string
  readonly line: number
  readonly column?: number
}

/**
 * A text on which the rule must report exactly `errors` (in text order);
 * `output` is the text after applying the rule's safe fixes.
 *
 * @since 0.1.0
 * @category testing
 */
export interface InvalidCase {
  readonly text: string
  readonly options?: Readonly<Record<string, unknown>>
  readonly name?: string
  readonly errors: ReadonlyArray<ExpectedError>
  readonly output?: string
}

/**
 * Settings shared by every case of a tester.
 *
 * @since 0.1.0
 * @category testing
 */
export interface RuleTesterOptions {
  /** "Today" for date rules (`YYYY-MM-DD`); a fixed default keeps tests stable. */
  readonly today?: string
}

/** The "today" of rule tests unless a tester sets one. */
export const DEFAULT_TEST_TODAY = "2026-01-15"

const describeDiagnostics = (diagnostics: ReadonlyArray<Diagnostic>): string =>
  diagnostics.length === 0
    ? "(none)"
    : diagnostics
        .map((d) => `  - ${d.messageId} at ${d.span.start.line}:${d.span.start.column}: ${d.message}`)
        .join("\n")

/**
 * Runs one rule on `text` with `options` merged over its defaults, as the
 * engine would. A formatted example (`@formatted`, see
 * {@link readFormattedExample}) is linted with its formatting facts. Throws when the options do not fit the rule's schema.
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { lintWithRule, ALL_RULES } from "@cchc/rules"
 * const rule = ALL_RULES.find((r) => r.meta.id === "end-mark")!
 * lintWithRule(rule, "BÁO CÁO\nNội dung.", {}, "2024-01-01").diagnostics.length // 0 or more
 * ```
 */
export const lintWithRule = (
  rule: Rule<any>,
  text: string,
  options: Readonly<Record<string, unknown>> | undefined,
  today: string
): LintResult => {
  const merged = { ...(rule.meta.defaultOptions as Record<string, unknown>), ...(options ?? {}) }
  const issues = validateOptions(merged, rule.meta.optionsSchema, "options")
  if (issues.length > 0)
    throw new Error(
      `invalid options for ${rule.meta.id}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`
    )
  // A formatted example (of a layout rule) becomes its text and formatting facts.
  const formatted = isFormattedExample(text) ? readFormattedExample(text) : null
  const plain = formatted?.text ?? text
  const result = runRules({
    document: parseDocument(plain, formatted === null ? {} : { formatting: formatted.formatting }),
    text: plain,
    rules: [{ rule, severity: "error", options: merged }],
    today
  })
  const broken = result.skipped.find((s) => s.reason.startsWith("internal error"))
  if (broken) throw new Error(`${rule.meta.id} threw: ${broken.reason}`)
  for (const d of result.diagnostics) {
    if (!(d.messageId in rule.meta.messages))
      throw new Error(`${rule.meta.id} reported an unknown message id '${d.messageId}'`)
  }
  return result
}

/**
 * Asserts a valid case: the rule reports nothing.
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { assertValidCase, ALL_RULES } from "@cchc/rules"
 * const rule = ALL_RULES.find((r) => r.meta.id === "national-header")!
 * assertValidCase(rule, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/BC-UBND\nBÁO CÁO\nCông tác", {})
 * ```
 */
export const assertValidCase = (rule: Rule<any>, c: ValidCase, tester: RuleTesterOptions): void => {
  const text = typeof c === "string" ? c : c.text
  const options = typeof c === "string" ? undefined : c.options
  const result = lintWithRule(rule, text, options, tester.today ?? DEFAULT_TEST_TODAY)
  if (result.diagnostics.length > 0) {
    throw new Error(
      `expected no diagnostic from ${rule.meta.id}, got:\n${describeDiagnostics(result.diagnostics)}`
    )
  }
}

/**
 * Asserts an invalid case: exactly the expected errors, and the expected
 * output after safe fixes, which itself has nothing left to fix.
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { assertInvalidCase, ALL_RULES } from "@cchc/rules"
 * const rule = ALL_RULES.find((r) => r.meta.id === "end-mark")!
 * assertInvalidCase(rule, { text: "Số: 05/BC-UBND\nBÁO CÁO\nCông tác\n\nNội dung.\n\nNơi nhận:\n- Lưu: VT.", errors: [{ messageId: "missing", line: 5 }] }, {})
 * ```
 */
export const assertInvalidCase = (rule: Rule<any>, c: InvalidCase, tester: RuleTesterOptions): void => {
  const today = tester.today ?? DEFAULT_TEST_TODAY
  const result = lintWithRule(rule, c.text, c.options, today)
  const actual = result.diagnostics
  const mismatch =
    actual.length !== c.errors.length ||
    c.errors.some((e, i) => {
      const d = actual[i]!
      return (
        d.messageId !== e.messageId ||
        d.span.start.line !== e.line ||
        (e.column !== undefined && d.span.start.column !== e.column)
      )
    })
  if (mismatch) {
    const expected = c.errors
      .map((e) => `  - ${e.messageId} at ${e.line}${e.column === undefined ? "" : `:${e.column}`}`)
      .join("\n")
    throw new Error(`${rule.meta.id}: expected\n${expected}\ngot\n${describeDiagnostics(actual)}`)
  }
  const safe = actual.filter((d) => d.fix?.tier === "safe")
  if (c.output === undefined) {
    if (safe.length > 0)
      throw new Error(`${rule.meta.id} offered safe fixes; add the expected 'output' to the case`)
    return
  }
  const fixed = applyFixes(c.text, actual).output
  if (fixed !== c.output)
    throw new Error(
      `${rule.meta.id}: output after safe fixes differs.\nexpected:\n${c.output}\ngot:\n${fixed}`
    )
  const again = lintWithRule(rule, fixed, c.options, today).diagnostics.filter((d) => d.fix?.tier === "safe")
  if (again.length > 0)
    throw new Error(`${rule.meta.id}: the fixed output still has safe fixes:\n${describeDiagnostics(again)}`)
}
