// The built server, started as an editor starts it (`cchc-language-server
// --stdio`) and driven over standard input and output with JSON-RPC
// messages framed by Content-Length headers, as the protocol defines them.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { afterAll, beforeAll, describe, expect, test } from "vitest"

const ROOT = new URL("../../../", import.meta.url).pathname
const BIN = join(ROOT, "packages/language-server/dist/bin.js")
const REPORT = readFileSync(join(ROOT, "examples/documents/bao-cao-cchc-quy-iii-2026.txt"), "utf8")

interface Message {
  readonly id?: number
  readonly method?: string
  readonly params?: any
  readonly result?: any
}

/** A minimal LSP client: requests, notifications and a log of what the server sent. */
class Client {
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly waiting = new Map<number, (result: any) => void>()
  private readonly listeners: Array<(message: Message) => void> = []
  readonly received: Array<Message> = []

  constructor(readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      for (;;) {
        const header = this.buffer.indexOf("\r\n\r\n")
        if (header < 0) return
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, header).toString())![1])
        if (this.buffer.length < header + 4 + length) return
        const message = JSON.parse(
          this.buffer.subarray(header + 4, header + 4 + length).toString("utf8")
        ) as Message
        this.buffer = this.buffer.subarray(header + 4 + length)
        this.received.push(message)
        if (message.id !== undefined && message.method === undefined)
          this.waiting.get(message.id)?.(message.result)
        for (const listener of this.listeners) listener(message)
      }
    })
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8")
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`)
    this.server.stdin.write(body)
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.waiting.set(id, resolve)
      this.send({ id, method, params })
    })
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params })
  }

  /** The next diagnostics published for `uri` (at `version` when given). */
  diagnostics(uri: string, version?: number): Promise<any> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.method !== "textDocument/publishDiagnostics" || message.params.uri !== uri) return
        if (version !== undefined && message.params.version !== version) return
        this.listeners.splice(this.listeners.indexOf(listener), 1)
        resolve(message.params)
      }
      this.listeners.push(listener)
    })
  }
}

let dir = ""
let server: ChildProcessWithoutNullStreams
let client: Client

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error("Build first: npx -y pnpm@10.34.8 build")
  dir = mkdtempSync(join(tmpdir(), "cchc-lsp-"))
  server = spawn(process.execPath, [BIN, "--stdio"], { stdio: "pipe" })
  client = new Client(server)
  const init = await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {}
  })
  expect(init.capabilities.codeActionProvider.codeActionKinds).toContain("source.fixAll.cchc")
  client.notify("initialized", {})
}, 30_000)

afterAll(async () => {
  if (client !== undefined) {
    await client.request("shutdown", null)
    client.notify("exit", null)
  }
  rmSync(dir, { recursive: true, force: true })
})

const open = (uri: string, text: string, languageId = "plaintext") => {
  const published = client.diagnostics(uri, 1)
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } })
  return published
}

describe("cchc-language-server --stdio", () => {
  test("publishes the findings of a plain-text document, each with its rule id and page", async () => {
    const uri = pathToFileURL(join(dir, "bao-cao.txt")).href
    const { diagnostics } = await open(uri, REPORT)
    const placeDate = diagnostics.find((d: any) => d.code === "place-date")
    expect(placeDate).toMatchObject({
      source: "cchc",
      severity: 1,
      codeDescription: { href: expect.stringMatching(/docs\/rules\/place-date\.md$/) },
      range: { start: { line: 9, character: 24 } }
    })
    expect(placeDate.message).toContain('"tháng 9"')
    expect(diagnostics.every((d: any) => d.source === "cchc")).toBe(true)
  })

  test("offers a quick fix for a finding and a fix-all action that applies the safe fixes", async () => {
    const uri = pathToFileURL(join(dir, "bao-cao.txt")).href
    const published = client.received
      .filter((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri)
      .at(-1)!.params.diagnostics
    const finding = published.find((d: any) => d.code === "place-date")
    const quick = await client.request("textDocument/codeAction", {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding], only: ["quickfix"] }
    })
    expect(quick.length).toBeGreaterThan(0)
    expect(quick[0]).toMatchObject({ kind: "quickfix", isPreferred: true })
    const [edit] = quick[0].edit.changes[uri]
    expect(edit).toEqual({
      range: { start: { line: 9, character: 24 }, end: { line: 9, character: 26 } },
      newText: "9"
    })

    const all = await client.request("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] }
    })
    expect(all).toHaveLength(1)
    expect(all[0].kind).toBe("source.fixAll.cchc")
    const fixed: string = all[0].edit.changes[uri][0].newText
    expect(fixed).toContain("Tịnh Khê, ngày 25 tháng 9 năm 2026")
    // Nothing but the fixed parts changes: the text keeps its lines.
    expect(fixed.split("\n").length).toBe(REPORT.split("\n").length)
  })

  test("lints again after an edit, once the typing pauses", async () => {
    const uri = pathToFileURL(join(dir, "bao-cao.txt")).href
    const fixed = REPORT.replace("tháng 09", "tháng 9")
    const published = client.diagnostics(uri, 3)
    // Two quick edits: only the last version is linted.
    client.notify("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: REPORT + " " }]
    })
    client.notify("textDocument/didChange", {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: fixed }]
    })
    const { diagnostics } = await published
    expect(diagnostics.some((d: any) => d.code === "place-date")).toBe(false)
    const versions = client.received
      .filter((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri)
      .map((m) => m.params.version)
    expect(versions).not.toContain(2)
  })

  test("lints Markdown documents", async () => {
    const uri = pathToFileURL(join(dir, "bao-cao.md")).href
    const { diagnostics } = await open(uri, REPORT.replace("BÁO CÁO", "**BÁO CÁO**"), "markdown")
    expect(diagnostics.some((d: any) => d.code === "place-date")).toBe(true)
  })

  test("lints the plain text of an editor that names it `text` (Neovim)", async () => {
    const uri = pathToFileURL(join(dir, "neovim.txt")).href
    const { diagnostics } = await open(uri, REPORT, "text")
    expect(diagnostics.some((d: any) => d.code === "place-date")).toBe(true)
  })

  test("leaves other languages alone", async () => {
    const uri = pathToFileURL(join(dir, "notes.ts")).href
    client.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "typescript", version: 1, text: REPORT }
    })
    // A document opened after it is answered first: the TypeScript one got nothing.
    await open(pathToFileURL(join(dir, "after.txt")).href, "Số: 05/BC-UBND")
    expect(
      client.received.some((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri)
    ).toBe(false)
  })

  test("follows the cchc.config.json of the document's folder", async () => {
    const project = mkdtempSync(join(dir, "project-"))
    writeFileSync(join(project, "cchc.config.json"), JSON.stringify({ rules: { "place-date": "off" } }))
    const uri = pathToFileURL(join(project, "bao-cao.txt")).href
    const { diagnostics } = await open(uri, REPORT)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.some((d: any) => d.code === "place-date")).toBe(false)
  })

  test("reports a broken cchc.config.json on the document instead of linting it", async () => {
    const project = mkdtempSync(join(dir, "broken-"))
    writeFileSync(join(project, "cchc.config.json"), JSON.stringify({ rulez: {} }))
    const uri = pathToFileURL(join(project, "bao-cao.txt")).href
    const { diagnostics } = await open(uri, REPORT)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ source: "cchc", code: "config", severity: 1 })
    expect(diagnostics[0].message).toContain("rulez")
  })
})
