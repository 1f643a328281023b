/**
 * The properties of the layers around the SDK that the `cchc` command
 * adds, checked on the same generated inputs: the text decoder, the
 * reporters, the in-place file writer, and every binary reader plugged in
 * (today the .docx reader; a replacement registers itself the same way).
 *
 * The layers are passed in, like the SDK: the tests check the sources,
 * `pnpm fuzz` the built `@cchc/cli`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type * as Cli from "../packages/cli/src/index.js"
import { PropertyViolation } from "./properties.js"

/**
 * A reader of a binary format (`.docx` today, any other later): it gets
 * the bytes of an untrusted file and must return a text or a problem,
 * never throw, and never hang.
 */
export interface BinaryReader {
  readonly name: string
  readonly read: (bytes: Uint8Array) => Promise<{ readonly ok: boolean }>
  /** Well-formed files of the format, mutated by the fuzzer to reach past the container's checks. */
  readonly samples: ReadonlyArray<Uint8Array>
}

export interface CliLayers {
  readonly decodeText: typeof Cli.decodeText
  readonly toMessages: typeof Cli.toMessages
  readonly formatReport: typeof Cli.formatReport
  readonly reportFormats: typeof Cli.REPORT_FORMATS
  readonly writeFixedFile: typeof Cli.writeFixedFile
  readonly readInputFile: typeof Cli.readInputFile
  readonly workingTree: typeof Cli.workingTree
  readonly readers: ReadonlyArray<BinaryReader>
}

const fail = (property: string, detail: string): never => {
  throw new PropertyViolation(property, detail)
}

const totalAsync = async <A>(property: string, f: () => Promise<A>): Promise<A> => {
  try {
    return await f()
  } catch (error) {
    if (error instanceof PropertyViolation) throw error
    const e = error instanceof Error ? error : new Error(String(error))
    return fail(
      property,
      `threw ${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1, 6).join("\n") ?? ""}`
    )
  }
}

const total = <A>(property: string, f: () => A): A => {
  try {
    return f()
  } catch (error) {
    if (error instanceof PropertyViolation) throw error
    const e = error instanceof Error ? error : new Error(String(error))
    return fail(
      property,
      `threw ${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1, 6).join("\n") ?? ""}`
    )
  }
}

// A cheap, deterministic hash of the text: where to damage its bytes, so
// that a failing case replays from its text alone.
const hash = (text: string): number => {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff
    out[3 + 2 * i] = text.charCodeAt(i) >> 8
  }
  return out
}

/** Bytes with a few positions overwritten (bytes that break UTF-8 and zip structure alike). */
const damaged = (bytes: Uint8Array, seed: number): Uint8Array => {
  if (bytes.length === 0) return bytes
  const out = bytes.slice()
  const hostile = [0x80, 0xc0, 0xed, 0xf4, 0xff, 0x00, 0xe0]
  for (let k = 0, s = seed; k < 3; k++, s = Math.imul(s ^ (s >>> 15), 2246822507) >>> 0)
    out[s % out.length] = hostile[(s >>> 8) % hostile.length]!
  return out
}

const equalBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * The decoder never throws; what it decodes it decodes exactly: UTF-8 read
 * without conversion encodes back to the same bytes (after the BOM), so no
 * replacement character ever stands for a malformed byte, and a UTF-16
 * text is read as it was written. Damaged bytes are read or refused with
 * a located problem.
 */
const checkDecoder = (cli: CliLayers, text: string): void => {
  const encoder = new TextEncoder()
  const utf8 = encoder.encode(text)
  for (const [name, bytes] of [
    ["utf-8", utf8],
    ["utf-16le", utf16le(text)],
    ["damaged utf-8", damaged(utf8, hash(text))]
  ] as const) {
    const outcome = total("decode-total", () => cli.decodeText(bytes, { convertLegacy: false }))
    if (!outcome.ok) {
      const { problem } = outcome
      if (typeof problem.message !== "string" || problem.message === "")
        fail("decode-located", `${name}: a problem without a message`)
      if (
        (problem.id === "not-utf8" || problem.id === "not-utf16") &&
        !(problem.line! >= 1 && problem.column! >= 1)
      )
        fail("decode-located", `${name}: ${problem.id} without a line and column: ${problem.message}`)
      continue
    }
    const { value } = outcome
    if (value.encoding === "utf-8" && value.convertedFrom === null) {
      const body = value.bom ? bytes.subarray(3) : bytes
      if (!equalBytes(encoder.encode(value.text), body))
        fail("decode-exact", `${name}: the decoded text does not encode back to the bytes read`)
    }
    if (name === "utf-16le" && value.convertedFrom === null && value.text !== text)
      fail("decode-exact", "utf-16le: the decoded text differs from the text written")
  }
}

/**
 * Every reporter formats any report without throwing: the stylish one
 * names every file with findings, JSON and SARIF are valid JSON with one
 * entry per file and one result or notification per finding.
 */
const checkReporters = (
  cli: CliLayers,
  text: string,
  diagnostics: Parameters<typeof Cli.toMessages>[0]
): void => {
  const lines = text.split(/\r\n|\r|\n/)
  const messages = total("report-total", () => cli.toMessages(diagnostics, (line) => lines[line - 1] ?? ""))
  const file = `docs/${hash(text) % 1000}.txt`
  const report: Cli.LintReport = {
    files: [{ file, isDocument: true, messages, fixed: false }],
    rules: new Map(),
    cwd: "/repo",
    notes: [],
    configurations: ["cchc.config.json"],
    skippedLinks: []
  }
  for (const format of cli.reportFormats) {
    const out = total("report-total", () =>
      cli.formatReport(format, report, { colour: format === "stylish" })
    )
    if (format === "stylish" && messages.length > 0 && !out.includes(file))
      fail("report-complete", "stylish: the file with findings is not named")
    if (format === "json") {
      const parsed = total("report-json", () => JSON.parse(out) as Array<{ diagnostics: Array<unknown> }>)
      if (parsed.length !== 1 || parsed[0]!.diagnostics.length !== messages.length)
        fail(
          "report-complete",
          `json: ${parsed[0]?.diagnostics.length} diagnostics for ${messages.length} findings`
        )
    }
    if (format === "sarif") {
      const parsed = total(
        "report-json",
        () => JSON.parse(out) as { runs: Array<{ results: Array<unknown> }> }
      )
      if (parsed.runs[0]!.results.length !== messages.length)
        fail(
          "report-complete",
          `sarif: ${parsed.runs[0]!.results.length} results for ${messages.length} findings`
        )
    }
  }
}

let scratch: string | null = null
const scratchFolder = (): string => {
  if (scratch === null) {
    scratch = mkdtempSync(join(tmpdir(), "cchc-fuzz-write-"))
    process.once("exit", () => rmSync(scratch!, { recursive: true, force: true }))
  }
  return scratch
}

/**
 * The in-place writer never throws, writes exactly the bytes given into
 * the file (keeping its mode), and refuses, leaving the file as it was,
 * once the file changed after it was read.
 */
const checkWriter = async (cli: CliLayers, original: string, fixed: string): Promise<void> => {
  const dir = scratchFolder()
  const path = join(dir, "doc.txt")
  writeFileSync(path, original, { mode: 0o640 })
  const tree = await cli.workingTree([dir])
  const read = await totalAsync("write-total", () =>
    cli.readInputFile(path, { maxBytes: 1 << 26, convertLegacy: false })
  )
  if (!read.ok) return
  const data = new TextEncoder().encode(fixed)
  const written = await totalAsync("write-total", () =>
    cli.writeFixedFile(path, data, read.value.identity, { tree, hardLinks: false })
  )
  if (!written.written) fail("write-exact", `an ordinary file was refused: ${written.reason}`)
  if (!equalBytes(readFileSync(path), data)) fail("write-exact", "the file does not hold the bytes written")
  if ((statSync(path).mode & 0o777) !== 0o640) fail("write-exact", "the file's mode was not kept")
  // An edit saved after the read: the writer must refuse and keep it.
  const again = await totalAsync("write-total", () =>
    cli.readInputFile(path, { maxBytes: 1 << 26, convertLegacy: false })
  )
  if (!again.ok) return
  // Bytes, not a string: a lone surrogate in the text would be written as U+FFFD.
  const edit = new TextEncoder().encode(`${fixed}\nsaved meanwhile`)
  writeFileSync(path, edit)
  const late = await totalAsync("write-total", () =>
    cli.writeFixedFile(path, new TextEncoder().encode(original), again.value.identity, {
      tree,
      hardLinks: false
    })
  )
  if (late.written) fail("write-no-lost-edit", "a file edited after it was read was overwritten")
  if (!equalBytes(readFileSync(path), edit)) fail("write-no-lost-edit", "the edit saved meanwhile was lost")
}

// Unzipping and reading a damaged Word file costs about as much as all the
// other checks of a case together: one case in eight reads a damaged
// sample (chosen by the text's hash, so a failure replays).
const DAMAGED_SAMPLE_EVERY = 8

/** Every binary reader returns an outcome, never throws, on the text's bytes and on damaged samples. */
const checkReaders = async (cli: CliLayers, text: string): Promise<void> => {
  const seed = hash(text)
  for (const reader of cli.readers) {
    const inputs: Array<Uint8Array> = [new TextEncoder().encode(text)]
    if (reader.samples.length > 0 && seed % DAMAGED_SAMPLE_EVERY === 0)
      inputs.push(damaged(reader.samples[(seed >>> 3) % reader.samples.length]!, seed))
    for (const bytes of inputs) {
      const outcome = await totalAsync(`${reader.name}-read-total`, () => reader.read(bytes))
      if (typeof outcome?.ok !== "boolean") fail(`${reader.name}-read-total`, "no outcome")
    }
  }
}

/**
 * Checks the CLI's layers on one input: `diagnostics` are the input's
 * findings (from the SDK check), `fixed` its text after the safe fixes.
 */
export const checkCliLayers = async (
  cli: CliLayers,
  text: string,
  diagnostics: Parameters<typeof Cli.toMessages>[0],
  fixed: string
): Promise<void> => {
  checkDecoder(cli, text)
  checkReporters(cli, text, diagnostics)
  await checkWriter(cli, text, fixed)
  await checkReaders(cli, text)
}
