/**
 * A one-line code frame: the offending line and a marker under the
 * flagged characters.
 *
 * @since 0.1.0
 */
import type { Palette } from "./colours.js"
import type { LintMessage } from "./lint-report.js"

/**
 * The two lines of a code frame for `message`, indented by `indent`, or
 * `[]` when the message has no source excerpt. Long lines are shown as a
 * window around the flagged text, with `…` where they were cut.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { codeFrame, palette } from "@cchc/cli"
 * codeFrame({ line: 3, column: 6, endLine: 3, endColumn: 7, source: { text: "Số: 5/BC-UBND", startColumn: 1, cutEnd: false } } as any, palette(false), "")
 * // ["3 | Số: 5/BC-UBND", "  |      ^"]
 * ```
 */
export const codeFrame = (message: LintMessage, colours: Palette, indent: string): Array<string> => {
  const source = message.source
  if (source === null) return []
  const cutBefore = source.startColumn > 1
  const shown = source.text.replace(/\t/g, " ").replace(/\s+$/, "")
  const from = message.column - source.startColumn
  const to =
    message.endLine === message.line
      ? Math.max(message.endColumn - source.startColumn, from + 1)
      : Math.max(shown.length, from + 1)
  const width = Math.max(1, Math.min(to, shown.length + 1) - from)
  const gutter = String(message.line)
  const pad = " ".repeat(gutter.length)
  const text = `${cutBefore ? "…" : ""}${shown}${source.cutEnd ? "…" : ""}`
  const marker = " ".repeat(from + (cutBefore ? 1 : 0)) + "^".repeat(width)
  return [
    `${indent}${colours.dim(`${gutter} |`)} ${text}`,
    `${indent}${colours.dim(`${pad} |`)} ${colours.red(marker)}`
  ]
}
