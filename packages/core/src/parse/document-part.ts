/**
 * Telling a document part from a whole document (see `DocumentPart`): an
 * appendix starts with `PHỤ LỤC`; a document issued by a Quyết định has a
 * type heading with `(Kèm theo …)` or `(Ban hành kèm theo …)` under its
 * trích yếu and no number or date of its own; an outline has no head and
 * opens with `PHẦN`, `Chương`, `Mục` or `Điều` headings.
 *
 * @since 0.2.0
 */
import type { DocumentPart } from "../model/document-part.js"
import type { Span } from "../model/span.js"
import type { Header } from "./header.js"
import type { Line } from "./lines.js"

type SpanOf = (start: number, end: number) => Span

const APPENDIX = /^(?:\*+)?PH[UỤ][ ]*L[UỤ]C(?![\p{L}])/u
const ATTACHED = /^\*?\(\*?(?:Ban hành )?[Kk]èm theo /u
const OUTLINE = /^\*{0,2}(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|Điều)[ ]+(?:[IVXLC]+|\d{1,3}|thứ)(?![\p{L}])/u

// How far from the top the evidence may stand, in text lines.
const WINDOW = 8

const firstTextLines = (lines: ReadonlyArray<Line>, from: number, count: number): Array<Line> => {
  const out: Array<Line> = []
  for (let i = from; i < lines.length && out.length < count; i++)
    if (lines[i]!.text.length > 0) out.push(lines[i]!)
  return out
}

/**
 * The part the text is, or `null` for a whole document.
 *
 * @since 0.2.0
 * @category parsing
 */
export const readDocumentPart = (
  lines: ReadonlyArray<Line>,
  header: Header,
  spanOf: SpanOf
): DocumentPart | null => {
  if (header.number !== null || header.placeDate !== null) return null
  const top = firstTextLines(lines, 0, WINDOW)
  const attached = top.find((l) => ATTACHED.test(l.text))
  const part = (kind: DocumentPart["kind"], evidence: Line): DocumentPart => ({
    kind,
    attachedTo: attached === undefined ? null : attached.text,
    evidence: evidence.text,
    span: spanOf(evidence.textStart, evidence.end)
  })
  const first = top[0]
  if (first === undefined) return null
  if (APPENDIX.test(first.text)) return part("appendix", first)
  if (attached !== undefined && header.title !== null && header.title.form === "heading")
    return part("attached-document", attached)
  // Opening with a chương or an article, or no head at all before one.
  if (OUTLINE.test(first.text)) return part("outline", first)
  if (header.title === null && header.nationalHeader.country === null && header.issuer === null) {
    const heading = top.find((l) => OUTLINE.test(l.text))
    if (heading !== undefined) return part("outline", heading)
  }
  return null
}
