/**
 * Turning a lint configuration into per-document rule settings: the part
 * of {@link resolveConfig} that runs after decoding, and {@link rulesFor}.
 * Kept apart from the decoding so that a tool which validated its
 * configuration itself (the `cchc` command) can lint without loading
 * Effect Schema, about 0.2 s of start-up.
 *
 * @since 0.1.0
 */
import { isoDate, type DocumentKind, type RegimeKindName } from "@cchc/core"
import * as Result from "effect/Result"
import type { Severity } from "../diagnostic.js"
import type { ActiveRule } from "../engine/run-rules.js"
import { kindMatches } from "../internal/kind.js"
import type { Rule } from "../rule.js"
import { ALL_RULES } from "../rules/index.js"
import { ConfigError, type ConfigIssue } from "./config-error.js"
import type { ConfiguredSeverity, LintConfig, PresetName, RuleSettings } from "./lint-config.js"
import { buildPresets, PRESETS } from "./presets.js"
import { validateOptions } from "./validate-options.js"
import { perObject } from "../internal/per-object.js"
import { didYouMean } from "./did-you-mean.js"

/**
 * One rule's setting after presets, `rules` and overrides were merged.
 *
 * @since 0.1.0
 * @category config
 */
export interface RuleState {
  readonly severity: ConfiguredSeverity
  readonly options: Readonly<Record<string, unknown>>
}

/**
 * A validated configuration, ready to lint many documents.
 *
 * @since 0.1.0
 * @category config
 */
export interface ResolvedConfig {
  readonly rules: ReadonlyArray<Rule<any>>
  readonly base: ReadonlyMap<string, RuleState>
  readonly overrides: ReadonlyArray<{
    readonly kinds: ReadonlyArray<string> | null
    readonly files: ReadonlyArray<string> | null
    readonly regime: RegimeKindName | null
    readonly rules: RuleSettings
  }>
  /** `config.today`, or `null` for the current date. */
  readonly today: string | null
  /** `config.regime`, or `null` to use the regime the parser recognises. */
  readonly regime: RegimeKindName | null
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const applySettings = (
  states: Map<string, RuleState>,
  settings: RuleSettings,
  byId: ReadonlyMap<string, Rule<any>>
): void => {
  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id)
    if (rule === undefined) continue
    const previous = states.get(id) ?? {
      severity: "off" as const,
      options: isRecord(rule.meta.defaultOptions) ? rule.meta.defaultOptions : {}
    }
    if (typeof setting === "string") {
      states.set(id, { ...previous, severity: setting })
    } else {
      // A setting with options but no severity switches the rule on at the
      // severity it already had, or at its preset severity.
      const severity =
        setting.severity ?? (previous.severity === "off" ? defaultSeverity(rule) : previous.severity)
      states.set(id, { severity, options: { ...previous.options, ...(setting.options ?? {}) } })
    }
  }
}

const defaultSeverity = (rule: Rule<any>): Severity =>
  rule.meta.presets.recommended ?? rule.meta.presets.strict ?? "warning"

const checkSettings = (
  settings: RuleSettings,
  path: string,
  byId: ReadonlyMap<string, Rule<any>>,
  issues: Array<ConfigIssue>
): void => {
  for (const [id, setting] of Object.entries(settings)) {
    const rule = byId.get(id)
    if (rule === undefined) {
      issues.push({ path: `${path}.${id}`, message: `unknown rule id '${id}'${didYouMean(id, byId.keys())}` })
      continue
    }
    if (typeof setting !== "string" && setting.options !== undefined) {
      const merged = {
        ...(isRecord(rule.meta.defaultOptions) ? rule.meta.defaultOptions : {}),
        ...setting.options
      }
      issues.push(...validateOptions(merged, rule.meta.optionsSchema, `${path}.${id}.options`))
    }
  }
}

/**
 * {@link resolveConfig} for a value already typed as a {@link LintConfig}
 * (decoded, or built and checked by the caller): the same checks of rule
 * ids, options and `today`, and the same merging, without decoding the
 * value with Effect Schema first.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { resolveLintConfig } from "@cchc/rules"
 * Result.isSuccess(resolveLintConfig({ extends: "strict", rules: { "end-mark": "off" } })) // true
 * Result.isFailure(resolveLintConfig({ rules: { "no-such-rule": "error" } })) // true
 * ```
 */
export const resolveLintConfig = (
  value: LintConfig,
  rules: ReadonlyArray<Rule<any>> = ALL_RULES
): Result.Result<ResolvedConfig, ConfigError> => {
  const byId = new Map(rules.map((r) => [r.meta.id, r] as const))
  const issues: Array<ConfigIssue> = []
  if (value.rules) checkSettings(value.rules, "rules", byId, issues)
  value.overrides?.forEach((o, i) => {
    if (o.rules) checkSettings(o.rules, `overrides[${i}].rules`, byId, issues)
    if (o.kinds === undefined && o.files === undefined)
      issues.push({ path: `overrides[${i}]`, message: "an override needs 'kinds' or 'files'" })
  })
  if (value.today !== undefined) {
    const [y, m, d] = value.today.split("-").map(Number)
    if (isoDate(y!, m!, d!) === null)
      issues.push({ path: "today", message: `'${value.today}' is not a calendar date` })
  }
  if (issues.length > 0) return Result.fail(new ConfigError({ issues }))

  const presets = rules === ALL_RULES ? PRESETS : buildPresets(rules)
  const names: ReadonlyArray<PresetName> =
    value.extends === undefined
      ? ["recommended"]
      : typeof value.extends === "string"
        ? [value.extends]
        : value.extends
  const base = new Map<string, RuleState>()
  for (const name of names) applySettings(base, presets[name], byId)
  if (value.rules) applySettings(base, value.rules, byId)
  return Result.succeed({
    rules,
    base,
    overrides: (value.overrides ?? []).map((o) => ({
      kinds: o.kinds ?? null,
      files: o.files ?? null,
      regime: o.regime ?? null,
      rules: o.rules ?? {}
    })),
    today: value.today ?? null,
    regime: value.regime ?? null
  })
}

/**
 * Options of a lint run that are about the input, not the rules.
 *
 * @since 0.1.0
 * @category config
 */
export interface LintOptions {
  /**
   * Whether the file being linted matches one of an override's `files`
   * globs. Tools that lint files pass it; without it, overrides that name
   * `files` do not apply.
   */
  readonly matchFiles?: (globs: ReadonlyArray<string>) => boolean
  /**
   * The rules the configuration may name, by default {@link ALL_RULES}:
   * pass `[...ALL_RULES, myRule]` to lint with rules of your own.
   */
  readonly rules?: ReadonlyArray<Rule<any>>
}

/**
 * The rules to run on a document of `kind`, the ids turned off, and the
 * regime forced on it (`config.regime`, or the last matching override's
 * `regime`), `null` when none is.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { resolveConfig, rulesFor } from "@cchc/rules"
 * const config = Result.getOrThrow(resolveConfig({ overrides: [{ kinds: ["BC"], rules: { "end-mark": "off" } }] }))
 * rulesFor(config, { name: "Báo cáo", code: "BC" }).off.includes("end-mark") // true
 * ```
 */
export const rulesFor = (
  config: ResolvedConfig,
  kind: DocumentKind | null,
  options: LintOptions = {}
): RulesForDocument => {
  // Without overrides on file names, the rules depend on the kind alone:
  // remembered per configuration and kind, as a tool lints many documents
  // with one configuration and merging the settings again for each was a
  // measurable part of a lint.
  if (config.overrides.some((o) => o.files !== null)) return mergeRulesFor(config, kind, options)
  const byKind = rulesByKind(config)
  const key = config.overrides.length === 0 || kind === null ? "" : JSON.stringify([kind.code, kind.name])
  let found = byKind.get(key)
  if (found === undefined) {
    found = mergeRulesFor(config, kind, options)
    byKind.set(key, found)
  }
  return found
}

/**
 * What {@link rulesFor} returns.
 *
 * @since 0.2.0
 * @category config
 */
export interface RulesForDocument {
  readonly active: ReadonlyArray<ActiveRule>
  readonly off: ReadonlyArray<string>
  readonly regime: RegimeKindName | null
}

const rulesByKind = perObject((_: ResolvedConfig) => new Map<string, RulesForDocument>())

const mergeRulesFor = (
  config: ResolvedConfig,
  kind: DocumentKind | null,
  options: LintOptions
): RulesForDocument => {
  const byId = new Map(config.rules.map((r) => [r.meta.id, r] as const))
  const states = new Map(config.base)
  let regime = config.regime
  for (const o of config.overrides) {
    if (o.kinds !== null && !kindMatches(kind, o.kinds)) continue
    if (o.files !== null && !(options.matchFiles?.(o.files) ?? false)) continue
    applySettings(states, o.rules, byId)
    if (o.regime !== null) regime = o.regime
  }
  const active: Array<ActiveRule> = []
  const off: Array<string> = []
  for (const rule of config.rules) {
    const state = states.get(rule.meta.id)
    if (state === undefined || state.severity === "off") off.push(rule.meta.id)
    else active.push({ rule, severity: state.severity, options: state.options })
  }
  return { active, off, regime }
}
