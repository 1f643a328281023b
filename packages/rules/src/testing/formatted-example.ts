/**
 * Formatted examples: a text whose lines say how they look, for the tests
 * and docs of the layout rules, which read formatting facts a plain text
 * does not have. An example starts with a `@formatted` line; each line
 * after it may start with its look in brackets:
 *
 * ```text
 * @formatted page=A4 margins=20/20/30/15
 * [13 b center] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 * [14 i] Ba Bích, ngày 05 tháng 3 năm 2024
 * Nội dung
 * ```
 *
 * In brackets: a number is the size in points; `b`, `i`, `u` bold, italic,
 * underline; `left`, `center`, `right`, `justify` the alignment;
 * `font=Arial`; `indent=28.35` the first-line indent, `after=6` the
 * spacing after and `line=1.5` the line spacing in points and lines. A
 * line without brackets is Times New Roman 14, regular, justified, with
 * a 1 cm first-line indent and 6 pt after. The page is A4 with margins
 * 20/20/30/15 mm (top/bottom/left/right) unless the first line says
 * otherwise (`page=210x297`, `landscape`, `margins=25/20/35/15`); it may
 * also place a page number (`pageNumber=center-top-from2`,
 * `right-bottom-all`) and give package facts (`trackedChanges=2`,
 * `comments=1`).
 *
 * @since 0.1.0
 */
import type { FormattedParagraph, Formatting, PageSetup, RunFormat } from "@cchc/core"

const MARKER = "@formatted"
const LOOK = /^\[([^\]\n]*)\] ?/u

/**
 * Whether `example` is a formatted example (its first line is `@formatted`).
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { isFormattedExample } from "@cchc/rules"
 * isFormattedExample("@formatted\n[13 b] BÁO CÁO") // true
 * ```
 */
export const isFormattedExample = (example: string): boolean =>
  example === MARKER || example.startsWith(`${MARKER} `) || example.startsWith(`${MARKER}\n`)

type MutablePage = { -readonly [K in keyof PageSetup]: PageSetup[K] }

const parsePage = (header: string): MutablePage => {
  const page: MutablePage = {
    width: 210,
    height: 297,
    orientation: "portrait",
    marginTop: 20,
    marginBottom: 20,
    marginLeft: 30,
    marginRight: 15,
    titlePage: true,
    headersFooters: [],
    end: 0
  }
  for (const token of header.split(/\s+/u)) {
    const [key, value] = token.split("=")
    if (key === "page" && value !== undefined) {
      const [w, h] = value === "A4" ? [210, 297] : value.split("x").map(Number)
      page.width = w ?? null
      page.height = h ?? null
    } else if (key === "landscape") page.orientation = "landscape"
    else if (key === "margins" && value !== undefined) {
      const [top, bottom, left, right] = value.split("/").map(Number)
      page.marginTop = top ?? null
      page.marginBottom = bottom ?? null
      page.marginLeft = left ?? null
      page.marginRight = right ?? null
    } else if (key === "pageNumber" && value !== undefined) {
      // pageNumber=center-top-from2 | center-top-all | right-bottom-from2
      page.headersFooters = [
        {
          kind: value.includes("bottom") ? "footer" : "header",
          pages: "default",
          part: `page-number:${value}`
        }
      ]
      page.titlePage = value.endsWith("from2")
    }
  }
  return page
}

/**
 * The text and formatting facts of a formatted example (see the module
 * comment for its notation).
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { readFormattedExample } from "@cchc/rules"
 * const { text, formatting } = readFormattedExample("@formatted\n[13 b center] BÁO CÁO")
 * text // "BÁO CÁO\n"
 * formatting.paragraphs[0]?.runs[0]?.format.bold // true
 * ```
 */
export const readFormattedExample = (example: string): { text: string; formatting: Formatting } => {
  const [header = "", ...lines] = example.split("\n")
  const page = parsePage(header.slice(MARKER.length))
  const paragraphs: Array<FormattedParagraph> = []
  const margins: Array<FormattedParagraph> = []
  let text = ""
  lines.forEach((line, index) => {
    const look = LOOK.exec(line)
    const content = look === null ? line : line.slice(look[0].length)
    const format: { -readonly [K in keyof RunFormat]: RunFormat[K] } = {
      font: "Times New Roman",
      fontComplex: "Times New Roman",
      size: 14,
      bold: false,
      italic: false,
      underline: false,
      caps: false,
      color: null
    }
    const start = text.length
    const paragraph: { -readonly [K in keyof FormattedParagraph]: FormattedParagraph[K] } = {
      start,
      end: start + content.length,
      part: "word/document.xml",
      index,
      style: null,
      alignment: "justify",
      indentLeft: 0,
      indentRight: 0,
      indentFirstLine: 28.35,
      spacingBefore: 0,
      spacingAfter: 6,
      lineSpacing: { rule: "multiple", value: 1 },
      inTable: false,
      numbering: null,
      pageNumber: false,
      runs: []
    }
    if (look !== null) {
      paragraph.indentFirstLine = 0
      paragraph.spacingAfter = 0
      paragraph.alignment = "left"
      for (const token of look[1]!.split(/\s+/u).filter((t) => t.length > 0)) {
        const [key, value] = token.split("=")
        if (/^\d+(?:\.\d+)?$/u.test(token)) format.size = Number(token)
        else if (token === "b") format.bold = true
        else if (token === "i") format.italic = true
        else if (token === "u") format.underline = true
        else if (token === "left" || token === "center" || token === "right" || token === "justify")
          paragraph.alignment = token
        else if (key === "font" && value !== undefined) format.font = value.replace(/_/gu, " ")
        else if (key === "indent") paragraph.indentFirstLine = Number(value)
        else if (key === "after") paragraph.spacingAfter = Number(value)
        else if (key === "line") paragraph.lineSpacing = { rule: "multiple", value: Number(value) }
      }
    }
    if (content.length > 0)
      paragraph.runs = [
        {
          start,
          end: start + content.length,
          format,
          source: { part: "word/document.xml", paragraph: index, run: 0 }
        }
      ]
    paragraphs.push(paragraph)
    text += `${content}\n`
  })
  for (const hf of page.headersFooters) {
    const where = hf.part.slice("page-number:".length)
    margins.push({
      start: null,
      end: null,
      part: hf.part,
      index: 0,
      style: null,
      alignment: where.startsWith("center") ? "center" : where.startsWith("right") ? "right" : "left",
      indentLeft: 0,
      indentRight: 0,
      indentFirstLine: 0,
      spacingBefore: 0,
      spacingAfter: 0,
      lineSpacing: null,
      inTable: false,
      numbering: null,
      pageNumber: true,
      runs: []
    })
  }
  page.end = text.length
  const count = (name: string): number => {
    const token = header.split(/\s+/u).find((t) => t.startsWith(`${name}=`))
    return token === undefined ? 0 : Number(token.slice(name.length + 1))
  }
  return {
    text,
    formatting: {
      source: "docx",
      paragraphs,
      margins,
      sections: [page],
      facts: {
        trackedChanges: count("trackedChanges"),
        firstTrackedChange: null,
        comments: count("comments"),
        protection: null,
        signed: false,
        macros: false,
        embeddedObjects: 0,
        altChunks: 0
      }
    }
  }
}
