/**
 * `@cchc/rules`: the rule engine and the Nghị định 30/2020 / CCHC rule pack
 * for Vietnamese administrative documents.
 *
 * @since 0.1.0
 */
// Everything of the lighter entry, then what needs Effect Schema: the
// diagnostic and configuration schemas and the decoding entry points.
export * from "./engine.js"

export * from "./diagnostic.js"
export * from "./config/lint-config.js"
export * from "./config/resolve-config.js"
export * from "./config/plain-config.js"
export * from "./engine/lint-result.js"
export * from "./engine/lint.js"

export * from "./testing/rule-case.js"
export * from "./testing/formatted-example.js"
export * from "./testing/make-rule-tester.js"
