/**
 * From a {@link DocumentSpec} to the blocks every renderer prints.
 *
 * @since 0.1.0
 */
import type { DocumentKindEntry, DocumentSpec, SectionSpec, SectionStyle } from "@cchc/core"
import { isAbbreviatedPlace, resolveSpecKind } from "@cchc/core"
import * as Result from "effect/Result"
import { checkDateParts } from "../builders/date-parts.js"
import { checkDocumentNumber, formatDocumentNumber } from "../builders/format-document-number.js"
import { type FormattedKinhGui, formatKinhGui } from "../builders/format-kinh-gui.js"
import { type IssuerHeaderLines, formatIssuerHeader } from "../builders/format-issuer-header.js"
import { type NationalHeaderLines, formatNationalHeader } from "../builders/format-national-header.js"
import { formatLongDate } from "../builders/format-date.js"
import { formatPlaceDate } from "../builders/format-place-date.js"
import { type FormattedRecipients, formatRecipients } from "../builders/format-recipients.js"
import { type FormattedSignature, formatSignatureBlock } from "../builders/format-signature-block.js"
import { type FormattedTitle, formatTitle } from "../builders/format-title.js"
import type { SignatureChainError } from "../builders/signature-chain-error.js"
import { clean, isUpperCase, upper } from "../internal/text.js"
import { withEndMark } from "./end-mark.js"
import { InvalidDocumentSpecError } from "./invalid-document-spec-error.js"
import { sectionLabel, sectionStyles } from "./section-labels.js"

/**
 * A numbered heading of the body: `label` (`I.`, `1.`, `a)`, `-`),
 * `heading` (upper case under a Roman numeral), `level` from 1, `bold`
 * when the decree prints any of it bold (Roman and Điều headings; `1.`
 * when it titles content below it), and `lead` the bold start of `text`:
 * all of it for a bold heading, `""` for a regular one, and only `Điều 1.`
 * when a Điều without title runs its content in on the same line (law PL I
 * II.6.đ; Mẫu 1.2: `**Điều 1.** Phê duyệt …`).
 *
 * @since 0.1.0
 * @category layout
 */
export interface HeadingBlock {
  readonly type: "heading"
  readonly label: string
  readonly heading: string
  readonly text: string
  readonly style: SectionStyle
  readonly level: number
  readonly bold: boolean
  readonly lead: string
}

/**
 * A paragraph of the body: `basis` is a căn cứ line (italic), `command` a
 * line in upper case (`QUYẾT ĐỊNH:`, centred bold), `body` and `closing`
 * running text.
 *
 * @since 0.1.0
 * @category layout
 */
export interface ParagraphBlock {
  readonly type: "paragraph"
  readonly text: string
  readonly role: "basis" | "command" | "body" | "closing"
}

/**
 * One block of the body.
 *
 * @since 0.1.0
 * @category layout
 */
export type BodyBlock = HeadingBlock | ParagraphBlock

/**
 * Everything a renderer prints, resolved: the header cells, the title, the
 * Kính gửi block, the body blocks (the last one carries the end mark), the
 * Nơi nhận block and the signature, and the optional blocks of Phụ lục I
 * (ô 10a–13).
 *
 * @since 0.1.0
 * @category layout
 */
export interface DocumentLayout {
  readonly kind: DocumentKindEntry
  readonly issuer: IssuerHeaderLines
  readonly number: string
  readonly nationalHeader: NationalHeaderLines
  readonly placeDate: string
  readonly title: FormattedTitle
  readonly kinhGui: FormattedKinhGui | null
  readonly body: ReadonlyArray<BodyBlock>
  readonly recipients: FormattedRecipients
  readonly signature: FormattedSignature
  /** Ô 10a, under the number: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`. */
  readonly secrecy: string | null
  /** Ô 10b, under the độ mật: `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC`. */
  readonly urgency: string | null
  /**
   * Ô 11: `LƯU HÀNH NỘI BỘ`, `XEM XONG TRẢ LẠI`, printed with the marks of
   * ô 10 under the number; the decree's grid places ô 11 near them, its
   * exact cell here is **[unverified]**.
   */
  readonly circulation: string | null
  /** Ô 12 as printed under Nơi nhận: `PL.(300)`. */
  readonly drafter: string | null
  /** Ô 13, the lines of the address block at the foot of page 1. */
  readonly address: ReadonlyArray<string>
  /** The phụ lục, each printed from a new page with its own page numbers. */
  readonly appendices: ReadonlyArray<AppendixLayout>
}

/**
 * A phụ lục as printed: `label` (`Phụ lục`, `Phụ lục I`), `title` in
 * capitals, `reference` (`(Kèm theo Báo cáo số 05/BC-UBND ngày 15 tháng 6
 * năm 2024 của Ủy ban nhân dân xã Ba Bích)`) and its body.
 *
 * @since 0.2.0
 * @category layout
 */
export interface AppendixLayout {
  readonly label: string
  readonly title: string
  readonly reference: string
  readonly body: ReadonlyArray<BodyBlock>
}

/**
 * What can make a spec unprintable.
 *
 * @since 0.1.0
 * @category errors
 */
export type DocumentSpecError = InvalidDocumentSpecError | SignatureChainError

const invalid = (path: ReadonlyArray<string | number>, message: string) =>
  Result.fail(new InvalidDocumentSpecError({ path, message }))

// Căn cứ lines and the proposal line under them (`Theo đề nghị của …`,
// `Xét đề nghị của …`) are italic in Mẫu 1.2 and 1.3.
const BASIS = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị)(?![\p{L}])/u

// Labels whose heading is printed in capitals: a Roman numeral, or a Phần
// or Chương numbered with one.
const ROMAN_LABEL = /^(?:(?:Phần|Chương) [IVXLC]+\.?|[IVXLC]+\.)$/u

const paragraphRole = (text: string): ParagraphBlock["role"] => {
  if (BASIS.test(text)) return "basis"
  if (isUpperCase(text)) return "command"
  return "body"
}

/**
 * How deep sections may nest. The decree's deepest outline (Phần, Chương,
 * Mục, Tiểu mục, Điều, Khoản, Điểm, then dashes) has eight levels; the
 * bound leaves room above that and stops a spec nested thousands deep (or
 * one that contains itself) before it overflows the stack.
 */
const MAX_SECTION_DEPTH = 32

// The path of the first section nested deeper than MAX_SECTION_DEPTH or
// containing itself, walked with an explicit stack so the check itself
// cannot overflow.
const sectionNestingProblem = (
  sections: ReadonlyArray<SectionSpec>
): { readonly path: ReadonlyArray<string | number>; readonly message: string } | null => {
  const stack: Array<{
    readonly section: SectionSpec
    readonly path: ReadonlyArray<string | number>
    readonly depth: number
    readonly ancestors: ReadonlySet<SectionSpec>
  }> = []
  sections.forEach((section, i) =>
    stack.push({ section, path: ["sections", i], depth: 1, ancestors: new Set() })
  )
  while (stack.length > 0) {
    const { section, path, depth, ancestors } = stack.pop()!
    if (ancestors.has(section)) return { path, message: "this section contains itself" }
    if (depth > MAX_SECTION_DEPTH)
      return { path, message: `sections nest deeper than ${MAX_SECTION_DEPTH} levels` }
    const children = section.children ?? []
    if (children.length === 0) continue
    const within = new Set(ancestors).add(section)
    children.forEach((child, i) =>
      stack.push({ section: child, path: [...path, "children", i], depth: depth + 1, ancestors: within })
    )
  }
  return null
}

const layoutSections = (
  sections: ReadonlyArray<SectionSpec>,
  styles: ReadonlyArray<SectionStyle>,
  level: number,
  counter: { article: number },
  blocks: Array<BodyBlock>
): void => {
  const style = styles[Math.min(level - 1, styles.length - 1)]!
  sections.forEach((section, i) => {
    const ordinal = style === "article" ? ++counter.article : i + 1
    const label = section.label === undefined ? sectionLabel(style, ordinal) : clean(section.label)
    // Only a Roman-numbered heading is printed in capitals: a task the
    // spec numbers `1.` at the top level stays as written (PL I Mục V).
    const roman = style === "roman" && ROMAN_LABEL.test(label)
    const heading = roman ? upper(section.heading) : clean(section.heading)
    const paragraphs = (section.paragraphs ?? []).map(clean).filter((p) => p !== "")
    const children = section.children ?? []
    const titled = paragraphs.length > 0 || children.length > 0
    // A Điều without title: `Điều 1.` in bold, then its first paragraph
    // on the same line in regular type.
    if (style === "article" && heading === "" && paragraphs.length > 0) {
      const [first, ...rest] = paragraphs
      blocks.push({
        type: "heading",
        label,
        heading: "",
        text: `${label} ${first}`,
        style,
        level,
        bold: true,
        lead: label
      })
      for (const text of rest) blocks.push({ type: "paragraph", text, role: "body" })
      layoutSections(children, styles, level + 1, counter, blocks)
      return
    }
    const bold =
      roman ||
      style === "article" ||
      style === "part" ||
      style === "chapter" ||
      ((style === "arabic" || style === "roman") && level <= 2 && titled)
    const text = heading === "" ? label : `${label} ${heading}`
    blocks.push({ type: "heading", label, heading, text, style, level, bold, lead: bold ? text : "" })
    for (const text of paragraphs) blocks.push({ type: "paragraph", text, role: "body" })
    layoutSections(children, styles, level + 1, counter, blocks)
  })
}

/**
 * Resolves a spec into a {@link DocumentLayout}: the kind's name and
 * numbering, the padded number and date, upper-case headers, the checked
 * signing chain, the Nơi nhận list, and the end mark after the last
 * sentence. Fails with an {@link InvalidDocumentSpecError} or a
 * `SignatureChainError` instead of printing something wrong.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { layoutDocument } from "@cchc/format"
 * const layout = layoutDocument(spec) // spec: a DocumentSpec
 * if (Result.isSuccess(layout)) layout.success.number // "Số: 05/BC-UBND"
 * ```
 */
export const layoutDocument = (spec: DocumentSpec): Result.Result<DocumentLayout, DocumentSpecError> => {
  const kind = resolveSpecKind(spec.kind)
  if (kind === null) return invalid(["kind"], `not a Decree-30 kind or type code: ${spec.kind}`)
  const numberParts = {
    sequence: spec.number.sequence,
    year: spec.number.year ?? null,
    typeCode: spec.number.typeCode === undefined ? kind.code : spec.number.typeCode,
    issuerCode: spec.number.issuerCode,
    unit: spec.number.unit ?? null
  }
  const numberProblem = checkDocumentNumber(numberParts)
  if (numberProblem !== null) return invalid(["number"], numberProblem)
  const dateProblem = checkDateParts(spec.placeDate)
  if (dateProblem !== null) return invalid(["placeDate"], dateProblem)
  if (clean(spec.placeDate.place) === "") return invalid(["placeDate", "place"], "the place is empty")
  if (isAbbreviatedPlace(clean(spec.placeDate.place)))
    return invalid(
      ["placeDate", "place"],
      "the place is abbreviated: write it in full (Thành phố …, Thị xã …)"
    )
  if (clean(spec.issuer.name) === "") return invalid(["issuer", "name"], "the issuer's name is empty")
  if (kind.name === "Công văn" && clean(spec.title.summary ?? "") === "") {
    return invalid(["title", "summary"], "a công văn needs a trích yếu (V/v …)")
  }
  const kinhGuiItems = (spec.kinhGui ?? []).filter((k) => clean(k) !== "")
  const signature = formatSignatureBlock(spec.signature)
  if (Result.isFailure(signature)) return Result.fail(signature.failure)
  const copies = spec.recipients.archive.copies
  if (copies !== undefined && (!Number.isInteger(copies) || copies < 1)) {
    return invalid(["recipients", "archive", "copies"], `copies ${copies} is not a positive integer`)
  }

  const body: Array<BodyBlock> = []
  for (const text of (spec.preamble ?? []).map(clean).filter((p) => p !== "")) {
    body.push({ type: "paragraph", text, role: paragraphRole(text) })
  }
  const nesting = sectionNestingProblem(spec.sections ?? [])
  if (nesting !== null) return invalid(nesting.path, nesting.message)
  layoutSections(spec.sections ?? [], sectionStyles(kind), 1, { article: 0 }, body)
  const closing = clean(spec.closing ?? "")
  if (closing !== "") body.push({ type: "paragraph", text: closing, role: "closing" })
  const last = body[body.length - 1]
  if (last === undefined) return invalid(["sections"], "the document has no body")
  body[body.length - 1] =
    last.type === "heading"
      ? {
          ...last,
          heading: last.heading === "" ? "" : withEndMark(last.heading),
          text: withEndMark(last.text),
          lead: last.lead === last.text ? withEndMark(last.text) : last.lead
        }
      : { ...last, text: withEndMark(last.text) }

  const appendixSpecs = spec.appendices ?? []
  // Nghị định 30/2020, PL I: a phụ lục must be referred to in the body.
  if (appendixSpecs.length > 0 && !body.some((b) => /[Pp]hụ lục/u.test(b.text)))
    return invalid(["appendices"], "the body does not refer to its phụ lục (e.g. “… tại Phụ lục kèm theo”)")
  const number = formatDocumentNumber(numberParts)
  const reference = `(Kèm theo ${kind.name} số ${number.replace(/^Số:\s*/u, "")} ${formatLongDate(spec.placeDate)} của ${clean(spec.issuer.name)})`
  const appendices: Array<AppendixLayout> = []
  for (const [i, appendix] of appendixSpecs.entries()) {
    const blocks: Array<BodyBlock> = (appendix.paragraphs ?? [])
      .map(clean)
      .filter((p) => p !== "")
      .map((text) => ({ type: "paragraph" as const, text, role: "body" as const }))
    layoutSections(appendix.sections ?? [], sectionStyles(kind), 1, { article: 0 }, blocks)
    if (blocks.length === 0) return invalid(["appendices", i], "the phụ lục has no content")
    appendices.push({
      // Two or more are numbered in Roman numerals (PL I).
      label:
        appendixSpecs.length === 1
          ? "Phụ lục"
          : `Phụ lục ${sectionLabel("roman", i + 1).replace(/\.$/u, "")}`,
      title: upper(appendix.title),
      reference,
      body: blocks
    })
  }

  return Result.succeed({
    kind,
    issuer: formatIssuerHeader(spec.issuer),
    number,
    nationalHeader: formatNationalHeader(),
    placeDate: formatPlaceDate(spec.placeDate.place, spec.placeDate),
    title: formatTitle(kind, spec.title.summary),
    kinhGui: kinhGuiItems.length === 0 ? null : formatKinhGui(kinhGuiItems),
    body,
    recipients: formatRecipients({ ...spec.recipients, kinhGui: kinhGuiItems.length > 0 }),
    signature: signature.success,
    secrecy: spec.secrecy ?? null,
    urgency: spec.urgency ?? null,
    circulation: spec.circulation ?? null,
    drafter: spec.drafter === undefined ? null : `${spec.drafter.initials}.(${spec.drafter.copies})`,
    address: (spec.address ?? []).map(clean).filter((l) => l !== ""),
    appendices
  })
}

/**
 * {@link layoutDocument} for code that does not use `Result`: throws the
 * error.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { layoutDocumentOrThrow } from "@cchc/format"
 * layoutDocumentOrThrow(spec).placeDate // "Ba Bích, ngày 15 tháng 6 năm 2024"
 * ```
 */
export const layoutDocumentOrThrow = (spec: DocumentSpec): DocumentLayout => {
  const result = layoutDocument(spec)
  if (Result.isFailure(result)) throw result.failure
  return result.success
}
