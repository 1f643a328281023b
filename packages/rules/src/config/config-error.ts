/**
 * The typed failure of {@link resolveConfig}.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"

/**
 * One problem of a configuration: where (`rules.document-number`) and what.
 *
 * @since 0.1.0
 * @category config
 */
export interface ConfigIssue {
  readonly path: string
  readonly message: string
}

/**
 * A configuration that cannot be used: unknown rule ids, bad severities,
 * options that do not match a rule's schema, a malformed `today`. Every
 * problem found is listed, not only the first.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { ConfigError } from "@cchc/rules"
 * const error = new ConfigError({ issues: [{ path: "rules.foo", message: "unknown rule id" }] })
 * error.message // "invalid lint configuration: rules.foo: unknown rule id"
 * ```
 */
export class ConfigError extends Data.TaggedError("ConfigError")<{
  readonly issues: ReadonlyArray<ConfigIssue>
}> {
  override get message(): string {
    return `invalid lint configuration: ${this.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`
  }
}
