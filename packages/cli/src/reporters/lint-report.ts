/**
 * What reporters read: per file, the located messages of a lint run, and
 * the metadata of the rules that spoke. Reporters only format this data;
 * they read no file and run no rule.
 *
 * @since 0.1.0
 */
import type { RegimeKindName } from "@cchc/core"
import type { Fix, RuleCategory, Severity, SkippedRule } from "@cchc/rules"
import { rulesVersion } from "../version.js"

/**
 * A window of the source line a message starts on, for code frames:
 * `text` begins at 1-based column `startColumn` of that line; `cutEnd` is
 * set when the line goes on after it.
 *
 * @since 0.1.0
 * @category report
 */
export interface SourceExcerpt {
  readonly text: string
  readonly startColumn: number
  readonly cutEnd: boolean
}

/**
 * One finding, located by 1-based lines and columns (columns in UTF-16
 * code units; `endColumn` points just past the last character). A message
 * about the input itself (unreadable, binary, legacy encoding, a broken
 * configuration) has `ruleId: null` and `fatal: true`.
 *
 * @since 0.1.0
 * @category report
 */
export interface LintMessage {
  readonly ruleId: string | null
  readonly messageId: string
  readonly severity: Severity
  readonly message: string
  readonly messageEn: string | null
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly fix: Fix | null
  readonly suggestions: ReadonlyArray<Fix>
  readonly source: SourceExcerpt | null
  /** Identifies the finding across edits elsewhere in the file (baselines). */
  readonly fingerprint: string
  readonly fatal?: true
  /** For a .pdf: the page (from 1) the message starts on. */
  readonly page?: number
}

/**
 * The messages of one file. `file` is the path as shown (relative to the
 * working folder, with `/`); `fixed` is set when `--fix` rewrote it, and
 * `fixSkipped` says why `--fix` left a file with safe fixes alone (a
 * .docx, a converted legacy text).
 *
 * @since 0.1.0
 * @category report
 */
export interface FileReport {
  readonly file: string
  readonly isDocument: boolean
  readonly messages: ReadonlyArray<LintMessage>
  readonly fixed: boolean
  readonly fixSkipped?: string
  /** The regime the document was judged under; absent for a file that could not be read. */
  readonly regime?: RegimeKindName
  /** The rules that gave no verdict (`off`, `not-applicable`, `not-evaluable`) and why; absent for a file that could not be read. */
  readonly skipped?: ReadonlyArray<SkippedRule>
}

/**
 * A rule as reporters describe it.
 *
 * @since 0.1.0
 * @category report
 */
export interface RuleInfo {
  readonly id: string
  readonly description: string
  readonly category: RuleCategory
  readonly fixable: "safe" | "suggestion" | "none"
  readonly helpUri: string
}

/**
 * A whole lint run as reporters see it.
 *
 * @since 0.1.0
 * @category report
 */
export interface LintReport {
  readonly files: ReadonlyArray<FileReport>
  /** The rules that produced at least one message, by id. */
  readonly rules: ReadonlyMap<string, RuleInfo>
  /** The working folder the file paths are relative to. */
  readonly cwd: string
  /** Lines of notes for people (baseline written, entries gone, …), shown by the stylish reporter. */
  readonly notes: ReadonlyArray<string>
  /** Whether the run applied fixes (`--fix`). */
  readonly fix?: boolean
  /**
   * The configurations the checked files were linted with, relative to
   * `cwd`; `(built-in: recommended)` for files no configuration governs.
   */
  readonly configurations?: ReadonlyArray<string>
  /** Links met in folders and not followed (their target is outside the working tree), relative to `cwd`. */
  readonly skippedLinks?: ReadonlyArray<string>
}

/**
 * What `configurations` of a {@link LintReport} holds for files that no
 * configuration file governs.
 *
 * @since 0.1.0
 * @category reporters
 * @example
 * ```ts
 * import { BUILT_IN_CONFIGURATION } from "@cchc/cli"
 * BUILT_IN_CONFIGURATION // "(built-in: recommended)"
 * ```
 */
export const BUILT_IN_CONFIGURATION = "(built-in: recommended)"

/**
 * The note a reporter gives for a link it did not follow.
 *
 * @since 0.1.0
 * @category reporters
 * @example
 * ```ts
 * import { SKIPPED_LINK_REASON } from "@cchc/cli"
 * SKIPPED_LINK_REASON // "a link to a file outside the working folder and the configuration root"
 * ```
 */
export const SKIPPED_LINK_REASON = "a link to a file outside the working folder and the configuration root"

/**
 * Counts of a report: errors, warnings and infos, how many of them carry a
 * safe fix, and how many are about unusable input.
 *
 * @since 0.1.0
 * @category report
 */
export interface ReportCounts {
  readonly errors: number
  readonly warnings: number
  readonly infos: number
  readonly fixableErrors: number
  readonly fixableWarnings: number
  readonly fatal: number
}

/**
 * Counts the messages of a report.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { countMessages } from "@cchc/cli"
 * countMessages([{ file: "a.txt", isDocument: true, fixed: false, messages: [] }]).errors // 0
 * ```
 */
export const countMessages = (files: ReadonlyArray<FileReport>): ReportCounts => {
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixableErrors = 0
  let fixableWarnings = 0
  let fatal = 0
  for (const file of files) {
    for (const m of file.messages) {
      const fixable = m.fix?.tier === "safe"
      if (m.fatal) fatal++
      if (m.severity === "error") {
        errors++
        if (fixable) fixableErrors++
      } else if (m.severity === "warning") {
        warnings++
        if (fixable) fixableWarnings++
      } else infos++
    }
  }
  return { errors, warnings, infos, fixableErrors, fixableWarnings, fatal }
}

/**
 * Where a rule's documentation lives: `docs/rules/<id>.md` of the
 * project's repository.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { ruleDocsUrl } from "@cchc/cli"
 * ruleDocsUrl("end-mark").endsWith("/docs/rules/end-mark.md") // true
 * ```
 */
export const ruleDocsUrl = (id: string): string => `${ruleDocsBaseUrl()}${encodeURIComponent(id)}.md`

/**
 * The base of {@link ruleDocsUrl}: the rule pages shipped inside the
 * `@cchc/rules` package of the version that ran.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { ruleDocsBaseUrl } from "@cchc/cli"
 * ruleDocsBaseUrl() // "https://unpkg.com/@cchc/rules@0.1.0/dist/docs/"
 * ```
 */
export const ruleDocsBaseUrl = (): string => `https://unpkg.com/@cchc/rules@${rulesVersion()}/dist/docs/`
