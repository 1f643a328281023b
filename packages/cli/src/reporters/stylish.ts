/**
 * The human reporter, after ESLint's "stylish": messages grouped by file,
 * `line:column  severity  message  rule-id`, a code frame under each, and
 * a summary.
 *
 * @since 0.1.0
 */
import { codeFrame } from "./code-frame.js"
import { palette, type Palette } from "./colours.js"
import { countMessages, type LintReport, type LintMessage } from "./lint-report.js"

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`

const severityLabel = (m: LintMessage, c: Palette): ((s: string) => string) =>
  m.severity === "error" ? c.red : m.severity === "warning" ? c.yellow : c.blue

/**
 * Formats a report for people. Colour only when `colour` is set.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { formatStylish } from "@cchc/cli"
 * formatStylish({ files: [{ file: "a.txt", isDocument: true, fixed: false, messages: [] }], rules: new Map(), cwd: "/", notes: [] }, { colour: false })
 * // "✔ 1 file checked: no problems\n"
 * ```
 */
export const formatStylish = (
  report: LintReport,
  options: { readonly colour: boolean; readonly debug?: boolean }
): string => {
  const c = palette(options.colour)
  const out: Array<string> = []
  for (const file of report.files) {
    if (file.messages.length === 0) continue
    out.push(
      `${c.underline(file.file)}${file.fixed ? c.green(" (fixed)") : ""}${file.fixSkipped === undefined ? "" : c.dim(` (${file.fixSkipped})`)}`
    )
    const places = file.messages.map(
      (m) => `${m.page === undefined ? "" : `p.${m.page} `}${m.line}:${m.column}`
    )
    // Loops, not `Math.max(...)`: a spread of 110,000+ findings overflows the stack.
    let placeWidth = 0
    for (const p of places) placeWidth = Math.max(placeWidth, p.length)
    let severityWidth = 0
    for (const m of file.messages) severityWidth = Math.max(severityWidth, m.severity.length)
    file.messages.forEach((m, i) => {
      const rule = m.ruleId ?? (m.fatal ? "input" : "")
      const label = severityLabel(m, c)(m.severity.padEnd(severityWidth))
      out.push(`  ${c.dim(places[i]!.padStart(placeWidth))}  ${label}  ${m.message}  ${c.dim(rule)}`)
      for (const frameLine of codeFrame(m, c, " ".repeat(placeWidth + 4))) out.push(frameLine)
    })
    out.push("")
  }
  const counts = countMessages(report.files)
  const total = counts.errors + counts.warnings + counts.infos
  const fixedFiles = report.files.filter((f) => f.fixed).length
  if (total === 0) {
    out.push(c.green(`✔ ${plural(report.files.length, "file")} checked: no problems`))
  } else {
    const parts = [
      plural(counts.errors, "error"),
      plural(counts.warnings, "warning"),
      ...(counts.infos > 0 ? [`${counts.infos} info`] : [])
    ]
    const mark = counts.errors > 0 ? c.red : counts.warnings > 0 ? c.yellow : c.blue
    const withProblems = report.files.filter((f) => f.messages.length > 0).length
    out.push(
      mark(
        c.bold(
          `✖ ${plural(total, "problem")} (${parts.join(", ")}) in ${plural(withProblems, "file")} of ${report.files.length}`
        )
      )
    )
    if (counts.fixableErrors + counts.fixableWarnings > 0 && report.fix !== true) {
      out.push(
        `  ${plural(counts.fixableErrors, "error")} and ${plural(counts.fixableWarnings, "warning")} can be fixed with the --fix option.`
      )
    }
  }
  if (fixedFiles > 0) out.push(c.green(`  ${plural(fixedFiles, "file")} fixed.`))
  for (const note of report.notes) out.push(c.dim(note))
  if (options.debug === true)
    for (const file of report.configurations ?? []) out.push(c.dim(`Configuration: ${file}`))
  return `${out.join("\n")}\n`
}
