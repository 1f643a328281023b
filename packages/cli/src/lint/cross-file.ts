/**
 * The check across files: one number cited with different kinds or dates
 * in two documents of the batch (`citation-consistency`).
 *
 * @since 0.1.0
 */
import {
  checkCitationsAcrossFiles,
  resolveLintConfig,
  rulesFor,
  type ResolvedConfig,
  type Severity
} from "@cchc/rules"
import * as Result from "effect/Result"
import { matchesAnyGlob } from "../input/glob.js"
import type { LintMessage } from "../reporters/lint-report.js"
import { toMessages, type FileResult, type LintTask } from "./lint-file.js"

/**
 * How a batch member is named in messages, and the severity its
 * configuration gives a rule (`"off"` drops the finding).
 *
 * @since 0.1.0
 * @category lint
 */
export interface CrossFileContext {
  readonly nameOf: (path: string) => string
  readonly severityOf: (result: FileResult, ruleId: string) => Severity | "off"
}

/**
 * Runs the cross-file citation check over the documents of a batch and
 * returns the extra messages of each file, by path, at the severity each
 * file's configuration gives the rule. Needs at least two documents.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { crossFileMessages } from "@cchc/cli"
 * crossFileMessages([], { nameOf: (p) => p, severityOf: () => "warning" }).size // 0
 * ```
 */
export const crossFileMessages = (
  results: ReadonlyArray<FileResult>,
  context: CrossFileContext
): ReadonlyMap<string, ReadonlyArray<LintMessage>> => {
  const members = results.filter((r) => r.crossFile !== null)
  if (members.length < 2) return new Map()
  const byName = new Map(members.map((r) => [context.nameOf(r.path), r] as const))
  const found = checkCitationsAcrossFiles(
    [...byName].map(([file, r]) => ({ file, document: r.crossFile!.document }))
  )
  const out = new Map<string, ReadonlyArray<LintMessage>>()
  for (const [name, diagnostics] of found) {
    const result = byName.get(name)
    if (result === undefined || diagnostics.length === 0) continue
    const kept = diagnostics.flatMap((d) => {
      const severity = context.severityOf(result, d.ruleId)
      return severity === "off" ? [] : [{ ...d, severity }]
    })
    const lines = result.crossFile!.lines
    if (kept.length > 0)
      out.set(
        result.path,
        toMessages(kept, (line) => lines[line] ?? "")
      )
  }
  return out
}

/**
 * The severity each file's configuration gives a rule, taking overrides by
 * the document's kind and by glob into account (`"off"` when it is off):
 * the `severityOf` of {@link crossFileMessages} for a run's tasks.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { configuredSeverity } from "@cchc/cli"
 * const severityOf = configuredSeverity([{ path: "/a.txt", lintConfig: {}, configKey: "k", fix: false,
 *   read: { maxBytes: 1e7, convertLegacy: false }, cachedKey: null }])
 * severityOf({ path: "/a.txt", isDocument: true, messages: [], fixed: false, crossFile: null }, "citation-consistency") // "warning"
 * ```
 */
export const configuredSeverity = (tasks: ReadonlyArray<LintTask>): CrossFileContext["severityOf"] => {
  const taskOf = new Map(tasks.map((t) => [t.path, t] as const))
  const resolved = new Map<string, ResolvedConfig>()
  return (result, ruleId) => {
    const task = taskOf.get(result.path)
    if (task === undefined) return "off"
    let config = resolved.get(task.configKey)
    if (config === undefined) {
      // A typed configuration, its shape checked when the file was loaded:
      // resolved without decoding, which would load Effect Schema (~0.2 s).
      config = Result.getOrThrow(resolveLintConfig(task.lintConfig))
      resolved.set(task.configKey, config)
    }
    const kind = result.crossFile?.document.kind ?? null
    const { active } = rulesFor(config, kind, { matchFiles: (globs) => matchesAnyGlob(globs, task.path) })
    return active.find((a) => a.rule.meta.id === ruleId)?.severity ?? "off"
  }
}
