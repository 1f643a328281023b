/**
 * The check across files: one number cited with different kinds or dates
 * in two documents of the batch (`citation-consistency`).
 *
 * @since 0.1.0
 */
import { checkCitationsAcrossFiles, type Severity } from "@cchc/rules"
import type { LintMessage } from "../reporters/lint-report.js"
import { toMessages, type FileResult } from "./lint-file.js"

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
  const found = checkCitationsAcrossFiles([...byName].map(([file, r]) => ({ file, document: r.crossFile!.document })))
  const out = new Map<string, ReadonlyArray<LintMessage>>()
  for (const [name, diagnostics] of found) {
    const result = byName.get(name)
    if (result === undefined || diagnostics.length === 0) continue
    const kept = diagnostics.flatMap((d) => {
      const severity = context.severityOf(result, d.ruleId)
      return severity === "off" ? [] : [{ ...d, severity }]
    })
    const lines = result.crossFile!.lines
    if (kept.length > 0) out.set(result.path, toMessages(kept, (line) => lines[line] ?? ""))
  }
  return out
}
