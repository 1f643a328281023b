/**
 * The content of one `cchc.config.json` (or `.cchcrc.json`) and its
 * validation. The file is the lint configuration of `@cchc/rules`
 * (`extends`, `rules`, `overrides`, `regime`, `today`) plus what only a tool that
 * reads files needs: `extends` may name other files, and `ignores` lists
 * globs of files not to lint.
 *
 * @since 0.1.0
 */
import { isRegimeKind, REGIME_KINDS, type RegimeKindName } from "@cchc/core"
import type { ConfigOverride, RuleSettings } from "@cchc/rules"
import { didYouMean } from "@cchc/rules"
import { childPath } from "./json-source.js"

/**
 * One problem of a configuration file: the path of the offending member
 * (`rules.end-mark`) and what is wrong with it.
 *
 * @since 0.1.0
 * @category config
 */
export interface ConfigFileIssue {
  readonly path: string
  readonly message: string
}

/**
 * A validated configuration file, as written (globs still relative to
 * the file's folder).
 *
 * @since 0.1.0
 * @category config
 */
export interface ConfigFileContent {
  /** Preset names and files, in order; `["recommended"]` when the key is absent. */
  readonly extends: ReadonlyArray<string>
  readonly rules: RuleSettings
  readonly overrides: ReadonlyArray<ConfigOverride>
  readonly ignores: ReadonlyArray<string>
  readonly today: string | null
  /** The regime forced on every document, or `null` to use the one recognised. */
  readonly regime: RegimeKindName | null
  /**
   * `root: true`: the search for a configuration ends at this file's
   * folder; no configuration above it governs a file below it.
   */
  readonly root: boolean
}

/**
 * The names of the configuration file, looked for in this order.
 *
 * @since 0.1.0
 * @category config
 */
export const CONFIG_FILE_NAMES: ReadonlyArray<string> = ["cchc.config.json", ".cchcrc.json"]

/**
 * The keys a configuration file may have.
 *
 * @since 0.1.0
 * @category config
 */
export const CONFIG_KEYS: ReadonlyArray<string> = [
  "$schema",
  "root",
  "extends",
  "rules",
  "overrides",
  "regime",
  "ignores",
  "today"
]

/**
 * The severities a rule may be set to.
 *
 * @since 0.1.0
 * @category config
 */
export const CONFIGURED_SEVERITIES: ReadonlyArray<string> = ["off", "info", "warning", "error"]

const PRESET_NAMES: ReadonlyArray<string> = ["recommended", "strict", "all", "party"]
const OVERRIDE_KEYS: ReadonlyArray<string> = ["kinds", "files", "regime", "rules"]

const checkRegime = (value: unknown, path: string, issues: Array<ConfigFileIssue>): RegimeKindName | null => {
  if (typeof value === "string" && isRegimeKind(value)) return value
  issues.push({
    path,
    message: `${JSON.stringify(value)} is not a regime${typeof value === "string" ? didYouMean(value, REGIME_KINDS) : ""}; use ${REGIME_KINDS.join(", ")}`
  })
  return null
}
const SETTING_KEYS: ReadonlyArray<string> = ["severity", "options"]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const typeName = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`

/**
 * Whether an `extends` entry names a file rather than a preset.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { isConfigFileReference } from "@cchc/cli"
 * isConfigFileReference("./base.json") // true
 * isConfigFileReference("strict") // false
 * ```
 */
export const isConfigFileReference = (entry: string): boolean =>
  entry.startsWith("./") ||
  entry.startsWith("../") ||
  entry.startsWith("/") ||
  /^[A-Za-z]:[\\/]/.test(entry) ||
  entry.endsWith(".json")

/**
 * Why `value` is not a severity, with a hint for the ESLint spellings
 * (`warn`, `0`–`2`), or `null` when it is one.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { severityProblem } from "@cchc/cli"
 * severityProblem("warn") // "'warn' is not a severity (did you mean 'warning'?); use off, info, warning or error"
 * severityProblem("error") // null
 * ```
 */
export const severityProblem = (value: unknown): string | null => {
  if (typeof value === "string" && CONFIGURED_SEVERITIES.includes(value)) return null
  const eslint: Record<string, string> = { warn: "warning", "0": "off", "1": "warning", "2": "error" }
  const hint = eslint[String(value)]
  const shown = typeof value === "string" ? `'${value}'` : (JSON.stringify(value) ?? typeName(value))
  return `${shown} is not a severity${hint === undefined ? (typeof value === "string" ? didYouMean(value, CONFIGURED_SEVERITIES) : "") : ` (did you mean '${hint}'?)`}; use off, info, warning or error`
}

const checkStrings = (
  value: unknown,
  path: string,
  issues: Array<ConfigFileIssue>
): ReadonlyArray<string> => {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `must be an array of strings, not ${typeName(value)}` })
    return []
  }
  value.forEach((item, i) => {
    if (typeof item !== "string" || item.trim() === "")
      issues.push({ path: childPath(path, i), message: "must be a non-empty string" })
  })
  return value.filter((item): item is string => typeof item === "string")
}

const checkUnknownKeys = (
  value: Record<string, unknown>,
  known: ReadonlyArray<string>,
  path: string,
  issues: Array<ConfigFileIssue>
): void => {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      issues.push({
        path: childPath(path, key),
        message: `unknown key '${key}'${didYouMean(key, known)}; allowed: ${known.join(", ")}`
      })
    }
  }
}

const checkRules = (
  value: unknown,
  path: string,
  ruleIds: ReadonlySet<string>,
  issues: Array<ConfigFileIssue>
): RuleSettings => {
  if (!isRecord(value)) {
    issues.push({ path, message: `must be an object of rule id to severity, not ${typeName(value)}` })
    return {}
  }
  for (const [id, setting] of Object.entries(value)) {
    const at = childPath(path, id)
    if (!ruleIds.has(id)) {
      issues.push({
        path: at,
        message: `unknown rule '${id}'${didYouMean(id, ruleIds)}; 'cchc rules' lists them`
      })
      continue
    }
    if (isRecord(setting)) {
      checkUnknownKeys(setting, SETTING_KEYS, at, issues)
      if (setting["severity"] !== undefined) {
        const problem = severityProblem(setting["severity"])
        if (problem !== null) issues.push({ path: childPath(at, "severity"), message: problem })
      }
      if (setting["options"] !== undefined && !isRecord(setting["options"])) {
        issues.push({
          path: childPath(at, "options"),
          message: `must be an object, not ${typeName(setting["options"])}`
        })
      }
    } else {
      const problem = severityProblem(setting)
      if (problem !== null)
        issues.push({ path: at, message: `${problem}, or { "severity": …, "options": { … } }` })
    }
  }
  return value as RuleSettings
}

/**
 * Checks the shape of a configuration file: unknown keys, wrong types,
 * unknown rule ids and presets, bad severities, a malformed `today`. Every
 * problem is listed with the path of its member, so the message can name
 * the key and point at its line. Rule options are checked separately,
 * against each rule's options schema.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { validateConfigFile } from "@cchc/cli"
 * const { issues } = validateConfigFile({ rulez: {} }, new Set(["end-mark"]))
 * issues[0] // { path: "rulez", message: "unknown key 'rulez' (did you mean 'rules'?); allowed: $schema, root, extends, rules, overrides, regime, ignores, today" }
 * ```
 */
export const validateConfigFile = (
  value: unknown,
  ruleIds: ReadonlySet<string>
): { readonly content: ConfigFileContent; readonly issues: ReadonlyArray<ConfigFileIssue> } => {
  const issues: Array<ConfigFileIssue> = []
  const empty: ConfigFileContent = {
    extends: ["recommended"],
    rules: {},
    overrides: [],
    ignores: [],
    today: null,
    regime: null,
    root: false
  }
  if (!isRecord(value)) {
    return {
      content: empty,
      issues: [{ path: "", message: `a configuration must be a JSON object, not ${typeName(value)}` }]
    }
  }
  checkUnknownKeys(value, CONFIG_KEYS, "", issues)
  if (value["$schema"] !== undefined && typeof value["$schema"] !== "string")
    issues.push({ path: "$schema", message: "must be a string" })
  const rawRoot = value["root"]
  if (rawRoot !== undefined && typeof rawRoot !== "boolean")
    issues.push({ path: "root", message: `must be true or false, not ${typeName(rawRoot)}` })
  const root = rawRoot === true

  let extendsList: ReadonlyArray<string> = ["recommended"]
  const rawExtends = value["extends"]
  if (rawExtends !== undefined) {
    extendsList =
      typeof rawExtends === "string"
        ? [rawExtends]
        : Array.isArray(rawExtends)
          ? checkStrings(rawExtends, "extends", issues)
          : []
    if (typeof rawExtends !== "string" && !Array.isArray(rawExtends)) {
      issues.push({
        path: "extends",
        message: `must be a preset name, a file, or an array of them, not ${typeName(rawExtends)}`
      })
    }
    extendsList.forEach((entry, i) => {
      if (isConfigFileReference(entry) || PRESET_NAMES.includes(entry)) return
      issues.push({
        path: typeof rawExtends === "string" ? "extends" : childPath("extends", i),
        message: `unknown preset '${entry}'${didYouMean(entry, PRESET_NAMES)}; presets are ${PRESET_NAMES.join(", ")}, and a file must start with ./ or ../`
      })
    })
  }

  const rules = value["rules"] === undefined ? {} : checkRules(value["rules"], "rules", ruleIds, issues)

  const overrides: Array<ConfigOverride> = []
  const rawOverrides = value["overrides"]
  if (rawOverrides !== undefined) {
    if (!Array.isArray(rawOverrides))
      issues.push({
        path: "overrides",
        message: `must be an array of { kinds?, files?, rules }, not ${typeName(rawOverrides)}`
      })
    else {
      rawOverrides.forEach((o: unknown, i) => {
        const at = childPath("overrides", i)
        if (!isRecord(o)) {
          issues.push({
            path: at,
            message: `must be an object { kinds?, files?, rules }, not ${typeName(o)}`
          })
          return
        }
        checkUnknownKeys(o, OVERRIDE_KEYS, at, issues)
        const kinds =
          o["kinds"] === undefined ? undefined : checkStrings(o["kinds"], childPath(at, "kinds"), issues)
        const files =
          o["files"] === undefined ? undefined : checkStrings(o["files"], childPath(at, "files"), issues)
        if (kinds === undefined && files === undefined)
          issues.push({ path: at, message: "an override needs 'kinds' (document kinds) or 'files' (globs)" })
        if (o["rules"] === undefined && o["regime"] === undefined)
          issues.push({ path: at, message: "an override needs 'rules' or 'regime'" })
        const overrideRules =
          o["rules"] === undefined ? {} : checkRules(o["rules"], childPath(at, "rules"), ruleIds, issues)
        const regime =
          o["regime"] === undefined ? null : checkRegime(o["regime"], childPath(at, "regime"), issues)
        overrides.push({
          ...(kinds === undefined ? {} : { kinds }),
          ...(files === undefined ? {} : { files }),
          ...(regime === null ? {} : { regime }),
          rules: overrideRules
        })
      })
    }
  }

  const ignores = value["ignores"] === undefined ? [] : checkStrings(value["ignores"], "ignores", issues)

  let today: string | null = null
  const rawToday = value["today"]
  if (rawToday !== undefined) {
    const date = typeof rawToday === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(rawToday) : null
    const real =
      date !== null &&
      new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!)).toISOString().startsWith(rawToday as string)
    if (!real)
      issues.push({
        path: "today",
        message: `must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(rawToday)}`
      })
    else today = rawToday as string
  }

  const regime = value["regime"] === undefined ? null : checkRegime(value["regime"], "regime", issues)

  return { content: { extends: extendsList, rules, overrides, ignores, today, regime, root }, issues }
}
