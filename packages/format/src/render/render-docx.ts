/**
 * Word (.docx) output with the `docx` library.
 *
 * @since 0.1.0
 */
import type { DocumentSpec } from "@cchc/core"
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType
} from "docx"
import { asLayout } from "../internal/as-layout.js"
import type { BodyBlock, DocumentLayout } from "../layout/layout-document.js"
import { issuerNameLines } from "./issuer-lines.js"
import {
  BODY_PARAGRAPH,
  LEFT_COLUMN_SHARE,
  PAGE,
  TEXT_WIDTH_MM,
  TYPOGRAPHY,
  type TypeSpec,
  URGENCY_COLOUR
} from "./page-setup.js"
import { estimateTextWidthPt } from "./text-width.js"

const TWIPS_PER_MM = 1440 / 25.4
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM)
const pt = (value: number): number => Math.round(value * 20)

const TEXT_WIDTH = mm(TEXT_WIDTH_MM)
const LEFT_WIDTH = Math.round(TEXT_WIDTH * LEFT_COLUMN_SHARE)
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH
const CELL_MARGIN = mm(1)

const run = (text: string, type: TypeSpec): TextRun =>
  new TextRun({ text, font: PAGE.font, size: type.size * 2, bold: type.bold, italics: type.italic })

const line = (
  text: string,
  type: TypeSpec,
  options: {
    readonly alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]
    readonly before?: number
  } = {}
): Paragraph =>
  new Paragraph({
    alignment: options.alignment ?? AlignmentType.CENTER,
    spacing: { before: pt(options.before ?? 0), after: 0 },
    children: [run(text, type)]
  })

/** A centred rule of `widthPt` under the previous line, inside a box of `boxTwips`. */
const rule = (widthPt: number, boxTwips: number): Paragraph => {
  const width = Math.min(pt(widthPt), boxTwips)
  const side = Math.max(0, Math.round((boxTwips - width) / 2))
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: pt(2), after: 0, line: pt(2), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: []
  })
}

const FRAME = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 } as const

/**
 * A mark in a single frame as wide as its text, centred in a box of
 * `boxTwips` (ô 10a, 10b, 11): bold capitals, the độ khẩn in red.
 */
const framedMark = (text: string, boxTwips: number, options: { red?: boolean; before?: number } = {}) => {
  const type = TYPOGRAPHY.mark
  const width = Math.min(pt(estimateTextWidthPt(text, type.size, true) + 8), boxTwips)
  const side = Math.max(0, Math.round((boxTwips - width) / 2))
  const colour = options.red === true ? URGENCY_COLOUR : "000000"
  const border = { ...FRAME, color: colour }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: pt(options.before ?? 6), after: 0 },
    border: { top: border, bottom: border, left: border, right: border },
    children: [new TextRun({ text, font: PAGE.font, size: type.size * 2, bold: true, color: colour })]
  })
}

const cell = (width: number, children: ReadonlyArray<Paragraph>): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    children: [...children]
  })

const twoColumns = (
  rows: ReadonlyArray<readonly [ReadonlyArray<Paragraph>, ReadonlyArray<Paragraph>]>
): Table =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      ([left, right]) =>
        new TableRow({ cantSplit: true, children: [cell(LEFT_WIDTH, left), cell(RIGHT_WIDTH, right)] })
    )
  })

const headerTable = (layout: DocumentLayout): Table => {
  const box = LEFT_WIDTH - 2 * CELL_MARGIN
  const rightBox = RIGHT_WIDTH - 2 * CELL_MARGIN
  const { issuer, nationalHeader, title } = layout
  const nameLines = issuerNameLines(issuer.name, box / 20, TYPOGRAPHY.issuer.size)
  const nameWidth = nameLines.reduce(
    (widest, l) => Math.max(widest, estimateTextWidthPt(l, TYPOGRAPHY.issuer.size, true)),
    -Infinity
  )
  const left = [
    ...(issuer.parent === null ? [] : [line(issuer.parent, TYPOGRAPHY.parent)]),
    ...nameLines.map((l) => line(l, TYPOGRAPHY.issuer)),
    rule(Math.min(nameWidth, box / 20) * 0.4, box)
  ]
  const right = [
    line(nationalHeader.country, TYPOGRAPHY.country),
    line(nationalHeader.motto, TYPOGRAPHY.motto),
    rule(estimateTextWidthPt(nationalHeader.motto, TYPOGRAPHY.motto.size, true), rightBox)
  ]
  const number = [
    line(layout.number, TYPOGRAPHY.number, { before: 6 }),
    ...(title.form === "vv" ? [line(title.summary!, TYPOGRAPHY.vv, { before: 6 })] : []),
    ...(layout.secrecy === null ? [] : [framedMark(layout.secrecy, box)]),
    ...(layout.urgency === null ? [] : [framedMark(layout.urgency, box, { red: true })]),
    ...(layout.circulation === null ? [] : [framedMark(layout.circulation, box)])
  ]
  return twoColumns([
    [left, right],
    [number, [line(layout.placeDate, TYPOGRAPHY.placeDate, { before: 6 })]]
  ])
}

const titleParagraphs = (layout: DocumentLayout): Array<Paragraph> => {
  const { title } = layout
  if (title.form === "vv") return []
  const out = [line(title.name!, TYPOGRAPHY.kindName, { before: 18 })]
  if (title.summary !== null) {
    out.push(line(title.summary, TYPOGRAPHY.summary))
    const width = Math.min(estimateTextWidthPt(title.summary, TYPOGRAPHY.summary.size, true), TEXT_WIDTH / 20)
    out.push(rule(width * 0.4, TEXT_WIDTH))
  }
  return out
}

/** Ô 13 in the footer of page 1, under a full-width rule. */
const addressFooter = (layout: DocumentLayout): Footer =>
  new Footer({
    children: layout.address.map(
      (l, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0 },
          ...(i === 0
            ? { border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 } } }
            : {}),
          children: [run(l, TYPOGRAPHY.address)]
        })
    )
  })

const kinhGuiParagraphs = (layout: DocumentLayout): Array<Paragraph> => {
  const { kinhGui } = layout
  if (kinhGui === null) return []
  const type = TYPOGRAPHY.kinhGui
  if (kinhGui.items.length === 1) return [line(kinhGui.lines[0]!, type, { before: 12 })]
  // `Kính gửi:` alone on its line, then one addressee a line with the
  // hyphens under the colon (Mẫu 1.5; PL I II.9.d "xuống dòng"); the
  // block is centred on its widest line.
  const items = kinhGui.lines.slice(1)
  const toColon = pt(estimateTextWidthPt(kinhGui.label.replace(/:$/u, ""), type.size))
  // A loop, not `Math.max(...)`: a spread of many recipients overflows the stack.
  const widest = pt(items.reduce((most, i) => Math.max(most, estimateTextWidthPt(i, type.size)), 0))
  const start = Math.max(0, Math.round((TEXT_WIDTH - toColon - widest) / 2))
  return [
    new Paragraph({
      indent: { left: start },
      spacing: { before: pt(12), after: 0 },
      children: [run(kinhGui.label, type)]
    }),
    ...items.map(
      (item) =>
        new Paragraph({
          indent: { left: start + toColon },
          spacing: { before: 0, after: 0 },
          children: [run(item, type)]
        })
    )
  ]
}

const bodyParagraph = (block: BodyBlock, first: boolean, last: boolean): Paragraph => {
  const command = block.type === "paragraph" && block.role === "command"
  const type: TypeSpec =
    block.type === "heading"
      ? block.bold
        ? TYPOGRAPHY.heading
        : TYPOGRAPHY.body
      : block.role === "basis"
        ? TYPOGRAPHY.basis
        : command
          ? TYPOGRAPHY.heading
          : TYPOGRAPHY.body
  return new Paragraph({
    // The last sentence stays on the page of the signature.
    keepNext: last,
    keepLines: last,
    alignment: command ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: command ? {} : { firstLine: Math.round(BODY_PARAGRAPH.firstLineIndentCm * 10 * TWIPS_PER_MM) },
    spacing: {
      before: first ? pt(12) : 0,
      after: pt(BODY_PARAGRAPH.afterPt),
      line: Math.round(240 * BODY_PARAGRAPH.lineSpacing),
      lineRule: LineRuleType.AUTO
    },
    children:
      block.type === "heading" && block.lead !== "" && block.lead !== block.text
        ? // A Điều run in: `Điều 1.` bold, its content regular.
          [run(block.lead, TYPOGRAPHY.heading), run(block.text.slice(block.lead.length), TYPOGRAPHY.body)]
        : [run(block.text, type)]
  })
}

const footTable = (layout: DocumentLayout): Table => {
  const { recipients, signature } = layout
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run(recipients.label, TYPOGRAPHY.recipientsLabel)]
    }),
    ...recipients.lines.map(
      (l) =>
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(l, TYPOGRAPHY.recipientsItem)] })
    ),
    ...(layout.drafter === null
      ? []
      : [
          new Paragraph({
            spacing: { before: 0, after: 0 },
            children: [run(layout.drafter, TYPOGRAPHY.drafter)]
          })
        ])
  ]
  const right = [
    ...signature.authority.map((a) => line(a, TYPOGRAPHY.authority)),
    ...(signature.title === null ? [] : [line(signature.title, TYPOGRAPHY.signerTitle)]),
    new Paragraph({
      spacing: { before: 0, after: 0, line: mm(24), lineRule: LineRuleType.EXACT },
      children: []
    }),
    line(signature.signer, TYPOGRAPHY.signer)
  ]
  return twoColumns([[left, right]])
}

/**
 * The `docx` library's `Document` for a document, for callers who add to
 * it or pack it themselves (`Packer.toBlob` in a browser). Throws the
 * layout's error for a spec that cannot be printed.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { Packer } from "docx"
 * import { buildDocx } from "@cchc/format"
 * const blob = await Packer.toBlob(buildDocx(spec))
 * ```
 */
export const buildDocx = (spec: DocumentSpec | DocumentLayout): Document => {
  const layout = asLayout(spec)
  const pageNumber = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ children: [PageNumber.CURRENT], font: PAGE.font, size: TYPOGRAPHY.pageNumber.size * 2 })
      ]
    })
  const pageProperties = {
    size: { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
    margin: {
      top: mm(PAGE.margin.topMm),
      bottom: mm(PAGE.margin.bottomMm),
      left: mm(PAGE.margin.leftMm),
      right: mm(PAGE.margin.rightMm),
      header: mm(PAGE.headerMm),
      footer: mm(PAGE.headerMm)
    }
  }
  // Each phụ lục: a section of its own, from a new page, numbered from 1
  // with no number on its first page (PL I: "đánh số trang riêng").
  const appendixSections = layout.appendices.map((a) => ({
    properties: { titlePage: true, page: { ...pageProperties, pageNumbers: { start: 1 } } },
    headers: {
      default: new Header({ children: [pageNumber()] }),
      first: new Header({ children: [new Paragraph({ children: [] })] })
    },
    footers: { default: new Footer({ children: [] }), first: new Footer({ children: [] }) },
    children: [
      line(a.label, TYPOGRAPHY.appendixLabel),
      line(a.title, TYPOGRAPHY.appendixTitle, { before: 6 }),
      line(a.reference, TYPOGRAPHY.appendixReference),
      ...a.body.map((b, i) => bodyParagraph(b, i === 0, false))
    ]
  }))
  const title =
    layout.title.form === "vv"
      ? `${layout.number} ${layout.title.summary}`
      : `${layout.title.name} ${layout.number}`
  return new Document({
    title,
    creator: layout.issuer.name,
    styles: {
      default: {
        document: { run: { font: PAGE.font, size: TYPOGRAPHY.body.size * 2, language: { value: "vi-VN" } } }
      }
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mm(PAGE.widthMm),
              height: mm(PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT
            },
            margin: {
              top: mm(PAGE.margin.topMm),
              bottom: mm(PAGE.margin.bottomMm),
              left: mm(PAGE.margin.leftMm),
              right: mm(PAGE.margin.rightMm),
              header: mm(PAGE.headerMm),
              footer: mm(PAGE.headerMm)
            }
          }
        },
        headers: {
          default: new Header({ children: [pageNumber()] }),
          first: new Header({ children: [new Paragraph({ children: [] })] })
        },
        ...(layout.address.length === 0
          ? {}
          : { footers: { first: addressFooter(layout), default: new Footer({ children: [] }) } }),
        children: [
          headerTable(layout),
          ...titleParagraphs(layout),
          ...kinhGuiParagraphs(layout),
          ...layout.body.map((b, i) => bodyParagraph(b, i === 0, i === layout.body.length - 1)),
          new Paragraph({ keepNext: true, spacing: { before: 0, after: 0 }, children: [] }),
          footTable(layout)
        ]
      },
      ...appendixSections
    ]
  })
}

/**
 * Renders a document as a .docx file: A4 portrait, margins 20/20/30/15
 * mm, Times New Roman; the issuer and number beside Quốc hiệu and
 * place-date, and Nơi nhận beside the signature, in borderless two-column
 * tables; sizes, bold and italics per component (`TYPOGRAPHY`); page
 * numbers from page 2. Throws the layout's error for a spec that cannot be
 * printed.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises"
 * import { renderDocx } from "@cchc/format/docx"
 * await writeFile("bao-cao.docx", await renderDocx(spec))
 * ```
 */
export const renderDocx = async (spec: DocumentSpec | DocumentLayout): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toArrayBuffer(buildDocx(spec)))
