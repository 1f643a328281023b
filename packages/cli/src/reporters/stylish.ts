/**
 * The human reporter, after ESLint's "stylish": messages grouped by file,
 * `line:column  severity  message  rule-id`, a code frame under each, and
 * a summary.
 *
 * @since 0.1.0
 */
import { codeFrame } from "./code-frame.js"
import { palette, type Palette } from "./colours.js"
import { catalogue } from "../messages/catalogue.js"
import { DEFAULT_LOCALE, type Locale } from "../messages/locale.js"
import { countMessages, type LintReport, type LintMessage } from "./lint-report.js"

/**
 * The message of `m` in `locale`: `messageEn` for English when the
 * finding has one (messages about unusable input may not), else `message`.
 */
const localMessage = (m: LintMessage, locale: Locale): string =>
  locale === "en" && m.messageEn !== null ? m.messageEn : m.message

const severityLabel = (m: LintMessage, c: Palette): ((s: string) => string) =>
  m.severity === "error" ? c.red : m.severity === "warning" ? c.yellow : c.blue

/**
 * Formats a report for people, in `locale` (Vietnamese by default): the
 * summary from the message catalogue, each finding's `message` (vi) or
 * `messageEn` (en). Colour only when `colour` is set.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { formatStylish } from "@cchc/cli"
 * const report = { files: [{ file: "a.txt", isDocument: true, fixed: false, messages: [] }], rules: new Map(), cwd: "/", notes: [] }
 * formatStylish(report, { colour: false, locale: "en" }) // "✔ 1 file checked: no problems\n"
 * formatStylish(report, { colour: false }) // "✔ Đã kiểm tra 1 tệp: không có vấn đề\n"
 * ```
 */
export const formatStylish = (
  report: LintReport,
  options: { readonly colour: boolean; readonly debug?: boolean; readonly locale?: Locale }
): string => {
  const c = palette(options.colour)
  const locale = options.locale ?? DEFAULT_LOCALE
  const t = catalogue(locale)
  const out: Array<string> = []
  for (const file of report.files) {
    if (file.messages.length === 0) continue
    out.push(
      `${c.underline(file.file)}${file.fixed ? c.green(t.fixedMark) : ""}${file.fixSkipped === undefined ? "" : c.dim(` (${file.fixSkipped})`)}`
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
      const rule = m.ruleId ?? (m.fatal ? t.inputRule : "")
      const label = severityLabel(m, c)(m.severity.padEnd(severityWidth))
      out.push(
        `  ${c.dim(places[i]!.padStart(placeWidth))}  ${label}  ${localMessage(m, locale)}  ${c.dim(rule)}`
      )
      for (const frameLine of codeFrame(m, c, " ".repeat(placeWidth + 4))) out.push(frameLine)
    })
    out.push("")
  }
  const counts = countMessages(report.files)
  const total = counts.errors + counts.warnings + counts.infos
  const fixedFiles = report.files.filter((f) => f.fixed).length
  if (total === 0) {
    out.push(c.green(t.noProblems(report.files.length)))
  } else {
    const mark = counts.errors > 0 ? c.red : counts.warnings > 0 ? c.yellow : c.blue
    const withProblems = report.files.filter((f) => f.messages.length > 0).length
    out.push(
      mark(
        c.bold(
          t.problems({
            total,
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            withProblems,
            files: report.files.length
          })
        )
      )
    )
    if (counts.fixableErrors + counts.fixableWarnings > 0 && report.fix !== true) {
      out.push(t.fixable(counts.fixableErrors, counts.fixableWarnings))
    }
  }
  if (fixedFiles > 0) out.push(c.green(t.filesFixed(fixedFiles)))
  for (const note of report.notes) out.push(c.dim(note))
  if (options.debug === true)
    for (const file of report.configurations ?? []) out.push(c.dim(`${t.configuration}: ${file}`))
  return `${out.join("\n")}\n`
}
