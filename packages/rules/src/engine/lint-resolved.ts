/**
 * Linting a parsed document with a resolved configuration: the engine's
 * entry for tools that lint many documents. Kept apart from the Effect
 * entry points of `lint.ts` so that it loads without the Effect runtime.
 *
 * @since 0.1.0
 */
import type { Document } from "@cchc/core"
import { isoDay } from "../internal/calendar.js"
import { rulesFor, type LintOptions, type ResolvedConfig } from "../config/resolved-config.js"
import type { LintResult } from "./lint-result.js"
import { runRules } from "./run-rules.js"

/**
 * Today's date as `YYYY-MM-DD` in local time.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { currentDate } from "@cchc/rules"
 * /^\d{4}-\d{2}-\d{2}$/.test(currentDate()) // true
 * ```
 */
export const currentDate = (): string => {
  const now = new Date()
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

/**
 * Lints a parsed document with a configuration already resolved by
 * {@link resolveConfig}: the fast path for linting many documents.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { parseDocument } from "@cchc/core"
 * import { lintResolved, resolveConfig } from "@cchc/rules"
 * const config = Result.getOrThrow(resolveConfig({ extends: "recommended" }))
 * const text = "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nCông tác"
 * lintResolved(parseDocument(text), text, config).diagnostics.length > 0 // true
 * ```
 */
export const lintResolved = (
  document: Document,
  text: string,
  config: ResolvedConfig,
  options: LintOptions = {}
): LintResult => {
  const { active, off, regime } = rulesFor(config, document.kind, options)
  return runRules({ document, text, rules: active, off, regime, today: config.today ?? currentDate() })
}
