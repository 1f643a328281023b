/**
 * cchc diagnostics and fixes as Language Server Protocol values.
 *
 * @since 0.1.0
 */
import type { Diagnostic, Fix } from "@cchc/rules"
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit
} from "vscode-languageserver"
import type { TextDocument } from "vscode-languageserver-textdocument"
import { ruleDocUrl } from "./rule-doc-url.js"

/**
 * The `source` of every diagnostic the server publishes.
 *
 * @since 0.1.0
 * @category diagnostics
 */
export const DIAGNOSTIC_SOURCE = "cchc"

/**
 * The code action kind of the fix-all action: editors that run
 * `source.fixAll` on save run it.
 *
 * @since 0.1.0
 * @category code actions
 */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cchc`

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
} as const

/**
 * What a published diagnostic carries back to the server in `data`: the
 * document version it was computed on and its place in that lint result,
 * so that a code action request finds the fixes of exactly that finding.
 *
 * @since 0.1.0
 * @category diagnostics
 */
export interface DiagnosticRef {
  readonly version: number
  readonly index: number
}

/**
 * A cchc diagnostic as an LSP diagnostic: the range from the span's
 * offsets (UTF-16, as LSP counts), the rule id as `code` with a link to
 * its page, the Vietnamese message, and the English one after it.
 *
 * @since 0.1.0
 * @category diagnostics
 * @example
 * ```ts
 * import { TextDocument } from "vscode-languageserver-textdocument"
 * import { lint } from "@cchc/rules"
 * import { toLspDiagnostic } from "@cchc/language-server"
 * const text = "Hà Nội, ngày 05 tháng 03 năm 2020"
 * const document = TextDocument.create("file:///a.txt", "plaintext", 1, text)
 * const found = lint(text).diagnostics.map((d, index) => toLspDiagnostic(document, d, { version: 1, index }))
 * found[0]?.source // "cchc"
 * ```
 */
export const toLspDiagnostic = (
  document: TextDocument,
  diagnostic: Diagnostic,
  ref: DiagnosticRef
): LspDiagnostic => ({
  range: {
    start: document.positionAt(diagnostic.span.start.offset),
    end: document.positionAt(diagnostic.span.end.offset)
  },
  severity: SEVERITY[diagnostic.severity],
  source: DIAGNOSTIC_SOURCE,
  code: diagnostic.ruleId,
  codeDescription: { href: ruleDocUrl(diagnostic.ruleId) },
  message:
    diagnostic.messageEn === null || diagnostic.messageEn === diagnostic.message
      ? diagnostic.message
      : `${diagnostic.message}\n(${diagnostic.messageEn})`,
  data: ref
})

/**
 * The edits of a fix as LSP text edits of `document`.
 *
 * @since 0.1.0
 * @category code actions
 * @example
 * ```ts
 * import { TextDocument } from "vscode-languageserver-textdocument"
 * import { toLspEdits } from "@cchc/language-server"
 * const document = TextDocument.create("file:///a.txt", "plaintext", 1, "tháng 03")
 * toLspEdits(document, { tier: "safe", description: "", edits: [{ start: 6, end: 8, text: "3" }] })
 * // [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } }, newText: "3" }]
 * ```
 */
export const toLspEdits = (document: TextDocument, fix: Fix): Array<LspTextEdit> =>
  fix.edits.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.text
  }))

/**
 * The quick-fix code actions of one finding: its fix (preferred when it
 * is safe) and each of its suggestions.
 *
 * @since 0.1.0
 * @category code actions
 * @example
 * ```ts
 * import { TextDocument } from "vscode-languageserver-textdocument"
 * import { lint } from "@cchc/rules"
 * import { quickFixes, toLspDiagnostic } from "@cchc/language-server"
 * const text = "Hà Nội, ngày 05 tháng 03 năm 2020"
 * const document = TextDocument.create("file:///a.txt", "plaintext", 1, text)
 * const finding = lint(text).diagnostics.find((d) => d.fix !== null)!
 * quickFixes(document, finding, toLspDiagnostic(document, finding, { version: 1, index: 0 }))[0]?.kind // "quickfix"
 * ```
 */
export const quickFixes = (
  document: TextDocument,
  diagnostic: Diagnostic,
  published: LspDiagnostic
): Array<CodeAction> =>
  [...(diagnostic.fix === null ? [] : [diagnostic.fix]), ...diagnostic.suggestions].map((fix) => ({
    title: `${fix.description} (${diagnostic.ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [published],
    isPreferred: fix.tier === "safe" && fix === diagnostic.fix,
    edit: { changes: { [document.uri]: toLspEdits(document, fix) } }
  }))
