/**
 * `@cchc/rules`: the rule engine and the Nghị định 30/2020 / CCHC rule pack
 * for Vietnamese administrative documents.
 *
 * @since 0.1.0
 */
export * from "./diagnostic.js"
export * from "./rule.js"

export * from "./config/lint-config.js"
export * from "./config/config-error.js"
export * from "./config/validate-options.js"
export * from "./config/presets.js"
export * from "./config/resolve-config.js"

export * from "./engine/lint-result.js"
export {
  runRules,
  NOT_A_DOCUMENT,
  LEGACY_ENCODING,
  type ActiveRule,
  type RunInput
} from "./engine/run-rules.js"
export * from "./engine/lint.js"

export * from "./fix/apply-fixes.js"

export { ALL_RULES } from "./rules/index.js"

export * from "./testing/rule-case.js"
export * from "./testing/make-rule-tester.js"
export * from "./cross-file.js"
