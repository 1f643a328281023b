/**
 * The public entry points: lint a text or an already parsed document,
 * as plain functions and as Effects.
 *
 * @since 0.1.0
 */
import { parseDocument, type Document } from "@cchc/core"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import type { ConfigError } from "../config/config-error.js"
import type { LintConfig } from "../config/lint-config.js"
import { resolveConfig, type LintOptions, type ResolvedConfig } from "../config/resolve-config.js"
import type { Rule } from "../rule.js"
import { checkLintDocument, checkLintText, type LintInputError } from "./lint-input-error.js"
import type { LintResult } from "./lint-result.js"
import { lintResolved } from "./lint-resolved.js"

export { currentDate, lintResolved } from "./lint-resolved.js"

/**
 * Lints an already parsed document. `text` must be the text it was parsed
 * from (spans and fixes point into it). Throws the {@link ConfigError} of
 * an invalid configuration, and a {@link LintInputError} when `document`
 * or `text` is not what it should be; see {@link lintDocumentEffect} for
 * a typed failure instead.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { lintDocument } from "@cchc/rules"
 * const text = "Số: 05/BC-UBND"
 * lintDocument(parseDocument(text), text).document.number?.sequence // "05"
 * ```
 */
export const lintDocument = (
  document: Document,
  text: string,
  config?: LintConfig,
  options?: LintOptions
): LintResult => {
  const wrong = checkLintDocument(document) ?? checkLintText(text)
  if (wrong !== null) throw wrong
  return lintResolved(document, text, Result.getOrThrow(resolveOnce(config, options?.rules)), options)
}

interface Resolution {
  readonly json: string
  readonly resolved: ResolvedConfig
}

// Resolving a configuration (decoding it, merging its presets) cost about
// a tenth of the lint of a short document, and tools lint many texts with
// one configuration: each configuration object is resolved once per rule
// list, and again only if its JSON form changed since (it was edited in
// place).
const RESOLUTIONS = new WeakMap<object, Map<ReadonlyArray<Rule<any>> | undefined, Resolution>>()
const NO_CONFIG = {}
// Rule lists remembered per configuration: a caller that builds a new list
// for every call is not kept from it by the memory it would take.
const RULE_LISTS_MAX = 8

const resolveOnce = (
  config: LintConfig | undefined,
  rules: ReadonlyArray<Rule<any>> | undefined
): Result.Result<ResolvedConfig, ConfigError> => {
  const key: unknown = config ?? NO_CONFIG
  const json = typeof key === "object" && key !== null ? jsonOf(key) : null
  if (json === null) return resolveConfig(config, rules)
  let byRules = RESOLUTIONS.get(key as object)
  const known = byRules?.get(rules)
  if (known !== undefined && known.json === json) return Result.succeed(known.resolved)
  const result = resolveConfig(config, rules)
  if (Result.isSuccess(result)) {
    if (byRules === undefined) {
      byRules = new Map()
      RESOLUTIONS.set(key as object, byRules)
    }
    if (byRules.size >= RULE_LISTS_MAX) byRules.clear()
    byRules.set(rules, { json, resolved: result.success })
  }
  return result
}

const jsonOf = (value: object): string | null => {
  try {
    return JSON.stringify(value) ?? null
  } catch {
    return null
  }
}

/**
 * Parses and lints a text. Throws the {@link ConfigError} of an invalid
 * configuration, and a {@link LintInputError} when `text` is not a
 * string; see {@link lintEffect} for a typed failure instead.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import { lint } from "@cchc/rules"
 * const result = lint("Quảng Ngãi, ngày 05 tháng 03 năm 2020", { today: "2024-01-01" })
 * result.diagnostics.some((d) => d.ruleId === "place-date" && d.messageId === "monthPadded") // true
 * ```
 */
export const lint = (text: string, config?: LintConfig, options?: LintOptions): LintResult => {
  const wrong = checkLintText(text)
  if (wrong !== null) throw wrong
  return lintDocument(parseDocument(text), text, config, options)
}

/**
 * {@link lintDocument} as an Effect that fails with a {@link ConfigError} or a
 * {@link LintInputError}.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * import { parseDocument } from "@cchc/core"
 * import { lintDocumentEffect } from "@cchc/rules"
 * const text = "Số: 05/BC-UBND"
 * Effect.runSync(lintDocumentEffect(parseDocument(text), text)).skipped.length > 0 // true
 * ```
 */
export const lintDocumentEffect = (
  document: Document,
  text: string,
  config?: LintConfig,
  options?: LintOptions
): Effect.Effect<LintResult, ConfigError | LintInputError> => {
  const wrong = checkLintDocument(document) ?? checkLintText(text)
  if (wrong !== null) return Effect.fail(wrong)
  return Effect.map(Effect.fromResult(resolveOnce(config, options?.rules)), (resolved) =>
    lintResolved(document, text, resolved, options)
  )
}

/**
 * {@link lint} as an Effect that fails with a {@link ConfigError} or a
 * {@link LintInputError}.
 *
 * @since 0.1.0
 * @category engine
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * import { lintEffect } from "@cchc/rules"
 * const failed = Effect.runSync(Effect.flip(lintEffect("…", { rules: { "nope": "error" } })))
 * failed._tag // "ConfigError"
 * ```
 */
export const lintEffect = (
  text: string,
  config?: LintConfig,
  options?: LintOptions
): Effect.Effect<LintResult, ConfigError | LintInputError> => {
  const wrong = checkLintText(text)
  if (wrong !== null) return Effect.fail(wrong)
  return Effect.flatMap(Effect.fromResult(resolveOnce(config, options?.rules)), (resolved) =>
    Effect.sync(() => lintResolved(parseDocument(text), text, resolved, options))
  )
}
