/**
 * The text of a .docx, line by line as a person sees it: one line per
 * paragraph, a line break inside a paragraph kept as a line break, and the
 * cells of a layout table (the header and footer blocks of a Decree-30
 * document) read one after another, each cell's lines together.
 *
 * @since 0.1.0
 */
import type { ReadOutcome } from "./decode-text.js"

/** The part of mammoth's document model this reader walks. */
interface DocxElement {
  readonly type: string
  readonly value?: string
  readonly breakType?: string
  readonly children?: ReadonlyArray<DocxElement>
}

/** Collects the lines of a document tree. */
class LineCollector {
  readonly lines: Array<string> = []
  private current: string | null = null

  text(value: string): void {
    this.current = (this.current ?? "") + value
  }

  endLine(): void {
    this.lines.push(this.current ?? "")
    this.current = null
  }

  /** A blank line between blocks, never two in a row and never at the top. */
  separate(): void {
    if (this.current !== null) this.endLine()
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("")
  }
}

const walk = (element: DocxElement, out: LineCollector): void => {
  switch (element.type) {
    case "text":
      out.text(element.value ?? "")
      return
    case "tab":
      out.text("\t")
      return
    case "break":
      out.endLine()
      return
    case "paragraph":
      for (const child of element.children ?? []) walk(child, out)
      out.endLine()
      return
    case "table":
      out.separate()
      for (const child of element.children ?? []) walk(child, out)
      out.separate()
      return
    case "tableCell":
      for (const child of element.children ?? []) walk(child, out)
      out.separate()
      return
    default:
      for (const child of element.children ?? []) walk(child, out)
  }
}

/**
 * Flattens a mammoth document tree into text lines (exported for tests of
 * the layout rules; {@link readDocx} is what commands use).
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { docxTreeToText } from "@cchc/cli"
 * const p = (text: string) => ({ type: "paragraph", children: [{ type: "run", children: [{ type: "text", value: text }] }] })
 * docxTreeToText({ type: "document", children: [{ type: "table", children: [{ type: "tableRow", children: [
 *   { type: "tableCell", children: [p("ỦY BAN NHÂN DÂN"), p("Số: 05/BC-UBND")] },
 *   { type: "tableCell", children: [p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")] }] }] }, p("BÁO CÁO")] })
 * // "ỦY BAN NHÂN DÂN\nSố: 05/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\n"
 * ```
 */
export const docxTreeToText = (document: DocxElement): string => {
  const out = new LineCollector()
  walk(document, out)
  while (out.lines.length > 0 && out.lines[out.lines.length - 1] === "") out.lines.pop()
  return out.lines.length === 0 ? "" : `${out.lines.join("\n")}\n`
}

/**
 * Reads the text of a .docx with mammoth (loaded on first use). A file
 * that is not a Word document, or has no text, is an input problem.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { readDocx } from "@cchc/cli"
 * const outcome = await readDocx(await readFile("bao-cao.docx"))
 * if (outcome.ok) console.log(outcome.value.split("\n")[0])
 * ```
 */
export const readDocx = async (bytes: Uint8Array): Promise<ReadOutcome<string>> => {
  const { default: mammoth } = await import("mammoth")
  let tree: DocxElement | null = null
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxElement) => {
          tree = document
          // Nothing more is needed from the HTML conversion.
          return { ...document, children: [] }
        }
      }
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const reason = /central directory|zip file/i.test(message)
      ? "it is not a ZIP archive (save it from Word as .docx)"
      : message.split("\n")[0]
    return {
      ok: false,
      problem: { id: "invalid-docx", message: `not a readable .docx (Word) file: ${reason}` }
    }
  }
  const text = tree === null ? "" : docxTreeToText(tree)
  if (text.trim().length === 0)
    return {
      ok: false,
      problem: { id: "empty", message: "the .docx has no text: there is nothing to check" }
    }
  return { ok: true, value: text }
}
