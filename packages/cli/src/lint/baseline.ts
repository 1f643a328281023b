/**
 * Baselines: record today's findings of an archive once, then report only
 * new ones, the way teams adopt a new rule on old documents.
 *
 * @since 0.1.0
 */
import { readFile } from "node:fs/promises"
import { dirname, relative, resolve } from "node:path"
import { InputError } from "../errors.js"
import { toPosix } from "../input/paths.js"
import type { FileReport, LintMessage } from "../reporters/lint-report.js"
import { VERSION } from "../version.js"
import { writeFileAtomic } from "./write-atomic.js"

/**
 * One recorded finding: a rule, a message and the fingerprint of the
 * flagged text, with how many times it occurs in the file.
 *
 * @since 0.1.0
 * @category baseline
 */
export interface BaselineEntry {
  readonly ruleId: string
  readonly messageId: string
  readonly fingerprint: string
  readonly count: number
}

/**
 * A baseline file: the recorded findings of each file, keyed by its path
 * relative to the baseline's folder.
 *
 * @since 0.1.0
 * @category baseline
 */
export interface Baseline {
  readonly cchcBaseline: 1
  readonly createdWith: string
  readonly files: Readonly<Record<string, ReadonlyArray<BaselineEntry>>>
}

/**
 * A file's report with its absolute path, as the baseline matches them.
 *
 * @since 0.1.0
 * @category baseline
 */
export interface LocatedReport {
  readonly path: string
  readonly report: FileReport
}

const entryKey = (ruleId: string, messageId: string, fingerprint: string): string =>
  `${ruleId}\u0000${messageId}\u0000${fingerprint}`

const keyOf = (baselineFile: string, path: string): string => toPosix(relative(dirname(baselineFile), path))

const recordable = (m: LintMessage): m is LintMessage & { ruleId: string } => m.ruleId !== null && !m.fatal

/**
 * Builds a baseline from a run's findings (messages about unusable input
 * are never recorded).
 *
 * @since 0.1.0
 * @category baseline
 * @example
 * ```ts
 * import { buildBaseline } from "@cchc/cli"
 * buildBaseline("/repo/cchc-baseline.json", []).files // {}
 * ```
 */
export const buildBaseline = (baselineFile: string, reports: ReadonlyArray<LocatedReport>): Baseline => {
  const files: Record<string, Array<BaselineEntry>> = {}
  for (const { path, report } of reports) {
    const counts = new Map<string, BaselineEntry>()
    for (const m of report.messages) {
      if (!recordable(m)) continue
      const key = entryKey(m.ruleId, m.messageId, m.fingerprint)
      const previous = counts.get(key)
      counts.set(key, {
        ruleId: m.ruleId,
        messageId: m.messageId,
        fingerprint: m.fingerprint,
        count: (previous?.count ?? 0) + 1
      })
    }
    if (counts.size > 0) {
      files[keyOf(baselineFile, path)] = [...counts.values()].sort(
        (a, b) =>
          a.ruleId.localeCompare(b.ruleId) ||
          a.messageId.localeCompare(b.messageId) ||
          a.fingerprint.localeCompare(b.fingerprint)
      )
    }
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return { cchcBaseline: 1, createdWith: VERSION, files: sorted }
}

/**
 * Removes the recorded findings from a run: in each file, as many
 * occurrences of a rule, message and fingerprint as the baseline counts.
 * Returns the reports left, how many findings were suppressed, and how
 * many recorded findings no longer occur (fixed since: the baseline can be
 * updated to drop them).
 *
 * @since 0.1.0
 * @category baseline
 * @example
 * ```ts
 * import { applyBaseline } from "@cchc/cli"
 * applyBaseline({ cchcBaseline: 1, createdWith: "0.1.0", files: {} }, "/repo/b.json", []).suppressed // 0
 * ```
 */
export const applyBaseline = (
  baseline: Baseline,
  baselineFile: string,
  reports: ReadonlyArray<LocatedReport>
): { readonly reports: ReadonlyArray<LocatedReport>; readonly suppressed: number; readonly gone: number } => {
  let suppressed = 0
  let gone = 0
  const seenFiles = new Set<string>()
  const kept = reports.map(({ path, report }) => {
    const fileKey = keyOf(baselineFile, path)
    seenFiles.add(fileKey)
    const left = new Map<string, number>()
    // Own entries only: a file named `constructor` is not Object's.
    for (const e of Object.hasOwn(baseline.files, fileKey) ? baseline.files[fileKey]! : [])
      left.set(entryKey(e.ruleId, e.messageId, e.fingerprint), e.count)
    const messages = report.messages.filter((m) => {
      if (!recordable(m)) return true
      const key = entryKey(m.ruleId, m.messageId, m.fingerprint)
      const remaining = left.get(key) ?? 0
      if (remaining === 0) return true
      left.set(key, remaining - 1)
      suppressed++
      return false
    })
    for (const n of left.values()) gone += n
    return { path, report: messages.length === report.messages.length ? report : { ...report, messages } }
  })
  return { reports: kept, suppressed, gone }
}

/**
 * Reads a baseline file; `null` when there is none yet. A file that is not
 * a baseline is an {@link InputError}.
 *
 * @since 0.1.0
 * @category baseline
 * @example
 * ```ts
 * import { readBaseline } from "@cchc/cli"
 * await readBaseline("/repo/missing-baseline.json", "/repo") // null
 * ```
 */
export const readBaseline = async (file: string, cwd: string): Promise<Baseline | null> => {
  const path = resolve(cwd, file)
  let text: string
  try {
    text = await readFile(path, "utf8")
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null
    throw new InputError(file, `cannot read the baseline (${(error as NodeJS.ErrnoException).code})`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(
      file,
      `the baseline is not valid JSON (${error instanceof Error ? error.message : String(error)})`
    )
  }
  const v = value as Partial<Baseline>
  if (
    typeof v !== "object" ||
    v === null ||
    v.cchcBaseline !== 1 ||
    typeof v.files !== "object" ||
    v.files === null ||
    Array.isArray(v.files)
  ) {
    throw new InputError(
      file,
      'not a cchc baseline (expected { "cchcBaseline": 1, "files": { … } }); delete it to record a new one'
    )
  }
  const problems = baselineProblems(v.files)
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join("; ")
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : ""
    throw new InputError(file, `${shown}${more}; fix or delete these entries, or run with --update-baseline`)
  }
  return {
    cchcBaseline: 1,
    createdWith: typeof v.createdWith === "string" ? v.createdWith : "unknown",
    files: v.files
  }
}

const isNonEmptyString = (value: unknown): value is string => typeof value === "string" && value !== ""

/**
 * What is wrong with the entries of a baseline's `files`, one
 * `key: reason` each (`docs/a.txt[0].count: …`). A count that is not a
 * positive integer would suppress every later occurrence (`-1`) or none
 * in a way nobody can read (`"x"`), so it is refused, not guessed.
 */
const baselineProblems = (files: object): Array<string> => {
  const problems: Array<string> = []
  for (const [path, entries] of Object.entries(files)) {
    const at = JSON.stringify(path)
    if (!Array.isArray(entries)) {
      problems.push(`${at}: must be an array of entries, not ${entries === null ? "null" : typeof entries}`)
      continue
    }
    entries.forEach((entry: unknown, i) => {
      const where = `${at}[${i}]`
      if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
        problems.push(`${where}: must be an object { ruleId, messageId, fingerprint, count }`)
        return
      }
      const e = entry as Record<string, unknown>
      for (const key of ["ruleId", "messageId", "fingerprint"] as const)
        if (!isNonEmptyString(e[key]))
          problems.push(
            `${where}.${key}: must be a non-empty string, got ${JSON.stringify(e[key]) ?? "nothing"}`
          )
      const count = e["count"]
      if (!Number.isSafeInteger(count) || (count as number) < 1)
        problems.push(`${where}.count: must be a positive integer, got ${JSON.stringify(count) ?? "nothing"}`)
    })
  }
  return problems
}

/**
 * Writes a baseline atomically, in a stable order (one line per finding),
 * so that its changes read well in a review.
 *
 * @since 0.1.0
 * @category baseline
 * @example
 * ```ts
 * import { buildBaseline, writeBaseline } from "@cchc/cli"
 * await writeBaseline("/tmp/cchc-baseline.json", buildBaseline("/tmp/cchc-baseline.json", []))
 * ```
 */
export const writeBaseline = async (file: string, baseline: Baseline): Promise<void> => {
  const files = Object.entries(baseline.files).map(
    ([path, entries]) =>
      `    ${JSON.stringify(path)}: [\n${entries.map((e) => `      ${JSON.stringify(e)}`).join(",\n")}\n    ]`
  )
  const text = `{\n  "cchcBaseline": 1,\n  "createdWith": ${JSON.stringify(baseline.createdWith)},\n  "files": {${files.length === 0 ? "}" : `\n${files.join(",\n")}\n  }`}\n}\n`
  await writeFileAtomic(file, text, true)
}
