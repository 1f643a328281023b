/**
 * `cchc parse FILE...`: print what the parser reads in documents, as the
 * JSON contract of `Document` or as a short summary for people.
 *
 * @since 0.1.0
 */
import { encodeDocument, parseDocument, type Document, type Section } from "@cchc/core"
import { choiceOption, COMMON_OPTIONS, integerOption, parseCommandArgs } from "../args.js"
import { UsageError } from "../errors.js"
import { expandPaths } from "../input/expand-paths.js"
import { displayPath } from "../input/paths.js"
import { readInputText } from "../input/read-input.js"
import type { CliIO } from "../io.js"

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: "string", short: "f" },
  "convert-legacy": { type: "boolean" },
  "max-file-size": { type: "string" }
} as const

const outline = (sections: ReadonlyArray<Section>, depth: number, out: Array<string>): void => {
  for (const s of sections) {
    out.push(`${"  ".repeat(depth + 2)}${s.label} ${s.heading}`.trimEnd())
    if (depth < 1) outline(s.children, depth + 1, out)
  }
}

/**
 * A short summary of a parsed document for people: kind, number, place
 * and date, title, issuer, outline, signature, recipients, citations.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { summarizeDocument } from "@cchc/cli"
 * summarizeDocument(parseDocument("Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nCông tác tuyên truyền"))
 * // "  Kind: Báo cáo (BC)\n  Number: Số: 05/BC-UBND\n…"
 * ```
 */
export const summarizeDocument = (document: Document): string => {
  const out: Array<string> = []
  const field = (name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") out.push(`  ${`${name}:`.padEnd(13)} ${value}`)
  }
  if (!document.isDocument) {
    out.push("  Not an administrative document:")
    for (const reason of document.notDocumentReasons) out.push(`    - ${reason}`)
  }
  // Only a regime other than the state one is news worth a line.
  if (document.regime.kind !== "state") {
    const { kind, original, signals } = document.regime
    const cues = [...new Set(signals.filter((s) => s.points === kind).map((s) => s.cue))]
    field("Regime", `${kind}${original === null ? "" : ` of a ${original} original`} (${cues.join(", ")})`)
  }
  if (document.encoding.kind !== "unicode")
    field("Encoding", `${document.encoding.kind} (${document.encoding.evidence.slice(0, 2).join(", ")})`)
  field(
    "Kind",
    document.kind === null
      ? null
      : `${document.kind.name}${document.kind.code === null ? "" : ` (${document.kind.code})`}`
  )
  field(
    "Issuer",
    document.issuer === null
      ? null
      : [document.issuer.parent, document.issuer.name].filter(Boolean).join(" / ")
  )
  field("Number", document.number?.raw)
  const pd = document.placeDate
  field(
    "Place, date",
    pd === null
      ? null
      : `${pd.raw}${pd.year !== null && pd.month !== null && pd.day !== null ? ` (${pd.year}-${String(pd.month).padStart(2, "0")}-${String(pd.day).padStart(2, "0")})` : ""}`
  )
  field(
    "Title",
    document.title === null ? null : [document.title.name, document.title.summary].filter(Boolean).join(": ")
  )
  field("Kính gửi", document.kinhGui?.items.map((i) => i.text).join("; "))
  if (document.sections.length > 0) {
    field("Sections", String(document.sections.length))
    outline(document.sections, 0, out)
  }
  const sig = document.signature
  field(
    "Signature",
    sig === null
      ? null
      : [...sig.authority.map((a) => `${a.prefix} ${a.on}`.trim()), sig.title, sig.signer]
          .filter(Boolean)
          .join(" / ")
  )
  const rec = document.recipients
  field(
    "Nơi nhận",
    rec === null
      ? null
      : `${rec.items.length} line${rec.items.length === 1 ? "" : "s"}${rec.archive === null ? "" : `; ${rec.archive.raw}`}`
  )
  field("End mark", document.endMark === null ? null : "./.")
  if (document.citations.length > 0) {
    field("Citations", String(document.citations.length))
    for (const c of document.citations.slice(0, 10)) out.push(`    ${c.span.start.line}: ${c.raw}`)
    if (document.citations.length > 10) out.push(`    … ${document.citations.length - 10} more`)
  }
  field("Figures", document.metrics.length === 0 ? null : String(document.metrics.length))
  return `${out.join("\n")}\n`
}

/**
 * Runs `cchc parse` and returns its exit code (2 when a file could not be
 * read; the others are still printed).
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * const io = memoryIO(process.cwd())
 * await runCli(["parse", "examples/documents/bao-cao-cchc-quy-iii-2026.txt"], io) // 0
 * JSON.parse(io.output()).isDocument // true
 * ```
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIO): Promise<number> => {
  const { values, positionals } = parseCommandArgs("parse", argv, OPTIONS, io.locale)
  const format = choiceOption("--format", values.format, ["json", "text"] as const, "json")
  if (positionals.length === 0) throw new UsageError("parse needs at least one FILE")
  const maxFileSize = integerOption("--max-file-size", values["max-file-size"], 1, 1024) ?? 10
  const read = { maxBytes: maxFileSize * 1_048_576, convertLegacy: values["convert-legacy"] === true }

  const { files, problems } = await expandPaths(positionals, io.cwd)
  let failures = 0
  for (const { path, problem } of problems) {
    io.stderr.write(`cchc parse: ${displayPath(io.cwd, path)}: ${problem.message}\n`)
    failures++
  }
  const parsed: Array<{ file: string; document: Document }> = []
  for (const { path } of files) {
    const outcome = await readInputText(path, read)
    const file = displayPath(io.cwd, path)
    if (!outcome.ok) {
      const { line, column } = outcome.problem
      io.stderr.write(
        `cchc parse: ${file}${line === undefined ? "" : `:${line}${column === undefined ? "" : `:${column}`}`}: ${outcome.problem.message}\n`
      )
      failures++
      continue
    }
    const decoded = outcome.value
    parsed.push({ file, document: parseDocument(decoded.text, { detectEncoding: () => decoded.detected }) })
  }
  if (format === "json") {
    const encoded = parsed.map(({ document }) => encodeDocument(document))
    const single = positionals.length === 1 && files.length === 1 && encoded.length === 1
    if (encoded.length > 0 || failures === 0)
      io.stdout.write(`${JSON.stringify(single ? encoded[0] : encoded, null, 2)}\n`)
  } else {
    io.stdout.write(parsed.map(({ file, document }) => `${file}\n${summarizeDocument(document)}`).join("\n"))
  }
  return failures > 0 ? 2 : 0
}
