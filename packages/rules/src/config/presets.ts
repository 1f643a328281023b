/**
 * The built-in presets, derived from each rule's `meta.presets` so that a
 * rule's metadata is the only place its default severity is written.
 *
 * @since 0.1.0
 */
import type { Severity } from "../diagnostic.js"
import type { Rule } from "../rule.js"
import { ALL_RULES } from "../rules/index.js"
import type { PresetName } from "./lint-config.js"

/**
 * A preset: a severity for each rule it enables.
 *
 * @since 0.1.0
 * @category config
 */
export type Preset = Readonly<Record<string, Severity>>

/**
 * Builds the three presets from rule metadata:
 * - `recommended`: the rules whose `meta.presets.recommended` is set;
 * - `strict`: `recommended` plus the rules with `meta.presets.strict`, at that severity;
 * - `all`: every rule, at its strict or recommended severity, else `info`;
 * - `party`: the rules whose `meta.presets.party` is set, the Party rule set.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { buildPresets, ALL_RULES } from "@cchc/rules"
 * buildPresets(ALL_RULES).recommended["national-header"] // "error"
 * ```
 */
export const buildPresets = (rules: ReadonlyArray<Rule<any>>): Readonly<Record<PresetName, Preset>> => {
  const recommended: Record<string, Severity> = {}
  const strict: Record<string, Severity> = {}
  const all: Record<string, Severity> = {}
  const party: Record<string, Severity> = {}
  for (const { meta } of rules) {
    if (meta.presets.party) party[meta.id] = meta.presets.party
    if (meta.presets.recommended) recommended[meta.id] = meta.presets.recommended
    const strictSeverity = meta.presets.strict ?? meta.presets.recommended
    if (strictSeverity) strict[meta.id] = strictSeverity
    all[meta.id] = strictSeverity ?? meta.presets.party ?? "info"
  }
  return { recommended, strict, all, party }
}

/**
 * The presets of the built-in rule pack.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { PRESETS } from "@cchc/rules"
 * Object.keys(PRESETS.all).length >= Object.keys(PRESETS.recommended).length // true
 * ```
 */
export const PRESETS: Readonly<Record<PresetName, Preset>> = buildPresets(ALL_RULES)
