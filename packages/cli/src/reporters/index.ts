/**
 * The reporters by name.
 *
 * @since 0.1.0
 */
import type { Locale } from "../messages/locale.js"
import { formatGithub } from "./github.js"
import { formatJson } from "./json.js"
import type { LintReport } from "./lint-report.js"
import { formatSarif } from "./sarif.js"
import { formatStylish } from "./stylish.js"

/**
 * The output formats of `cchc lint`.
 *
 * @since 0.1.0
 * @category report
 */
export const REPORT_FORMATS = ["stylish", "json", "sarif", "github"] as const

/**
 * One of {@link REPORT_FORMATS}.
 *
 * @since 0.1.0
 * @category report
 */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/**
 * Formats `report` in `format`. `locale` chooses the language of the
 * stylish reporter; json and sarif carry both message languages, github
 * has room for one (`message`, Vietnamese).
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { formatReport } from "@cchc/cli"
 * formatReport("json", { files: [], rules: new Map(), cwd: "/", notes: [] }, { colour: false }) // "[]\n"
 * ```
 */
export const formatReport = (
  format: ReportFormat,
  report: LintReport,
  options: { readonly colour: boolean; readonly debug?: boolean; readonly locale?: Locale }
): string => {
  switch (format) {
    case "stylish":
      return formatStylish(report, options)
    case "json":
      return formatJson(report)
    case "sarif":
      return formatSarif(report)
    case "github":
      return formatGithub(report)
  }
}
