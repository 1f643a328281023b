/**
 * Reading the text layer of a PDF with pdf.js (Mozilla's PDF library, its
 * build for Node), in reading order, within limits.
 *
 * @since 0.1.0
 */
import { measureInflatedSize } from "./inflated-size.js"
import { layoutPage, type PageLine } from "./layout-page.js"
import type { PdfProblem } from "./pdf-problem.js"
import type { PdfSegment } from "./pdf-source-map.js"
import type { PositionedText } from "./positioned-text.js"

/**
 * A line of the text read from a PDF, with the formatting facts the PDF
 * keeps: where it starts in the text, its page (from 1), its font size and
 * its left edge (points from the page's left edge); `wraps` when its text
 * goes on at the next line because the next word did not fit (the line
 * break is kept in the text: joining is for the reader of the text to
 * decide; a line that wraps after a hyphen was broken inside a word or a
 * code such as `QĐ-UBND`, and joins without a space).
 *
 * @since 0.1.0
 * @category reading
 */
export interface PdfLine {
  readonly offset: number
  readonly page: number
  readonly size: number
  readonly left: number
  readonly wraps: boolean
}

/**
 * The text of a PDF: one line per visual line, the cells of the
 * two-column header and footer tables one after another (left cell
 * first), a blank line between paragraphs and cells; `segments` map every
 * character that came from the PDF back to its page and text item (see
 * `pdfSourceAt`), `lines` give each line's page and font size.
 * `pagesWithoutText` lists the pages (from 1) that have no text layer.
 *
 * @since 0.1.0
 * @category reading
 */
export interface PdfText {
  readonly text: string
  readonly pageCount: number
  readonly segments: ReadonlyArray<PdfSegment>
  readonly lines: ReadonlyArray<PdfLine>
  readonly pagesWithoutText: ReadonlyArray<number>
}

/**
 * Limits of {@link readPdf}: the most the file's compressed streams may
 * inflate to, in bytes (measured before the PDF is opened), the most
 * pages, and the longest text, in UTF-16 code units.
 *
 * @since 0.1.0
 * @category reading
 */
export interface ReadPdfOptions {
  readonly maxInflatedBytes?: number
  readonly maxPages?: number
  readonly maxTextLength?: number
}

/**
 * The defaults of {@link ReadPdfOptions}: 256 MB inflated, 2,000 pages,
 * 10 million characters.
 *
 * @since 0.1.0
 * @category reading
 */
export const DEFAULT_PDF_LIMITS: Required<ReadPdfOptions> = {
  maxInflatedBytes: 256 * 1_048_576,
  maxPages: 2000,
  maxTextLength: 10_000_000
}

/**
 * The outcome of {@link readPdf}: the text, or why there is none.
 *
 * @since 0.1.0
 * @category reading
 */
export type ReadPdfOutcome =
  { readonly ok: true; readonly value: PdfText } | { readonly ok: false; readonly problem: PdfProblem }

const fail = (problem: PdfProblem): ReadPdfOutcome => ({ ok: false, problem })

const ascii = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1")

/** The subset of pdf.js's text item that the layout reads. */
interface PdfJsTextItem {
  readonly str: string
  readonly transform: ReadonlyArray<number>
  readonly width: number
  readonly height: number
}

const isTextItem = (item: object): item is PdfJsTextItem => "str" in item && "transform" in item

const positioned = (
  items: ReadonlyArray<object>,
  toViewport: (x: number, y: number) => ReadonlyArray<number>
): Array<PositionedText> => {
  const out: Array<PositionedText> = []
  items.forEach((item, index) => {
    if (!isTextItem(item) || item.str === "") return
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform
    const [x = 0, y = 0] = toViewport(e, f)
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height
    out.push({ text: item.str.normalize("NFC"), x, y, width: item.width, size, item: index })
  })
  return out
}

const describe = (error: unknown): { name: string; message: string } =>
  error instanceof Error || (typeof error === "object" && error !== null && "message" in error)
    ? {
        name: String((error as { name?: unknown }).name ?? "Error"),
        message: String((error as { message: unknown }).message).split("\n")[0]!
      }
    : { name: "Error", message: String(error) }

/**
 * Reads the text layer of a PDF. Before pdf.js (loaded on first use) sees
 * the file, it must start with a `%PDF-` header, end with an end-of-file
 * marker (a file cut short in a download is reported, not half read) and
 * inflate to no more than `maxInflatedBytes`; then no more than `maxPages`
 * pages and `maxTextLength` characters are read. Each page is laid out by
 * `layoutPage`. A file that is not a PDF or is damaged, needs a password,
 * is over a limit, or has no text on any page (a scan: no OCR is done) is
 * a {@link PdfProblem}, never an exception. No network, no fonts loaded,
 * no script evaluated.
 *
 * @since 0.1.0
 * @category reading
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { readPdf } from "@cchc/pdf"
 * const outcome = await readPdf(await readFile("bao-cao.pdf"))
 * if (outcome.ok) console.log(outcome.value.text.split("\n")[0]) // "UBND TỈNH QUẢNG NGÃI"
 * else console.log(outcome.problem.kind) // "no-text-layer", "encrypted", "invalid-pdf" or "too-large"
 * ```
 */
export const readPdf = async (bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadPdfOutcome> => {
  const limits = { ...DEFAULT_PDF_LIMITS, ...options }
  if (!ascii(bytes.subarray(0, 1024)).includes("%PDF-"))
    return fail({ kind: "invalid-pdf", message: "not a PDF file: it has no %PDF- header", offset: 0 })
  if (!ascii(bytes.subarray(Math.max(0, bytes.length - 2048))).includes("%%EOF"))
    return fail({
      kind: "invalid-pdf",
      message:
        "the PDF is cut short: it has no end-of-file marker (%%EOF), so pages may be missing; get the whole file again",
      offset: bytes.length
    })
  const inflated = measureInflatedSize(bytes, limits.maxInflatedBytes)
  if (!inflated.ok)
    return fail({
      kind: "too-large",
      message: `the compressed streams of this PDF inflate to more than ${(limits.maxInflatedBytes / 1_048_576).toFixed(0)} MB (a damaged file or a "PDF bomb"); not read`,
      offset: inflated.offset
    })

  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const task = pdfjs.getDocument({
    // pdf.js may take over the buffer it is given: it gets a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  })
  let document: Awaited<typeof task.promise>
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy().catch(() => undefined)
    const { name, message } = describe(error)
    if (name === "PasswordException")
      return fail({
        kind: "encrypted",
        message: "the PDF is protected by a password: save a copy without protection to check it"
      })
    return fail({ kind: "invalid-pdf", message: `not a readable PDF: ${message}` })
  }
  try {
    if (document.numPages > limits.maxPages)
      return fail({
        kind: "too-large",
        message: `the PDF has ${document.numPages} pages, over the limit of ${limits.maxPages}`
      })
    const pages: Array<ReadonlyArray<PageLine>> = []
    const pagesWithoutText: Array<number> = []
    let length = 0
    for (let number = 1; number <= document.numPages; number++) {
      let lines: Array<PageLine>
      try {
        const page = await document.getPage(number)
        const viewport = page.getViewport({ scale: 1 })
        const content = await page.getTextContent()
        lines = layoutPage(
          positioned(content.items, (x, y) => viewport.convertToViewportPoint(x, y)),
          number
        )
        page.cleanup()
      } catch (error) {
        return fail({
          kind: "invalid-pdf",
          message: `page ${number} cannot be read: ${describe(error).message}`,
          page: number
        })
      }
      if (lines.length === 0) pagesWithoutText.push(number)
      for (const line of lines) for (const piece of line.pieces) length += piece.text.length + 2
      if (length > limits.maxTextLength)
        return fail({
          kind: "too-large",
          message: `the text of this PDF is over the limit of ${limits.maxTextLength.toLocaleString("en")} characters`,
          page: number
        })
      pages.push(lines)
    }
    if (pagesWithoutText.length === document.numPages)
      return fail({
        kind: "no-text-layer",
        message:
          `no text layer: ${document.numPages === 1 ? "the page of this PDF is an image" : `the ${document.numPages} pages of this PDF are images`} ` +
          "(a scan?); the text of a PDF is read, no OCR is done: check the .docx it was made from, or a copy with a text layer",
        page: 1
      })
    return { ok: true, value: assemble(pages, pagesWithoutText) }
  } finally {
    await document.destroy().catch(() => undefined)
  }
}

/** The pages' lines as one text, with its segments and line facts. */
const assemble = (
  pages: ReadonlyArray<ReadonlyArray<PageLine>>,
  pagesWithoutText: Array<number>
): PdfText => {
  const parts: Array<string> = []
  const segments: Array<PdfSegment> = []
  const lines: Array<PdfLine> = []
  let offset = 0
  const push = (text: string) => {
    parts.push(text)
    offset += text.length
  }
  pages.forEach((pageLines, index) => {
    const page = index + 1
    for (const line of pageLines) {
      if (offset > 0) push(line.blankBefore ? "\n\n" : "\n")
      // A page that starts with a new paragraph or a table: the last line of the page before does not wrap.
      const last = lines[lines.length - 1]
      if (line.blankBefore && last !== undefined) lines[lines.length - 1] = { ...last, wraps: false }
      lines.push({ offset, page, size: line.size, left: line.left, wraps: line.wraps })
      for (const piece of line.pieces) {
        if (piece.item !== null && piece.text !== "")
          segments.push({ start: offset, end: offset + piece.text.length, page, item: piece.item })
        push(piece.text)
      }
    }
  })
  const last = lines[lines.length - 1]
  if (last !== undefined) lines[lines.length - 1] = { ...last, wraps: false }
  if (offset > 0) push("\n")
  return { text: parts.join(""), pageCount: pages.length, segments, lines, pagesWithoutText }
}
