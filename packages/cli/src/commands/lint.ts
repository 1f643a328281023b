/**
 * `cchc lint [PATH|GLOB]...`: check documents, print a report, and exit
 * 0 (clean), 1 (errors, or too many warnings) or 2 (bad usage or input).
 *
 * @since 0.1.0
 */
import { availableParallelism } from "node:os"
import { resolve } from "node:path"
import { ALL_RULES, type RuleSettings } from "@cchc/rules"
import { choiceOption, colourFlag, COMMON_OPTIONS, integerOption, parseCommandArgs } from "../args.js"
import { severityProblem } from "../config/config-file.js"
import { didYouMean } from "@cchc/rules"
import { UsageError } from "../errors.js"
import { useColour, type CliIO } from "../io.js"
import { DEFAULT_CACHE_LOCATION } from "../lint/cache.js"
import { createProgress } from "../lint/progress.js"
import { runLint } from "../lint/run-lint.js"
import { writeFileAtomic } from "../lint/write-atomic.js"
import { formatReport, REPORT_FORMATS } from "../reporters/index.js"
import { countMessages } from "../reporters/lint-report.js"

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  fix: { type: "boolean" },
  "fix-hard-links": { type: "boolean" },
  "fix-dir": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  debug: { type: "boolean" },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  concurrency: { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  baseline: { type: "string" },
  "update-baseline": { type: "boolean" },
  "convert-legacy": { type: "boolean" },
  "max-file-size": { type: "string" }
} as const

const RULE_IDS = ALL_RULES.map((r) => r.meta.id)

/**
 * Reads `--rule id:severity` arguments into rule settings.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { parseRuleFlags } from "@cchc/cli"
 * parseRuleFlags(["not-a-document:off"]) // { "not-a-document": "off" }
 * ```
 */
export const parseRuleFlags = (flags: ReadonlyArray<string>): RuleSettings => {
  const settings: Record<string, "error" | "warning" | "info" | "off"> = {}
  for (const flag of flags) {
    const at = flag.lastIndexOf(":")
    if (at <= 0) throw new UsageError(`--rule needs ID:SEVERITY (for example end-mark:off), got '${flag}'`)
    const id = flag.slice(0, at).trim()
    const severity = flag.slice(at + 1).trim()
    if (!RULE_IDS.includes(id))
      throw new UsageError(
        `--rule ${flag}: unknown rule '${id}'${didYouMean(id, RULE_IDS)}; 'cchc rules' lists them`
      )
    const problem = severityProblem(severity)
    if (problem !== null) throw new UsageError(`--rule ${flag}: ${problem}`)
    settings[id] = severity as "error" | "warning" | "info" | "off"
  }
  return settings
}

const concurrencyOption = (value: string | undefined): number => {
  if (value === undefined) return 1
  if (value === "auto") return availableParallelism()
  return integerOption("--concurrency", value, 1, 64)!
}

/**
 * Runs `cchc lint` and returns its exit code.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * const io = memoryIO(process.cwd())
 * const code = await runCli(["lint", "examples/documents", "--format", "json"], io) // 1: errors found
 * JSON.parse(io.output()).length > 0 // true
 * ```
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIO): Promise<number> => {
  const { values, positionals } = parseCommandArgs("lint", argv, OPTIONS, io.locale)
  const format = choiceOption("--format", values.format, REPORT_FORMATS, "stylish")
  const maxWarnings = integerOption("--max-warnings", values["max-warnings"], -1)
  const maxFileSize = integerOption("--max-file-size", values["max-file-size"], 1, 1024) ?? 10
  if (values["update-baseline"] && values.baseline === undefined)
    throw new UsageError("--update-baseline needs --baseline FILE")
  if (values["fix-dir"] !== undefined && values.fix !== true)
    throw new UsageError("--fix-dir DIR needs --fix")
  const cacheLocation =
    values.cache || values["cache-location"] !== undefined
      ? (values["cache-location"] ?? DEFAULT_CACHE_LOCATION)
      : null

  let progress = createProgress(io.stderr, 0)
  const { report, inputErrors } = await runLint({
    patterns: positionals,
    cwd: io.cwd,
    configFile: values.config ?? null,
    cliRules: parseRuleFlags(values.rule ?? []),
    fix: values.fix === true,
    fixHardLinks: values["fix-hard-links"] === true,
    fixDir: values["fix-dir"] ?? null,
    outputFile: values["output-file"] ?? null,
    read: { maxBytes: maxFileSize * 1_048_576, convertLegacy: values["convert-legacy"] === true },
    concurrency: concurrencyOption(values.concurrency),
    cacheLocation,
    baseline:
      values.baseline === undefined
        ? null
        : { file: values.baseline, update: values["update-baseline"] === true },
    quiet: values.quiet === true,
    onStart: (total) => (progress = createProgress(io.stderr, total)),
    onFile: () => progress.tick()
  })
  progress.done()

  const outputFile = values["output-file"]
  const colour = outputFile === undefined && useColour(io.stdout, io.env, colourFlag(values))
  const text = formatReport(format, report, { colour, debug: values.debug === true, locale: io.locale })
  if (outputFile === undefined) io.stdout.write(text)
  else await writeFileAtomic(resolve(io.cwd, outputFile), text, true)

  const counts = countMessages(report.files)
  if (inputErrors > 0) return 2
  if (counts.errors > 0) return 1
  if (maxWarnings !== undefined && maxWarnings >= 0 && counts.warnings > maxWarnings) {
    io.stderr.write(
      `cchc lint: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings} allows.\n`
    )
    return 1
  }
  return 0
}
