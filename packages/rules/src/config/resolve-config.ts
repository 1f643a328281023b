/**
 * Decoding a user's configuration (any JSON value) and turning it into
 * per-document rule settings, with a typed error for everything that
 * cannot be used.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { Rule } from "../rule.js"
import { ALL_RULES } from "../rules/index.js"
import { ConfigError, type ConfigIssue } from "./config-error.js"
import { LintConfigSchema } from "./lint-config.js"
import { plainConfig } from "./plain-config.js"
import { resolveLintConfig, type ResolvedConfig } from "./resolved-config.js"

export * from "./resolved-config.js"

const formatSchemaError = (error: Schema.SchemaError): Array<ConfigIssue> => [
  { path: "config", message: error.message }
]

/**
 * Validates a configuration (any JSON value) and merges its presets:
 * unknown rule ids, bad severities, options that do not fit a rule's
 * `optionsSchema`, a malformed `today`, keys the schema does not know
 * (with the closest known one), and a value that cannot be read as JSON
 * data (a getter that throws, a Proxy, a cycle, nesting deeper than 64
 * levels) all come back as one {@link ConfigError} listing every issue.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { resolveConfig } from "@cchc/rules"
 * Result.isSuccess(resolveConfig({ extends: "strict", rules: { "end-mark": "off" } })) // true
 * Result.isFailure(resolveConfig({ rules: { "no-such-rule": "error" } })) // true
 * Result.isFailure(resolveConfig({ rulez: {} })) // true: unknown key 'rulez' (did you mean 'rules'?)
 * ```
 */
export const resolveConfig = (
  config: unknown = {},
  rules: ReadonlyArray<Rule<any>> = ALL_RULES
): Result.Result<ResolvedConfig, ConfigError> => {
  const plain = plainConfig(config ?? {})
  if (plain.issues.length > 0) return Result.fail(new ConfigError({ issues: plain.issues }))
  const decoded = Schema.decodeUnknownResult(LintConfigSchema)(plain.value)
  if (Result.isFailure(decoded))
    return Result.fail(new ConfigError({ issues: formatSchemaError(decoded.failure) }))
  return resolveLintConfig(decoded.success, rules)
}
