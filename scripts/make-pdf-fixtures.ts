/**
 * Makes the PDF fixtures of `@cchc/pdf`: each example document
 * (`examples/documents/*.txt`) and each seed document
 * (`../shared/corpus/seeds/*.txt`, when that folder is there) is parsed,
 * laid out with the text of its own lines (mistakes included, nothing
 * normalised), rendered to .docx by `@cchc/format`'s renderer (the header
 * and footer in borderless two-column tables, as Word users lay them out)
 * and converted to PDF by LibreOffice. The PDFs are written to
 * `packages/pdf/test/fixtures/` (the .docx files only pass through a
 * temporary folder).
 *
 * Needs `libreoffice` and a build of the packages:
 *
 *     pnpm build && tsx scripts/make-pdf-fixtures.ts
 *
 * A seed that is not an administrative document (a web news item) is
 * skipped: there is no header or footer to lay out.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join, resolve } from "node:path"
import { parseDocument, type Document } from "@cchc/core"
import type { DocumentLayout } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"

const ROOT = resolve(import.meta.dirname, "..")
const OUT = join(ROOT, "packages/pdf/test/fixtures")
const SOURCES = [join(ROOT, "examples/documents"), resolve(ROOT, "../shared/corpus/seeds")]

interface SpanLike {
  readonly start: { readonly offset: number }
  readonly end: { readonly offset: number }
}

/** The non-blank source lines a span covers, as written. */
const linesOf = (text: string, span: SpanLike | null | undefined): Array<string> => {
  if (span === null || span === undefined) return []
  const from = text.lastIndexOf("\n", span.start.offset - 1) + 1
  const to = text.indexOf("\n", span.end.offset)
  return text
    .slice(from, to === -1 ? text.length : to)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
}

/** One paragraph per source line of `raw` (the body as the parser read it). */
const bodyBlocks = (raw: string): DocumentLayout["body"] =>
  raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((text) => ({ type: "paragraph", text, role: "body" }) as const)

/** The layout of a parsed document, every string taken from its own text. */
const layoutOf = (text: string, doc: Document): DocumentLayout => {
  const spanOf = (value: unknown, key = "span"): SpanLike | null =>
    value === null || value === undefined
      ? null
      : ((value as Record<string, SpanLike | undefined>)[key] ?? null)
  const titleName = linesOf(text, spanOf(doc.title, "nameSpan")).join(" ")
  const titleSummary = linesOf(text, spanOf(doc.title, "summarySpan")).join(" ")
  const kinhGui = linesOf(text, spanOf(doc.kinhGui))
  const recipients = linesOf(text, spanOf(doc.recipients))
  const signature = linesOf(text, spanOf(doc.signature))
  const vv = doc.title?.form === "vv"
  return {
    kind: { name: doc.kind?.name ?? "", code: doc.kind?.code ?? "" } as unknown as DocumentLayout["kind"],
    issuer: {
      parent: linesOf(text, spanOf(doc.issuer, "parentSpan")).join(" ") || null,
      name: linesOf(text, spanOf(doc.issuer, "nameSpan")).join(" ")
    },
    number: linesOf(text, spanOf(doc.number)).join(" "),
    nationalHeader: {
      country: linesOf(text, spanOf(doc.nationalHeader?.country)).join(" "),
      motto: linesOf(text, spanOf(doc.nationalHeader?.motto)).join(" ")
    },
    placeDate: linesOf(text, spanOf(doc.placeDate)).join(" "),
    title: { form: vv ? "vv" : "heading", name: vv ? null : titleName, summary: titleSummary || null },
    kinhGui:
      kinhGui.length === 0
        ? null
        : { label: "Kính gửi:", items: kinhGui.length === 1 ? kinhGui : kinhGui.slice(1), lines: kinhGui },
    body: bodyBlocks(doc.body?.raw ?? ""),
    recipients: { label: recipients[0] ?? "", lines: recipients.slice(1) },
    signature: {
      authority: signature.slice(0, -1),
      title: null,
      signer: signature[signature.length - 1] ?? "",
      lines: signature
    },
    // The fixtures print the main components only.
    secrecy: null,
    urgency: null,
    circulation: null,
    drafter: null,
    address: [],
    appendices: []
  }
}

const libreoffice = spawnSync("libreoffice", ["--version"], { encoding: "utf8" })
if (libreoffice.status !== 0) {
  console.error("libreoffice is not installed: cannot make the PDF fixtures")
  process.exit(1)
}

mkdirSync(OUT, { recursive: true })
const work = mkdtempSync(join(tmpdir(), "cchc-pdf-fixtures-"))
try {
  for (const dir of SOURCES.filter(existsSync)) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const text = readFileSync(join(dir, file), "utf8")
      const doc = parseDocument(text)
      const name = basename(file, ".txt")
      if (!doc.isDocument) {
        console.log(`skipped ${file}: not an administrative document`)
        continue
      }
      const docx = join(work, `${name}.docx`)
      writeFileSync(docx, await renderDocx(layoutOf(text, doc)))
      // A private profile: a LibreOffice already open elsewhere does not block the conversion.
      const converted = spawnSync(
        "libreoffice",
        [
          `-env:UserInstallation=file://${work}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          OUT,
          docx
        ],
        { encoding: "utf8" }
      )
      if (converted.status !== 0 || !existsSync(join(OUT, `${name}.pdf`))) {
        console.error(`conversion of ${file} failed: ${converted.stderr}`)
        process.exitCode = 1
        continue
      }
      console.log(`made ${name}.pdf`)
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
