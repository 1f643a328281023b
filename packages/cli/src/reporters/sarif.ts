/**
 * The SARIF 2.1.0 reporter, for code-scanning services (GitHub code
 * scanning, Azure DevOps, SonarQube, …).
 *
 * @since 0.1.0
 */
import { isAbsolute } from "node:path"
import { pathToFileURL } from "node:url"
import type { Log, Notification, ReportingDescriptor, Result } from "sarif"
import { VERSION } from "../version.js"
import { ruleDocsUrl, SKIPPED_LINK_REASON, type LintMessage, type LintReport } from "./lint-report.js"

const LEVEL = { error: "error", warning: "warning", info: "note" } as const

const artifactUri = (file: string): string =>
  isAbsolute(file)
    ? pathToFileURL(file).href
    : file
        .split("/")
        .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment)))
        .join("/")

const location = (file: string, m: LintMessage) => ({
  physicalLocation: {
    artifactLocation: isAbsolute(file)
      ? { uri: artifactUri(file) }
      : { uri: artifactUri(file), uriBaseId: "%SRCROOT%" },
    region: {
      startLine: m.line,
      startColumn: m.column,
      endLine: m.endLine,
      endColumn: Math.max(m.endColumn, 1)
    }
  }
})

/**
 * Formats a report as a SARIF 2.1.0 log: `tool.driver.rules` lists each
 * rule that spoke (id, short description, help URI of its docs page);
 * each finding is a result with a physical location (1-based lines and
 * columns, in UTF-16 code units), a level (`error`, `warning`, `note`) and
 * a stable fingerprint; messages about unusable input are tool execution
 * notifications and mark the run as not successful.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { formatSarif } from "@cchc/cli"
 * const log = JSON.parse(formatSarif({ files: [], rules: new Map(), cwd: "/repo", notes: [] }))
 * log.version // "2.1.0"
 * log.runs[0].tool.driver.name // "cchc"
 * ```
 */
export const formatSarif = (report: LintReport): string => {
  const ruleIds = [
    ...new Set(report.files.flatMap((f) => f.messages.flatMap((m) => (m.ruleId === null ? [] : [m.ruleId]))))
  ].sort()
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i] as const))
  const rules: Array<ReportingDescriptor> = ruleIds.map((id) => {
    const info = report.rules.get(id)
    return {
      id,
      shortDescription: { text: info?.description ?? id },
      helpUri: info?.helpUri ?? ruleDocsUrl(id),
      ...(info === undefined
        ? {}
        : { properties: { category: info.category, fixable: info.fixable, tags: [info.category] } })
    }
  })
  const results: Array<Result> = []
  const notifications: Array<Notification> = []
  for (const file of report.files) {
    for (const m of file.messages) {
      if (m.ruleId === null) {
        notifications.push({
          level: "error",
          message: { text: `${file.file}: ${m.message}` },
          descriptor: { id: m.messageId },
          locations: [location(file.file, m)]
        })
        continue
      }
      results.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId)!,
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [location(file.file, m)],
        partialFingerprints: { "cchcFingerprint/v1": m.fingerprint },
        ...(m.messageEn === null ? {} : { properties: { messageEn: m.messageEn, messageId: m.messageId } })
      })
    }
  }
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cchc",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: "https://www.npmjs.com/package/@cchc/cli",
            rules
          }
        },
        originalUriBaseIds: {
          "%SRCROOT%": { uri: pathToFileURL(report.cwd.endsWith("/") ? report.cwd : `${report.cwd}/`).href }
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: [
              ...notifications,
              ...(report.skippedLinks ?? []).map((file): Notification => ({
                level: "note",
                message: { text: `Not followed: ${file}, ${SKIPPED_LINK_REASON}.` },
                descriptor: { id: "link-not-followed" },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: isAbsolute(file)
                        ? { uri: artifactUri(file) }
                        : { uri: artifactUri(file), uriBaseId: "%SRCROOT%" }
                    }
                  }
                ]
              }))
            ]
          }
        ],
        // The coverage of each file (its regime, the rules that gave no
        // verdict and why), so a green run is not read as "every rule passed".
        properties: {
          configurations: report.configurations ?? [],
          files: report.files
            .filter((f) => f.regime !== undefined || f.skipped !== undefined)
            .map((f) => ({
              file: f.file,
              ...(f.regime === undefined ? {} : { regime: f.regime }),
              skipped: (f.skipped ?? []).map((s) => ({ ruleId: s.ruleId, skip: s.skip, reason: s.reason }))
            }))
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
