/**
 * `@cchc/rules/engine`: the rule pack and the engine, without the Effect
 * schemas of the diagnostics and the configuration. Everything here is also
 * exported by `@cchc/rules`; this entry exists for tools that lint many
 * documents and validate their configuration themselves, such as the
 * `cchc` command: loading Effect Schema costs about 0.2 s at start-up, and
 * linting never decodes. Pass {@link resolveLintConfig} a typed
 * configuration; `resolveConfig`, which decodes any JSON value, is in
 * `@cchc/rules`.
 *
 * @since 0.1.0
 */
export * from "./rule.js"
export { ALL_RULES } from "./rules/index.js"

export * from "./config/config-error.js"
export * from "./config/did-you-mean.js"
export * from "./config/validate-options.js"
export * from "./config/presets.js"
export * from "./config/resolved-config.js"

export {
  runRules,
  NOT_A_DOCUMENT,
  LEGACY_ENCODING,
  type ActiveRule,
  type RunInput
} from "./engine/run-rules.js"
export * from "./engine/lint-resolved.js"
export * from "./engine/lint-input-error.js"
export * from "./engine/verbatim-ranges.js"
export * from "./engine/document-parts.js"

export * from "./fix/apply-fixes.js"
export * from "./fix/fix-until-stable.js"

export * from "./cross-file.js"

// The types of the schemas, without the schemas.
export type { Diagnostic, Fix, FixTier, Severity, TextEdit } from "./diagnostic.js"
export type {
  ConfigOverride,
  ConfiguredSeverity,
  LintConfig,
  PresetName,
  RuleSetting,
  RuleSettings
} from "./config/lint-config.js"
export type { LintResult, SkipKind, SkippedRule } from "./engine/lint-result.js"
