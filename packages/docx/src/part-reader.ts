/**
 * Walks one part of a .docx (the body, a page header or footer, the
 * footnotes) in reading order: paragraphs and the cells of tables, each
 * paragraph with its effective layout, its list label drawn into the
 * text, and its runs with their effective look and their place in the
 * text. What a reader of the printed page does not see is left out of the
 * text: deleted text of tracked changes, field codes, drawings. Inserted
 * text of tracked changes is read as accepted, and counted.
 *
 * @since 0.1.0
 */
import type { FormattedParagraph, FormattedRun, LineSpacing } from "@cchc/core"
import type { Numbering } from "./numbering.js"
import { readParagraphProperties, readRunProperties } from "./properties.js"
import type { StyleSheet } from "./styles.js"
import type { TextBuilder } from "./text-builder.js"
import { child, type XmlElement, type XmlNode } from "./xml-tree.js"

/**
 * Where a run of the text is in the XML of its part, for a fix to edit it
 * in place: the run element, its properties element (when it has one),
 * and its paragraph's element and properties element.
 */
export interface RunPlace {
  readonly run: XmlElement
  readonly properties: XmlElement | undefined
}

/** Where a paragraph is in the XML of its part. */
export interface ParagraphPlace {
  readonly paragraph: XmlElement
  readonly properties: XmlElement | undefined
  readonly runs: Array<RunPlace>
}

/** A section break met in the body: its properties and the offset it ends at. */
export interface SectionBreak {
  readonly properties: XmlElement
  readonly end: number
}

/** What the walk of the parts counts for the package facts. */
export interface WalkCounts {
  trackedChanges: number
  firstTrackedChange: number | null
  embeddedObjects: number
  altChunks: number
}

const SKIPPED = new Set([
  "w:pPr",
  "w:rPr",
  "w:tblPr",
  "w:tblGrid",
  "w:trPr",
  "w:tcPr",
  "w:sectPr",
  "w:drawing",
  "w:instrText",
  "w:delText",
  "w:delInstrText",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
  "w:bookmarkStart",
  "w:bookmarkEnd",
  "w:proofErr"
])

const TRACKED_INSERT = new Set(["w:ins", "w:moveTo"])
const TRACKED_DELETE = new Set(["w:del", "w:moveFrom"])

const PAGE_FIELD = /(?:^|\s)PAGE(?:\s|$|\\)/

/** Reads the paragraphs of one part into a text builder. */
export class PartReader {
  readonly paragraphs: Array<FormattedParagraph> = []
  readonly places: Array<ParagraphPlace> = []
  readonly sectionBreaks: Array<SectionBreak> = []
  private tableDepth = 0
  private index = 0
  private current: {
    index: number
    runs: Array<FormattedRun>
    places: Array<RunPlace>
    style: string | undefined
    pageNumber: boolean
  } | null = null
  private fieldInstruction: string | null = null

  constructor(
    private readonly part: string,
    private readonly out: TextBuilder,
    private readonly styles: StyleSheet,
    private readonly numbering: Numbering,
    private readonly counts: WalkCounts,
    /** Paragraphs of the text the parser reads have offsets; others (margins) do not. */
    private readonly inText: boolean
  ) {}

  private tracked(): void {
    this.counts.trackedChanges++
    if (this.inText && this.counts.firstTrackedChange === null)
      this.counts.firstTrackedChange = this.out.length
  }

  /** Walks the children of a block container (the body, a cell, a header). */
  blocks(container: XmlElement): void {
    for (const node of container.children) if (typeof node !== "string") this.block(node)
  }

  private block(element: XmlElement): void {
    const name = element.name
    if (name === "w:p") return this.paragraph(element)
    if (name === "w:tbl") {
      this.out.separate()
      this.tableDepth++
      this.blocks(element)
      this.tableDepth--
      this.out.separate()
      return
    }
    if (name === "w:tc") {
      this.blocks(element)
      this.out.separate()
      return
    }
    this.inline(element)
  }

  /** Anything that is not a paragraph or a table: descended into, or skipped. */
  private inline(element: XmlElement): void {
    const name = element.name
    if (SKIPPED.has(name)) return
    if (name === "w:p" || name === "w:tbl" || name === "w:tc") return this.block(element)
    if (name === "w:r") return this.run(element)
    if (TRACKED_DELETE.has(name)) return this.tracked()
    if (TRACKED_INSERT.has(name)) this.tracked()
    if (name === "w:altChunk") {
      this.counts.altChunks++
      return
    }
    if (name === "w:object") {
      this.counts.embeddedObjects++
      return
    }
    if (name === "mc:AlternateContent") {
      // The fallback is what every reader understands (VML for a text box).
      const fallback = child(element, "mc:Fallback")
      if (fallback !== undefined) this.inline(fallback)
      return
    }
    if (name === "w:fldSimple") {
      if (PAGE_FIELD.test(element.attributes["w:instr"] ?? "") && this.current !== null)
        this.current.pageNumber = true
    }
    for (const node of element.children) if (typeof node !== "string") this.inline(node)
  }

  private paragraph(element: XmlElement): void {
    const pPr = child(element, "w:pPr")
    const direct = readParagraphProperties(pPr)
    const style = this.styles.paragraphStyle(child(pPr, "w:pStyle")?.attributes["w:val"])
    const effective = this.styles.paragraph(style, direct)
    if (child(pPr, "w:pPrChange") !== undefined) this.tracked()
    const outer = this.current
    const start = this.out.length
    let label: string | null = null
    if (effective.numId !== undefined && effective.numId !== "0")
      label = this.numbering.next(effective.numId, effective.numLevel ?? 0)
    this.current = { index: this.index++, runs: [], places: [], style, pageNumber: false }
    if (label !== null) this.out.text(label)
    for (const node of element.children) if (typeof node !== "string") this.inline(node)
    const end = this.out.length
    const mine = this.current
    this.current = outer
    this.out.endLine()
    const sectPr = child(pPr, "w:sectPr")
    if (sectPr !== undefined && this.inText) this.sectionBreaks.push({ properties: sectPr, end })
    const lineSpacing: LineSpacing | null = effective.lineSpacing ?? null
    this.paragraphs.push({
      start: this.inText ? start : null,
      end: this.inText ? end : null,
      part: this.part,
      index: mine.index,
      style: style ?? null,
      alignment: effective.alignment ?? null,
      indentLeft: effective.indentLeft ?? 0,
      indentRight: effective.indentRight ?? 0,
      indentFirstLine: effective.indentFirstLine ?? 0,
      spacingBefore: effective.spacingBefore ?? 0,
      spacingAfter: effective.spacingAfter ?? 0,
      lineSpacing,
      inTable: this.tableDepth > 0,
      numbering: label === null ? null : label.trimEnd(),
      pageNumber: mine.pageNumber,
      runs: mine.runs
    })
    this.places.push({ paragraph: element, properties: pPr, runs: mine.places })
  }

  private run(element: XmlElement): void {
    const rPr = child(element, "w:rPr")
    const paragraph = this.current
    const format = this.styles.run(
      paragraph?.style,
      child(rPr, "w:rStyle")?.attributes["w:val"],
      readRunProperties(rPr)
    )
    if (child(rPr, "w:rPrChange") !== undefined) this.tracked()
    const start = this.out.length
    for (const node of element.children) this.runContent(node)
    const end = this.out.length
    // Empty runs are kept in a page header or footer: a page-number field
    // may have no drawn text, and its look is still the page number's.
    if ((end > start || !this.inText) && paragraph !== null) {
      paragraph.runs.push({
        start,
        end,
        format,
        source: { part: this.part, paragraph: paragraph.index, run: paragraph.runs.length }
      })
      paragraph.places.push({ run: element, properties: rPr })
    }
  }

  private runContent(node: XmlNode): void {
    if (typeof node === "string") return
    switch (node.name) {
      case "w:t":
        // Inside a field, a `w:t` is its result (the page number drawn), which a reader sees.
        this.out.text(textOfRun(node))
        return
      case "w:tab":
        this.out.text("\t")
        return
      case "w:br":
      case "w:cr":
        this.out.endLine()
        return
      case "w:noBreakHyphen":
        this.out.text("-")
        return
      case "w:fldChar": {
        const type = node.attributes["w:fldCharType"]
        if (type === "begin") this.fieldInstruction = ""
        else if (type === "separate" || type === "end") {
          if (
            this.fieldInstruction !== null &&
            PAGE_FIELD.test(this.fieldInstruction) &&
            this.current !== null
          )
            this.current.pageNumber = true
          this.fieldInstruction = null
        }
        return
      }
      case "w:instrText":
        if (this.fieldInstruction !== null) this.fieldInstruction += textOfRun(node)
        return
      case "w:object":
        this.counts.embeddedObjects++
        return
      case "mc:AlternateContent":
      case "w:pict":
        this.inline(node)
        return
      default:
        return
    }
  }
}

/** The characters of a `w:t` (its text children). */
const textOfRun = (t: XmlElement): string => {
  let out = ""
  for (const c of t.children) if (typeof c === "string") out += c
  return out
}
