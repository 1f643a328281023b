/**
 * The version of the `cchc` command, read from its package at build time.
 *
 * @since 0.1.0
 */
import { createRequire } from "node:module"
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

/**
 * The `@cchc/rules` version the command runs, which pins the links to the
 * rule pages shipped inside that package.
 *
 * @since 0.1.0
 * @category meta
 * @example
 * ```ts
 * import { rulesVersion } from "@cchc/cli"
 * /^\d+\.\d+\.\d+/.test(rulesVersion()) // true
 * ```
 */
export const rulesVersion = (): string =>
  (createRequire(import.meta.url)("@cchc/rules/package.json") as { version: string }).version
