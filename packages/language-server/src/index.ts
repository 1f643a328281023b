/**
 * `@cchc/language-server`: the cchc rules in an editor, over the Language
 * Server Protocol. The executable is `cchc-language-server --stdio`; the
 * functions below let a host embed the server or reuse its conversions.
 *
 * @since 0.1.0
 */
export { startServer, LINTED_LANGUAGES, type ServerOptions } from "./server.js"
export { linterForDocument, type DocumentLinter } from "./document-linter.js"
export {
  toLspDiagnostic,
  toLspEdits,
  quickFixes,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  type DiagnosticRef
} from "./to-lsp.js"
export { ruleDocUrl, RULE_DOCS_BASE } from "./rule-doc-url.js"
