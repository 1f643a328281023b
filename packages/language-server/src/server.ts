/**
 * The language server: diagnostics on open and on change (debounced),
 * quick fixes and a fix-all source action.
 *
 * @since 0.1.0
 */
import { fixUntilStable, type Diagnostic } from "@cchc/rules"
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection
} from "vscode-languageserver"
import { TextDocument } from "vscode-languageserver-textdocument"
import { linterForDocument, type DocumentLinter } from "./document-linter.js"
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, quickFixes, toLspDiagnostic, type DiagnosticRef } from "./to-lsp.js"

/**
 * Options of {@link startServer}.
 *
 * @since 0.1.0
 * @category server
 */
export interface ServerOptions {
  /** How long a document must stay unchanged before it is linted again, in milliseconds (300). */
  readonly debounceMs?: number
}

/**
 * The language ids the server lints: plain text (`plaintext` in VS Code,
 * `text` in Neovim, which sends its filetype) and Markdown.
 *
 * @since 0.1.0
 * @category server
 */
export const LINTED_LANGUAGES: ReadonlySet<string> = new Set(["plaintext", "text", "markdown"])

interface Linted {
  readonly version: number
  readonly diagnostics: ReadonlyArray<Diagnostic>
  readonly linter: DocumentLinter
}

/**
 * Serves the cchc rules over `connection` until the client shuts it down.
 *
 * @since 0.1.0
 * @category server
 * @example
 * ```ts
 * import { createConnection, ProposedFeatures } from "vscode-languageserver/node"
 * import { startServer } from "@cchc/language-server"
 * startServer(createConnection(ProposedFeatures.all), { debounceMs: 200 })
 * ```
 */
export const startServer = (connection: Connection, options: ServerOptions = {}): void => {
  const debounceMs = options.debounceMs ?? 300
  const documents = new TextDocuments(TextDocument)
  const pending = new Map<string, ReturnType<typeof setTimeout>>()
  const linted = new Map<string, Linted>()

  const publish = async (document: TextDocument): Promise<void> => {
    if (!LINTED_LANGUAGES.has(document.languageId)) return
    const { version, uri } = document
    const linter = await linterForDocument(uri)
    // The document changed while its configuration loaded: the newer
    // version's own lint publishes.
    if (documents.get(uri)?.version !== version) return
    if (linter._tag === "Ignored") {
      linted.delete(uri)
      await connection.sendDiagnostics({ uri, version, diagnostics: [] })
      return
    }
    if (linter._tag === "ConfigProblem") {
      linted.delete(uri)
      const start = { line: 0, character: 0 }
      await connection.sendDiagnostics({
        uri,
        version,
        diagnostics: [
          {
            range: { start, end: start },
            severity: DiagnosticSeverity.Error,
            source: DIAGNOSTIC_SOURCE,
            code: "config",
            message: linter.message
          }
        ]
      })
      return
    }
    const diagnostics = linter.lint(document.getText()).diagnostics
    linted.set(uri, { version, diagnostics, linter })
    await connection.sendDiagnostics({
      uri,
      version,
      diagnostics: diagnostics.map((d, index) => toLspDiagnostic(document, d, { version, index }))
    })
  }

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(pending.get(document.uri))
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri)
        publish(document).catch((error: unknown) => connection.console.error(`cchc: ${String(error)}`))
      }, delay)
    )
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] }
    },
    serverInfo: { name: "cchc-language-server" }
  }))

  documents.onDidOpen(({ document }) => schedule(document, 0))
  documents.onDidChangeContent(({ document }) => schedule(document, debounceMs))
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri))
    pending.delete(document.uri)
    linted.delete(document.uri)
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })
  // A configuration file changed: lint every open document again.
  connection.onDidChangeWatchedFiles(() => {
    for (const document of documents.all()) schedule(document, 0)
  })

  connection.onCodeAction(({ textDocument, context }): Array<CodeAction> => {
    const document = documents.get(textDocument.uri)
    const result = linted.get(textDocument.uri)
    if (document === undefined || result === undefined || result.version !== document.version) return []
    const wanted = context.only
    const wants = (kind: string) =>
      wanted === undefined || wanted.some((w) => kind === w || kind.startsWith(`${w}.`))
    const actions: Array<CodeAction> = []
    if (wants(CodeActionKind.QuickFix)) {
      for (const published of context.diagnostics) {
        if (published.source !== DIAGNOSTIC_SOURCE) continue
        const ref = published.data as DiagnosticRef | undefined
        const finding = ref?.version === document.version ? result.diagnostics[ref.index] : undefined
        if (finding !== undefined) actions.push(...quickFixes(document, finding, published))
      }
    }
    if (
      wants(FIX_ALL_KIND) &&
      result.linter._tag === "Lint" &&
      result.diagnostics.some((d) => d.fix?.tier === "safe")
    ) {
      const text = document.getText()
      const { output } = fixUntilStable(text, result.linter.lint)
      if (output !== text) {
        actions.push({
          title: "Sửa tất cả lỗi sửa được an toàn (cchc)",
          kind: FIX_ALL_KIND,
          edit: {
            changes: {
              [document.uri]: [
                {
                  range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) },
                  newText: output
                }
              ]
            }
          }
        })
      }
    }
    return actions
  })

  documents.listen(connection)
  connection.listen()
}
