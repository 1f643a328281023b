/**
 * A whole lint run: find the files and their configurations, check them
 * (from the cache, on this thread or on workers), check citations across
 * them, apply the baseline, and build the report.
 *
 * @since 0.1.0
 */
import { dirname, resolve } from "node:path"
import { ALL_RULES, type RuleSettings } from "@cchc/rules"
import { ConfigLocator } from "../config/find-config.js"
import { loadConfigFile, type EffectiveConfig } from "../config/load-config.js"
import { InputError } from "../errors.js"
import { expandPaths } from "../input/expand-paths.js"
import { matchesAnyGlob } from "../input/glob.js"
import { displayPath } from "../input/paths.js"
import { inputFormat, type ReadOptions } from "../input/read-input.js"
import { workingTree } from "../input/working-tree.js"
import {
  BUILT_IN_CONFIGURATION,
  ruleDocsUrl,
  SKIPPED_LINK_REASON,
  type FileReport,
  type LintMessage,
  type LintReport,
  type RuleInfo
} from "../reporters/lint-report.js"
import { applyBaseline, buildBaseline, readBaseline, writeBaseline, type LocatedReport } from "./baseline.js"
import { LintCache } from "./cache.js"
import { configuredSeverity, crossFileMessages } from "./cross-file.js"
import { fixCopyPaths } from "./fix-copy-paths.js"
import { problemMessage, type FileResult, type LintTask, type TaskOutcome } from "./lint-file.js"
import { assertOutputsApart, type ProtectedFile, type RunOutput } from "./output-paths.js"
import { runTasks } from "./run-tasks.js"
import { removeStaleTemporaries } from "./temporary-files.js"

/**
 * What a lint run does.
 *
 * @since 0.1.0
 * @category lint
 */
export interface LintRunOptions {
  /** Files, folders and globs; the working folder when empty. */
  readonly patterns: ReadonlyArray<string>
  readonly cwd: string
  /** `--config`: one configuration for every file instead of looking for one. */
  readonly configFile: string | null
  /** `--rule` settings, applied over every configuration. */
  readonly cliRules: RuleSettings
  readonly fix: boolean
  /** `--fix-hard-links`: write a file with several hard links into itself instead of refusing it. */
  readonly fixHardLinks?: boolean
  /** `--fix-dir`: the folder the fixed copies of .docx files go to (relative to `cwd`); beside each file when absent. */
  readonly fixDir?: string | null
  /** `-o`: the file the report will be written to, kept off the inputs. */
  readonly outputFile?: string | null
  readonly read: ReadOptions
  readonly concurrency: number
  /** The cache file, or `null` without `--cache`. */
  readonly cacheLocation: string | null
  /** `--baseline FILE` (and `--update-baseline`), or `null`. */
  readonly baseline: { readonly file: string; readonly update: boolean } | null
  /** `--quiet`: keep errors only. */
  readonly quiet: boolean
  /** Called with the number of files once they are known, then after each file. */
  readonly onStart?: (total: number) => void
  readonly onFile?: () => void
}

/**
 * The outcome of a run: the report, and whether any input could not be
 * used (exit code 2).
 *
 * @since 0.1.0
 * @category lint
 */
export interface LintRun {
  readonly report: LintReport
  readonly inputErrors: number
}

const RULE_INFO: ReadonlyMap<string, RuleInfo> = new Map(
  ALL_RULES.map(({ meta }) => [
    meta.id,
    {
      id: meta.id,
      description: meta.description,
      category: meta.category,
      fixable: meta.fixable,
      helpUri: ruleDocsUrl(meta.id)
    }
  ])
)

const byPlace = (a: LintMessage, b: LintMessage): number =>
  Number(b.fatal ?? false) - Number(a.fatal ?? false) || a.line - b.line || a.column - b.column

const fatalReport = (file: string, message: LintMessage): FileReport => ({
  file,
  isDocument: false,
  messages: [message],
  fixed: false
})

/** Refuses (before anything is written) a report, cache or baseline path that names an input or another output. */
const guardOutputs = (options: LintRunOptions, tasks: ReadonlyArray<LintTask>, baselineMissing: boolean) => {
  const { cwd } = options
  const outputs: Array<RunOutput> = []
  if (options.outputFile != null) outputs.push({ option: "-o", path: resolve(cwd, options.outputFile) })
  if (options.cacheLocation !== null)
    outputs.push({ option: "--cache-location", path: resolve(cwd, options.cacheLocation) })
  // A fixed copy in --fix-dir must not land on an input either (also through a link or hard link).
  for (const task of tasks)
    if (task.fixCopy !== undefined) outputs.push({ option: "--fix-dir", path: task.fixCopy })
  const inputs: Array<ProtectedFile> = tasks.map((task) => ({
    role: "a file being checked",
    path: task.path
  }))
  if (options.configFile !== null)
    inputs.push({ role: "the configuration", path: resolve(cwd, options.configFile) })
  if (options.baseline !== null) {
    const path = resolve(cwd, options.baseline.file)
    if (options.baseline.update || baselineMissing) outputs.push({ option: "--baseline", path })
    else inputs.push({ role: "the baseline", path })
  }
  assertOutputsApart(outputs, inputs, cwd)
}

/**
 * Runs `cchc lint` without printing anything: returns the report the
 * reporters format. A broken `--config` or baseline throws an
 * {@link InputError}; every other bad input (a missing path, an unreadable
 * or legacy-encoded file, a malformed configuration found next to some
 * files) becomes one fatal message, and the other files are still checked.
 * An output (`outputFile`, the cache, a baseline to write) that names an
 * input or another output throws a {@link UsageError} before anything is
 * written.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { runLint } from "@cchc/cli"
 * const { report, inputErrors } = await runLint({
 *   patterns: ["examples/documents"], cwd: process.cwd(), configFile: null, cliRules: {}, fix: false,
 *   read: { maxBytes: 10_485_760, convertLegacy: false }, concurrency: 1, cacheLocation: null, baseline: null, quiet: false
 * })
 * report.files.length > 0 // true
 * ```
 */
export const runLint = async (options: LintRunOptions): Promise<LintRun> => {
  const { cwd } = options
  const explicit: EffectiveConfig | null =
    options.configFile === null
      ? null
      : await loadConfigFile(resolve(cwd, options.configFile), cwd, options.cliRules)
  const locator = new ConfigLocator(cwd, options.cliRules, explicit)
  const baseline = options.baseline === null ? null : await readBaseline(options.baseline.file, cwd)
  const cache =
    options.cacheLocation === null ? null : await LintCache.load(resolve(cwd, options.cacheLocation))

  // Links are followed, and fixes written, only inside the working folder
  // and the folder of the configuration.
  const configFolder =
    options.configFile === null
      ? await locator.findFrom(cwd).then((file) => (file === null ? null : dirname(file)))
      : dirname(resolve(cwd, options.configFile))
  const tree = await workingTree(configFolder === null ? [cwd] : [cwd, configFolder])
  const expanded = await expandPaths(options.patterns.length === 0 ? ["."] : options.patterns, cwd, tree)
  // Reports in the order the files were named; `null` until a file is checked.
  const order: Array<{ path: string; report: FileReport | null }> = []
  for (const { path, problem } of expanded.problems)
    order.push({ path, report: fatalReport(displayPath(cwd, path), problemMessage(problem)) })

  const tasks: Array<LintTask> = []
  const taskSlot: Array<number> = []
  const brokenConfigs = new Map<string, { error: InputError; files: number }>()
  const notes: Array<string> = []
  if (cache !== null && cache.dropped > 0)
    notes.push(
      `The cache ${displayPath(cwd, cache.location)} was damaged: ${cache.dropped} entr${cache.dropped === 1 ? "y" : "ies"} dropped and rebuilt.`
    )
  let ignoredExplicit = 0
  // The configurations whose `ignores` left files out, and how many.
  const ignoredBy = new Map<string, number>()
  const usedConfigurations = new Set<string>()
  for (const { path, explicit: named } of expanded.files) {
    const lookup = await locator.forFile(path)
    if (!lookup.ok) {
      const broken = brokenConfigs.get(lookup.error.file) ?? { error: lookup.error, files: 0 }
      broken.files++
      brokenConfigs.set(lookup.error.file, broken)
      continue
    }
    const { config } = lookup
    if (config.ignores.length > 0 && matchesAnyGlob(config.ignores, path)) {
      if (named) ignoredExplicit++
      const by = config.file === null ? "the configuration" : displayPath(cwd, config.file)
      ignoredBy.set(by, (ignoredBy.get(by) ?? 0) + 1)
      continue
    }
    usedConfigurations.add(config.file === null ? BUILT_IN_CONFIGURATION : displayPath(cwd, config.file))
    const cached = cache?.get(path)
    const cachedFixable = cached?.result.messages.some((m) => m.fix?.tier === "safe") ?? false
    taskSlot.push(order.length)
    order.push({ path, report: null })
    tasks.push({
      path,
      lintConfig: config.lintConfig,
      configKey: config.key,
      fix: options.fix,
      read: options.read,
      cachedKey: cached === undefined || (options.fix && cachedFixable) ? null : cached.key,
      write: { tree, hardLinks: options.fixHardLinks === true }
    })
  }
  const skippedLinks = expanded.skippedLinks.map((link) => displayPath(cwd, link))
  for (const link of skippedLinks) notes.push(`Not followed: ${link}, ${SKIPPED_LINK_REASON}.`)
  const configurations = [...usedConfigurations]
  if (options.fix && options.fixDir != null) {
    const copies = fixCopyPaths(
      tasks.filter((task) => inputFormat(task.path) === "docx").map((task) => task.path),
      resolve(cwd, options.fixDir)
    )
    for (const [index, task] of tasks.entries()) {
      const copy = copies.get(task.path)
      if (copy !== undefined) tasks[index] = { ...task, fixCopy: copy }
    }
  }
  guardOutputs(options, tasks, baseline === null)
  if (options.fix) {
    let stale = 0
    for (const folder of new Set(tasks.map((task) => dirname(task.path))))
      stale += await removeStaleTemporaries(folder)
    if (stale > 0)
      notes.push(
        `Removed ${stale} temporary file${stale === 1 ? "" : "s"} left by an interrupted cchc lint --fix.`
      )
  }
  for (const [file, { error, files }] of brokenConfigs) {
    const message = problemMessage({
      id: "invalid-config",
      message: `${error.reason} (${files} file${files === 1 ? "" : "s"} under it not checked)`,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column })
    })
    order.push({ path: resolve(cwd, file), report: fatalReport(file, message) })
  }
  // Every file found was ignored: "0 files checked" with exit 0 would make
  // a green CI that checked nothing.
  if (tasks.length === 0 && order.length === 0 && ignoredBy.size > 0) {
    let count = 0
    for (const n of ignoredBy.values()) count += n
    const message = problemMessage({
      id: "no-match",
      message: `nothing was checked: ${count === 1 ? "the one file found is" : `all ${count} files found are`} excluded by 'ignores' of ${[...ignoredBy.keys()].join(", ")}`
    })
    const named = options.patterns.length === 0 ? "." : options.patterns.join(" ")
    order.push({ path: resolve(cwd, named), report: fatalReport(named, message) })
  }
  if (ignoredExplicit > 0)
    notes.push(
      `${ignoredExplicit} named file${ignoredExplicit === 1 ? " was" : "s were"} skipped by 'ignores' of the configuration.`
    )

  options.onStart?.(tasks.length)
  const results: Array<FileResult | null> = tasks.map(() => null)
  // Every slot is filled when runTasks returns.
  await runTasks(tasks, options.concurrency, (index: number, outcome: TaskOutcome) => {
    const task = tasks[index]!
    if (outcome.kind === "cached") {
      results[index] = cache!.get(task.path)!.result
    } else {
      results[index] = outcome.result
      if (cache !== null) {
        if (outcome.key === null) cache.delete(task.path)
        else cache.set(task.path, outcome.key, outcome.result)
      }
    }
    options.onFile?.()
  })
  await cache
    ?.save()
    .catch((error: unknown) =>
      notes.push(`The cache could not be written: ${error instanceof Error ? error.message : String(error)}`)
    )

  const done = results as ReadonlyArray<FileResult>
  const extra = crossFileMessages(done, {
    nameOf: (path) => displayPath(cwd, path),
    severityOf: configuredSeverity(tasks)
  })
  done.forEach((result, index) => {
    const more = extra.get(result.path) ?? []
    const messages = more.length === 0 ? result.messages : [...result.messages, ...more].sort(byPlace)
    order[taskSlot[index]!]!.report = {
      file: displayPath(cwd, result.path),
      isDocument: result.isDocument,
      messages,
      fixed: result.fixed,
      ...(result.fixSkipped === undefined ? {} : { fixSkipped: result.fixSkipped }),
      ...(result.regime === undefined ? {} : { regime: result.regime }),
      ...(result.skipped === undefined ? {} : { skipped: result.skipped })
    }
  })

  let located: ReadonlyArray<LocatedReport> = order.map(({ path, report }) => ({ path, report: report! }))
  if (options.baseline !== null) {
    const baselineFile = resolve(cwd, options.baseline.file)
    let reference = baseline
    if (reference === null || options.baseline.update) {
      reference = buildBaseline(baselineFile, located)
      await writeBaseline(baselineFile, reference)
      const recorded = Object.values(reference.files).reduce(
        (n, entries) => n + entries.reduce((k, e) => k + e.count, 0),
        0
      )
      notes.push(
        `Baseline ${baseline === null ? "recorded" : "updated"} in ${displayPath(cwd, baselineFile)}: ${recorded} finding${recorded === 1 ? "" : "s"}.`
      )
    }
    const applied = applyBaseline(reference, baselineFile, located)
    located = applied.reports
    if (applied.suppressed > 0)
      notes.push(
        `${applied.suppressed} finding${applied.suppressed === 1 ? "" : "s"} recorded in the baseline not shown.`
      )
    if (applied.gone > 0) {
      notes.push(
        `${applied.gone} finding${applied.gone === 1 ? "" : "s"} in the baseline no longer occur${applied.gone === 1 ? "s" : ""}: run with --update-baseline to drop them.`
      )
    }
  }

  let files = located.map(({ report }) => report)
  if (options.quiet)
    files = files.map((f) => ({ ...f, messages: f.messages.filter((m) => m.severity === "error") }))
  const used = new Set(files.flatMap((f) => f.messages.flatMap((m) => (m.ruleId === null ? [] : [m.ruleId]))))
  const rules = new Map(
    [...used].flatMap((id) => (RULE_INFO.has(id) ? [[id, RULE_INFO.get(id)!] as const] : []))
  )
  const inputErrors = files.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0)
  return { report: { files, rules, cwd, notes, fix: options.fix, configurations, skippedLinks }, inputErrors }
}
