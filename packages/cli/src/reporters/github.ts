/**
 * The GitHub Actions reporter: workflow commands that turn into
 * annotations on the pull request.
 *
 * @since 0.1.0
 */
import type { LintReport } from "./lint-report.js"

const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C")

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const

/**
 * Formats a report as `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::message`
 * lines (`::warning` and `::notice` for the other severities), escaped as
 * the workflow command syntax requires.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { formatGithub } from "@cchc/cli"
 * formatGithub({ cwd: "/", notes: [], rules: new Map(), files: [{ file: "a.txt", isDocument: true, fixed: false, messages: [
 *   { ruleId: "end-mark", messageId: "missing", severity: "error", message: "Thiếu dấu kết thúc ./.", messageEn: null,
 *     line: 9, column: 1, endLine: 9, endColumn: 5, fix: null, suggestions: [], source: null, fingerprint: "x" }] }] })
 * // "::error file=a.txt,line=9,col=1,endLine=9,endColumn=5,title=end-mark::Thiếu dấu kết thúc ./.\n"
 * ```
 */
export const formatGithub = (report: LintReport): string => {
  const lines: Array<string> = []
  for (const file of report.files) {
    for (const m of file.messages) {
      const properties = [
        `file=${escapeProperty(file.file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ?? "cchc")}`
      ]
      // The English message on a second line of the annotation.
      const message =
        m.messageEn === null || m.messageEn === m.message ? m.message : `${m.message}\n(${m.messageEn})`
      lines.push(`::${COMMAND[m.severity]} ${properties.join(",")}::${escapeData(message)}`)
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`
}
