/**
 * Folding layers of rule settings (presets, extended files, the file's own
 * rules, `--rule`) into one, with the meaning the rule engine gives to
 * applying them one after another.
 *
 * @since 0.1.0
 */
import type { RuleSetting, RuleSettings } from "@cchc/rules"

/**
 * The single setting equivalent to applying `earlier`, then `later`: a
 * severity replaces the severity and keeps the options; options are merged
 * key by key.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { mergeRuleSetting } from "@cchc/cli"
 * mergeRuleSetting({ severity: "error", options: { a: 1 } }, "warning") // { severity: "warning", options: { a: 1 } }
 * mergeRuleSetting("warning", { options: { b: 2 } }) // { severity: "warning", options: { b: 2 } }
 * ```
 */
export const mergeRuleSetting = (earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting => {
  if (earlier === undefined) return later
  const severity = typeof earlier === "string" ? earlier : earlier.severity
  const options = typeof earlier === "string" ? undefined : earlier.options
  if (typeof later === "string") return options === undefined ? later : { severity: later, options }
  const mergedOptions =
    options === undefined && later.options === undefined ? undefined : { ...options, ...later.options }
  // Options alone switch an `off` rule on at its default severity: keep that meaning.
  const mergedSeverity = later.severity ?? (severity === "off" ? undefined : severity)
  return {
    ...(mergedSeverity === undefined ? {} : { severity: mergedSeverity }),
    ...(mergedOptions === undefined ? {} : { options: mergedOptions })
  }
}

/**
 * Folds layers of rule settings, earliest first.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { mergeRuleSettings } from "@cchc/cli"
 * mergeRuleSettings([{ "end-mark": "error" }, { "end-mark": "off" }]) // { "end-mark": "off" }
 * ```
 */
export const mergeRuleSettings = (layers: ReadonlyArray<RuleSettings>): RuleSettings => {
  const out: Record<string, RuleSetting> = {}
  for (const layer of layers)
    for (const [id, setting] of Object.entries(layer)) out[id] = mergeRuleSetting(out[id], setting)
  return out
}
