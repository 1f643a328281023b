/**
 * Loading a configuration file with everything it extends, into the one
 * lint configuration the rule engine takes.
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"
import { dirname, resolve } from "node:path"
import type { RegimeKindName } from "@cchc/core"
import {
  ALL_RULES,
  PRESETS,
  validateOptions,
  type ConfigOverride,
  type LintConfig,
  type PresetName,
  type RuleSettings
} from "@cchc/rules"
import { InputError } from "../errors.js"
import { anchorGlob } from "../input/glob.js"
import { displayPath } from "../input/paths.js"
import { isConfigFileReference, validateConfigFile, type ConfigFileIssue } from "./config-file.js"
import { childPath, JsonSyntaxError, parseJsonSource, type JsonPosition } from "./json-source.js"
import { mergeRuleSettings } from "./merge-rule-settings.js"

/**
 * The configuration that governs a set of files: the flattened lint
 * configuration (presets and extended files folded into `rules`; `files`
 * globs anchored), the anchored `ignores`, and a key that changes whenever
 * the configuration does (part of the cache key).
 *
 * @since 0.1.0
 * @category config
 */
export interface EffectiveConfig {
  /** The configuration file, or `null` for the built-in default (`recommended`). */
  readonly file: string | null
  readonly lintConfig: LintConfig
  readonly ignores: ReadonlyArray<string>
  readonly key: string
}

interface Flattened {
  readonly layers: ReadonlyArray<RuleSettings>
  readonly overrides: ReadonlyArray<ConfigOverride>
  readonly ignores: ReadonlyArray<string>
  readonly today: string | null
  readonly regime: RegimeKindName | null
}

const RULES_BY_ID = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))
const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys())

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Rule options checked against each rule's options schema. */
const optionIssues = (settings: RuleSettings, path: string): Array<ConfigFileIssue> =>
  Object.entries(settings).flatMap(([id, setting]) => {
    const rule = RULES_BY_ID.get(id)
    if (rule === undefined || typeof setting === "string" || setting.options === undefined) return []
    const defaults = isRecord(rule.meta.defaultOptions) ? rule.meta.defaultOptions : {}
    return validateOptions(
      { ...defaults, ...setting.options },
      rule.meta.optionsSchema,
      childPath(childPath(path, id), "options")
    )
  })

/** The nearest recorded position of `path` or of one of its parents. */
const locate = (positions: ReadonlyMap<string, JsonPosition>, path: string): JsonPosition | undefined => {
  for (let p = path; ;) {
    const found = positions.get(p)
    if (found !== undefined) return found
    if (p === "") return undefined
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["))
    p = cut <= 0 ? "" : p.slice(0, cut)
  }
}

const issuesError = (
  file: string,
  cwd: string,
  positions: ReadonlyMap<string, JsonPosition>,
  issues: ReadonlyArray<ConfigFileIssue>
): InputError => {
  const [first, ...rest] = issues
  const at = locate(positions, first!.path)
  const named = (i: ConfigFileIssue) => (i.path === "" ? i.message : `${i.path}: ${i.message}`)
  const more = rest.length === 0 ? "" : ` (and ${rest.length} more: ${rest.map(named).join("; ")})`
  return new InputError(displayPath(cwd, file), `${named(first!)}${more}`, at?.line, at?.column)
}

const loadChain = async (file: string, cwd: string, stack: ReadonlyArray<string>): Promise<Flattened> => {
  let text: string
  try {
    text = await readFile(file, "utf8")
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      displayPath(cwd, file),
      code === "ENOENT" ? "no such configuration file" : `cannot read the configuration (${code})`
    )
  }
  let source
  try {
    source = parseJsonSource(text)
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      throw new InputError(displayPath(cwd, file), error.message, error.position.line, error.position.column)
    throw error
  }
  const { content, issues } = validateConfigFile(source.value, RULE_IDS)
  const allIssues = [
    ...issues,
    ...(issues.length > 0 ? [] : optionIssues(content.rules, "rules")),
    ...(issues.length > 0
      ? []
      : content.overrides.flatMap((o, i) => optionIssues(o.rules ?? {}, `overrides[${i}].rules`)))
  ]
  if (allIssues.length > 0) throw issuesError(file, cwd, source.positions, allIssues)

  const dir = dirname(file)
  const layers: Array<RuleSettings> = []
  const overrides: Array<ConfigOverride> = []
  const ignores: Array<string> = []
  let today: string | null = null
  let regime: RegimeKindName | null = null
  for (const [i, entry] of content.extends.entries()) {
    if (!isConfigFileReference(entry)) {
      layers.push(PRESETS[entry as PresetName])
      continue
    }
    const target = resolve(dir, entry)
    const path = Array.isArray((source.value as Record<string, unknown>)["extends"])
      ? `extends[${i}]`
      : "extends"
    const at = locate(source.positions, path)
    if (target === file || stack.includes(target)) {
      const cycle = [...stack, file, target].map((f) => displayPath(cwd, f)).join(" → ")
      throw new InputError(
        displayPath(cwd, file),
        `${path}: the configurations extend each other in a cycle: ${cycle}`,
        at?.line,
        at?.column
      )
    }
    let extended: Flattened
    try {
      extended = await loadChain(target, cwd, [...stack, file])
    } catch (error) {
      if (error instanceof InputError && error.reason === "no such configuration file") {
        throw new InputError(
          displayPath(cwd, file),
          `${path}: no such configuration file '${entry}'`,
          at?.line,
          at?.column
        )
      }
      throw error
    }
    // Loops, not `push(...)`: a spread of a long list overflows the stack.
    for (const layer of extended.layers) layers.push(layer)
    for (const o of extended.overrides) overrides.push(o)
    for (const g of extended.ignores) ignores.push(g)
    today = extended.today ?? today
    regime = extended.regime ?? regime
  }
  layers.push(content.rules)
  for (const o of content.overrides)
    overrides.push(o.files === undefined ? o : { ...o, files: o.files.map((g) => anchorGlob(dir, g)) })
  for (const g of content.ignores) ignores.push(anchorGlob(dir, g))
  return { layers, overrides, ignores, today: content.today ?? today, regime: content.regime ?? regime }
}

/**
 * Builds an {@link EffectiveConfig} from flattened parts and `--rule`
 * settings given on the command line (applied last).
 */
const effective = (file: string | null, flat: Flattened, cliRules: RuleSettings): EffectiveConfig => {
  const lintConfig: LintConfig = {
    extends: [],
    rules: mergeRuleSettings([...flat.layers, cliRules]),
    overrides: flat.overrides,
    ...(flat.today === null ? {} : { today: flat.today }),
    ...(flat.regime === null ? {} : { regime: flat.regime })
  }
  const key = createHash("sha256").update(JSON.stringify(lintConfig)).digest("hex").slice(0, 16)
  return { file, lintConfig, ignores: flat.ignores, key }
}

/**
 * Loads a configuration file and the files and presets it extends, in
 * order (later layers win), then applies `cliRules`. Every problem (a
 * missing or malformed file, an unknown key, rule, preset or severity,
 * options that do not fit a rule, a cycle of `extends`) is an
 * {@link InputError} that names the file, the key and its line.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { loadConfigFile } from "@cchc/cli"
 * const config = await loadConfigFile("/repo/cchc.config.json", "/repo")
 * config.lintConfig.rules?.["end-mark"] // "error", for instance
 * ```
 */
export const loadConfigFile = async (
  file: string,
  cwd: string,
  cliRules: RuleSettings = {}
): Promise<EffectiveConfig> => effective(file, await loadChain(file, cwd, []), cliRules)

/**
 * The configuration used when no file is found: the `recommended` preset,
 * plus `cliRules`.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { defaultConfig } from "@cchc/cli"
 * defaultConfig().file // null
 * ```
 */
export const defaultConfig = (cliRules: RuleSettings = {}): EffectiveConfig =>
  effective(
    null,
    { layers: [PRESETS.recommended], overrides: [], ignores: [], today: null, regime: null },
    cliRules
  )
