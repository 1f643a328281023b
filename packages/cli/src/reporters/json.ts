/**
 * The machine reporter: one JSON array, one entry per file.
 *
 * @since 0.1.0
 */
import { SKIPPED_LINK_REASON, type LintReport } from "./lint-report.js"

/**
 * Formats a report as a JSON array of `{ file, isDocument, regime,
 * skipped, diagnostics }` (`regime` is `{ kind }`, the regime the document
 * was judged under; `skipped` lists `{ ruleId, skip, reason }` for every
 * rule that gave no verdict; both absent for a file that could not be read),
 * each diagnostic `{ ruleId, messageId, severity, message, messageEn,
 * line, column, endLine, endColumn, fix }` (`message` in Vietnamese,
 * `messageEn` the same in English or `null`), with `page` for a .pdf (`ruleId` is `null`
 * and `fatal` is `true` for a message about unusable input).
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { formatJson } from "@cchc/cli"
 * JSON.parse(formatJson({ files: [{ file: "a.txt", isDocument: true, fixed: false, messages: [] }], rules: new Map(), cwd: "/", notes: [] }))
 * // [{ file: "a.txt", isDocument: true, diagnostics: [] }]
 * ```
 */
export const formatJson = (report: LintReport): string =>
  `${JSON.stringify(
    [
      ...report.files.map((file) => ({
        file: file.file,
        isDocument: file.isDocument,
        ...(file.fixed ? { fixed: true } : {}),
        ...(file.fixSkipped === undefined ? {} : { fixSkipped: file.fixSkipped }),
        // What was not checked is part of the result: a CI reading only the
        // diagnostics would take a skipped rule for a passed one.
        ...(file.regime === undefined ? {} : { regime: { kind: file.regime } }),
        ...(file.skipped === undefined
          ? {}
          : { skipped: file.skipped.map((s) => ({ ruleId: s.ruleId, skip: s.skip, reason: s.reason })) }),
        diagnostics: file.messages.map((m) => ({
          ruleId: m.ruleId,
          messageId: m.messageId,
          severity: m.severity,
          message: m.message,
          messageEn: m.messageEn,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          ...(m.page === undefined ? {} : { page: m.page }),
          fix: m.fix,
          ...(m.fatal ? { fatal: true } : {})
        }))
      })),
      // A link not followed has an entry of its own, with nothing checked.
      ...(report.skippedLinks ?? []).map((file) => ({
        file,
        isDocument: false,
        skipped: SKIPPED_LINK_REASON,
        diagnostics: []
      }))
    ],
    null,
    2
  )}\n`
