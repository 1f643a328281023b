/**
 * The version of the `cchc` command, read from its package at build time.
 *
 * @since 0.1.0
 */
import packageJson from "../package.json" with { type: "json" }

/**
 * The `@cchc/cli` version, printed by `cchc --version` and written into
 * SARIF logs and cache keys.
 *
 * @since 0.1.0
 * @category meta
 * @example
 * ```ts
 * import { VERSION } from "@cchc/cli"
 * /^\d+\.\d+\.\d+/.test(VERSION) // true
 * ```
 */
export const VERSION: string = packageJson.version
