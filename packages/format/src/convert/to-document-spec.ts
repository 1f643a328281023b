/**
 * From a parsed `Document` back to a buildable `DocumentSpec`: what a
 * document read from text, a PDF or a Word file needs to be printed again
 * as a correct Decree-30 document.
 *
 * @since 0.2.0
 */
import {
  type Document,
  type DocumentSpec,
  resolveSpecKind,
  type Section,
  type SectionSpec,
  type SignatureSpec
} from "@cchc/core"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import { sectionLabel, sectionStyles } from "../layout/section-labels.js"

/**
 * A spec made from a document, with what it could not carry over
 * (`dropped`: one plain sentence each, e.g. `a grouping note "} (để b/c)"
 * of Nơi nhận`).
 *
 * @since 0.2.0
 * @category convert
 */
export interface ConvertedSpec {
  readonly spec: DocumentSpec
  readonly dropped: ReadonlyArray<string>
}

/**
 * A document that lacks a part every spec needs (`missing`: `the number
 * (Số, ký hiệu)`, `the place-date line`, …): there is nothing to print it
 * from.
 *
 * @since 0.2.0
 * @category errors
 */
export class DocumentConversionError extends Data.TaggedError("DocumentConversionError")<{
  readonly missing: ReadonlyArray<string>
  readonly message: string
}> {}

// Markdown emphasis left in the body of a web copy: `**…**`, and single
// `*` at the ends of a line.
const withoutEmphasis = (line: string): string =>
  line
    .replaceAll("**", "")
    .replace(/^\*(?=\S)/u, "")
    .replace(/(?<=\S)\*$/u, "")

const linesOf = (text: string): Array<string> =>
  text
    .split(/\r?\n/u)
    .map((l) => withoutEmphasis(l).trim())
    .filter((l) => l !== "")

const END_MARK = /\.\/\.$/u

/** A section with its place in reading order, for the text between headings. */
interface Flat {
  readonly section: Section
  readonly depth: number
}

const flatten = (sections: ReadonlyArray<Section>, depth = 1, out: Array<Flat> = []): Array<Flat> => {
  for (const section of sections) {
    out.push({ section, depth })
    flatten(section.children, depth + 1, out)
  }
  return out
}

/**
 * Turns a parsed `Document` into a `DocumentSpec`: kind, issuer, number,
 * place-date, title, Kính gửi, the body (preamble, numbered sections and
 * their paragraphs, the end mark left to the layout), the signature and
 * Nơi nhận (`Như trên` and the `Lưu` line left to the layout). Fails with
 * a {@link DocumentConversionError} naming the parts a spec needs that the
 * document lacks; otherwise lists in `dropped` what it read but could not
 * carry over.
 *
 * @since 0.2.0
 * @category convert
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { parseDocument } from "@cchc/core"
 * import { renderText, toDocumentSpec } from "@cchc/format"
 * const converted = toDocumentSpec(parseDocument(text)) // text: a document as plain text
 * if (Result.isSuccess(converted)) renderText(converted.success.spec)
 * ```
 */
export const toDocumentSpec = (document: Document): Result.Result<ConvertedSpec, DocumentConversionError> => {
  const missing: Array<string> = []
  const dropped: Array<string> = []
  const kind = document.kind === null ? null : resolveSpecKind(document.kind.name)
  if (kind === null) missing.push("the kind of document (tên loại, or V/v for a công văn)")
  if (document.issuer === null) missing.push("the issuer (tên cơ quan ban hành)")
  const number = document.number
  if (number === null || number.issuerCode === null) missing.push("the number (Số, ký hiệu)")
  const pd = document.placeDate
  if (pd === null || pd.place === null) missing.push("the place-date line (địa danh và thời gian)")
  const signature = document.signature
  if (signature === null || signature.signer === null) missing.push("the signature with the signer's name")
  const recipients = document.recipients
  if (recipients === null) missing.push("Nơi nhận")
  if (document.body === null) missing.push("the body (nội dung)")
  if (
    missing.length > 0 ||
    kind === null ||
    document.issuer === null ||
    number === null ||
    pd === null ||
    signature === null ||
    recipients === null ||
    document.body === null
  ) {
    return Result.fail(
      new DocumentConversionError({ missing, message: `the document has no ${missing.join(", no ")}` })
    )
  }

  // The body: the preamble before the first heading, then each heading's
  // paragraphs up to the next heading, read from the body's text.
  const body = document.body
  const bodyStart = body.span.start.offset
  const flat = flatten(document.sections)
  const at = (offset: number) => Math.max(0, Math.min(body.raw.length, offset - bodyStart))
  const firstHeading = flat[0]?.section.span.start.offset
  const preamble = linesOf(body.raw.slice(0, firstHeading === undefined ? body.raw.length : at(firstHeading)))
  const paragraphsOf = new Map<Section, Array<string>>()
  flat.forEach(({ section }, i) => {
    const next = flat[i + 1]?.section.span.start.offset
    paragraphsOf.set(
      section,
      linesOf(body.raw.slice(at(section.span.end.offset), next === undefined ? body.raw.length : at(next)))
    )
  })
  const styles = sectionStyles(kind)
  const toSpec = (sections: ReadonlyArray<Section>, depth: number): Array<SectionSpec> =>
    sections.map((section, i) => {
      const style = styles[Math.min(depth - 1, styles.length - 1)]!
      const derived = sectionLabel(style, style === "article" ? (section.ordinal ?? i + 1) : i + 1)
      const paragraphs = paragraphsOf.get(section) ?? []
      const children = toSpec(section.children, depth + 1)
      return {
        ...(section.label === derived ? {} : { label: section.label }),
        heading: section.heading.replace(END_MARK, "."),
        ...(paragraphs.length === 0 ? {} : { paragraphs }),
        ...(children.length === 0 ? {} : { children })
      }
    })
  const sections = toSpec(document.sections, 1)
  // The end mark is the layout's: take it off the last sentence.
  const stripLast = (): void => {
    const last = flat[flat.length - 1]?.section
    const list = last === undefined ? preamble : (paragraphsOf.get(last) ?? [])
    const i = list.length - 1
    if (i >= 0) list[i] = list[i]!.replace(END_MARK, ".")
  }
  stripLast()
  const lastSpec = (function findLast(list: Array<SectionSpec>): SectionSpec | undefined {
    const s = list[list.length - 1]
    return s?.children === undefined ? s : findLast([...s.children])
  })(sections)
  if (lastSpec !== undefined && lastSpec.paragraphs === undefined && END_MARK.test(lastSpec.heading))
    (lastSpec as { heading: string }).heading = lastSpec.heading.replace(END_MARK, ".")

  const signatureSpec: SignatureSpec = {
    authority: signature.authority.map((a) => ({ mode: a.mode, on: a.on })),
    title: signature.title,
    signer: signature.signer!
  }
  const kinhGui = document.kinhGui?.items.map((i) => i.text) ?? []
  const archive = recipients.archive
  if (archive === null) dropped.push("no `- Lưu: …` line was read: the spec archives at VT")
  const items = recipients.items.filter(
    (item) => !(kinhGui.length > 0 && item.text === "Như trên") && !/^Lưu\b/u.test(item.text)
  )
  for (const note of recipients.groupNotes) dropped.push(`a grouping note "${note.raw}" of Nơi nhận`)
  if (document.title?.form === "heading" && kind.name === "Công văn")
    dropped.push("the heading of a công văn (it is printed as V/v)")
  const typeCode = kind.name === "Công văn" ? null : number.typeCode
  const spec: DocumentSpec = {
    kind: kind.name,
    issuer: { name: document.issuer.name, parent: document.issuer.parent },
    number: {
      sequence: number.sequence,
      ...(number.year === null ? {} : { year: number.year }),
      ...(typeCode === kind.code ? {} : { typeCode }),
      issuerCode: number.issuerCode!
    },
    placeDate: { place: pd.place!, day: pd.day, month: pd.month, year: pd.year },
    title: { summary: document.title?.summary ?? null },
    ...(kinhGui.length === 0 ? {} : { kinhGui }),
    ...(preamble.length === 0 ? {} : { preamble }),
    ...(sections.length === 0 ? {} : { sections }),
    signature: signatureSpec,
    recipients: {
      items: items.map((item) => ({
        text: item.text,
        ...(item.purpose === null ? {} : { purpose: item.purpose.replace(/^\(|\)$/gu, "") })
      })),
      archive: {
        units: archive === null || archive.units.length === 0 ? ["VT"] : [...archive.units],
        ...(archive?.copies == null ? {} : { copies: archive.copies })
      }
    }
  }
  return Result.succeed({ spec, dropped })
}
