/**
 * The configuration of a lint run, as an Effect schema: the single source
 * of the `LintConfig` type and of the JSON Schema of `cchc.config.json`.
 *
 * @since 0.1.0
 */
import { REGIME_KINDS } from "@cchc/core"
import * as Schema from "effect/Schema"
import { ALL_RULES } from "../rules/index.js"

/**
 * A severity as configured: `off` turns the rule off.
 *
 * @since 0.1.0
 * @category config
 */
export const ConfiguredSeverity = Schema.Literals(["error", "warning", "info", "off"])

/** @since 0.1.0 @category config */
export type ConfiguredSeverity = typeof ConfiguredSeverity.Type

/**
 * The name of a built-in preset: `recommended`, `strict`, `all`, or a
 * regime's own rule set (`party`, the Party rules of Hướng dẫn
 * 36-HD/VPTW), which only runs on documents of that regime.
 *
 * @since 0.1.0
 * @category config
 */
export const PresetName = Schema.Literals(["recommended", "strict", "all", "party"])

/** @since 0.1.0 @category config */
export type PresetName = typeof PresetName.Type

/**
 * How one rule is set: a severity (`"warning"`), or a severity with
 * options (`{ "severity": "error", "options": { "templates": … } }`).
 * Options are merged over the rule's defaults, key by key.
 *
 * @since 0.1.0
 * @category config
 */
export const RuleSetting = Schema.Union([
  ConfiguredSeverity,
  Schema.Struct({
    severity: Schema.optionalKey(ConfiguredSeverity),
    options: Schema.optionalKey(Schema.Record(Schema.String, Schema.Unknown))
  })
]).annotate({ identifier: "RuleSetting" })

/** @since 0.1.0 @category config */
export type RuleSetting = typeof RuleSetting.Type

/**
 * Rule settings keyed by rule id.
 *
 * @since 0.1.0
 * @category config
 */
export const RuleSettings = Schema.Record(Schema.String, RuleSetting).annotate({ identifier: "RuleSettings" })

/** @since 0.1.0 @category config */
export type RuleSettings = typeof RuleSettings.Type

/**
 * A regime a configuration can force on documents (`"party"`), instead of
 * the one the parser recognises: one of `REGIME_KINDS` of `@cchc/core`.
 *
 * @since 0.2.0
 * @category config
 */
export const ConfiguredRegime = Schema.Literals(REGIME_KINDS)

/** @since 0.2.0 @category config */
export type ConfiguredRegime = typeof ConfiguredRegime.Type

/**
 * Settings that apply to some documents only: those of the listed kinds
 * (type code `BC` or name `Báo cáo`; `Công văn` for letters) and/or, for
 * tools that lint files, those whose path matches one of `files` (globs
 * matched by the caller, see `LintOptions.matchFiles`). `regime` forces
 * the regime of those documents; `rules` changes their rule settings.
 *
 * @since 0.1.0
 * @category config
 */
export const ConfigOverride = Schema.Struct({
  kinds: Schema.optionalKey(Schema.Array(Schema.String)),
  files: Schema.optionalKey(Schema.Array(Schema.String)),
  regime: Schema.optionalKey(ConfiguredRegime),
  rules: Schema.optionalKey(RuleSettings)
}).annotate({ identifier: "ConfigOverride" })

/** @since 0.1.0 @category config */
export type ConfigOverride = typeof ConfigOverride.Type

/**
 * A lint configuration. `extends` defaults to `"recommended"`; write
 * `"extends": []` to start from no rule at all. `today` (`YYYY-MM-DD`)
 * replaces the current date for the rules that compare dates with today.
 * `regime` forces the regime of every document (see {@link ConfiguredRegime}).
 *
 * @since 0.1.0
 * @category config
 */
export const LintConfigSchema = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String),
  extends: Schema.optionalKey(Schema.Union([PresetName, Schema.Array(PresetName)])),
  rules: Schema.optionalKey(RuleSettings),
  overrides: Schema.optionalKey(Schema.Array(ConfigOverride)),
  regime: Schema.optionalKey(ConfiguredRegime),
  today: Schema.optionalKey(Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/)))
}).annotate({
  identifier: "LintConfig",
  title: "cchc lint configuration",
  description:
    "Rule severities and options, presets and per-kind overrides for the Nghị định 30/2020 rule pack."
})

/** @since 0.1.0 @category config */
export type LintConfig = typeof LintConfigSchema.Type

/**
 * The JSON Schema (draft 2020-12) of a configuration file, for editors and
 * for the `$schema` of `cchc.config.json`. Rule ids are listed, so that an
 * editor flags a misspelt one.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { lintConfigJsonSchema } from "@cchc/rules"
 * const schema = lintConfigJsonSchema()
 * schema.$schema // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export const lintConfigJsonSchema = (
  ruleIds: ReadonlyArray<string> = ALL_RULES.map((r) => r.meta.id)
): Record<string, unknown> => {
  const generated = Schema.toJsonSchemaDocument(LintConfigSchema)
  const defs = generated.definitions as Record<string, Record<string, unknown>>
  const settings = defs["RuleSettings"]
  const config = defs["LintConfig"]
  const withIds =
    settings === undefined ? {} : { RuleSettings: { ...settings, propertyNames: { enum: [...ruleIds] } } }
  // The pattern check of `today` has no JSON Schema form of its own: add it.
  const properties = (config?.["properties"] ?? {}) as Record<string, Record<string, unknown>>
  const withToday =
    config === undefined
      ? {}
      : {
          LintConfig: {
            ...config,
            properties: {
              ...properties,
              today: {
                type: "string",
                pattern: "^\\d{4}-\\d{2}-\\d{2}$",
                description: "ISO date used as today by date rules"
              }
            }
          }
        }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "cchc lint configuration (cchc.config.json)",
    ...generated.schema,
    $defs: { ...defs, ...withIds, ...withToday }
  }
}
