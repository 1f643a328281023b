/**
 * Reading a whole .docx package: the ZIP directory (checked against the
 * limits before anything is inflated), the relationships that name its
 * parts, the styles, theme and numbering, then the body, the page headers
 * and footers and the footnotes, and the package facts. The result keeps
 * where each paragraph and run is in the XML, for `fixDocx`.
 *
 * @since 0.1.0
 */
import type { FormattedParagraph, Formatting, HeaderFooter, PackageFacts, PageSetup } from "@cchc/core"
import { DocxStop, type DocxOutcome } from "./docx-problem.js"
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits.js"
import { Numbering } from "./numbering.js"
import { PartReader, type ParagraphPlace, type WalkCounts } from "./part-reader.js"
import { readThemeFonts, StyleSheet } from "./styles.js"
import { TextBuilder } from "./text-builder.js"
import { checkDeclaredSize, inflateEntry, readZipDirectory, type ZipEntry } from "./zip-archive.js"
import {
  child,
  childrenNamed,
  descendantsNamed,
  parseXml,
  type ElementBudget,
  type XmlElement
} from "./xml-tree.js"

/** One XML part as read: its text and its tree. */
export interface ReadPart {
  readonly entry: ZipEntry
  readonly xml: string
  readonly root: XmlElement
}

/** A .docx as read: the text, its formatting facts, and where they are in the XML. */
export interface DocxPackage {
  readonly text: string
  readonly formatting: Formatting
  readonly entries: ReadonlyMap<string, ZipEntry>
  readonly parts: ReadonlyMap<string, ReadPart>
  /** The main document part's name (`word/document.xml`). */
  readonly main: string
  /** Where each paragraph of `formatting.paragraphs` is, in the same order. */
  readonly places: ReadonlyArray<ParagraphPlace>
  /** The section properties elements, one per section of `formatting.sections`. */
  readonly sectionPlaces: ReadonlyArray<XmlElement>
  /** The settings part, when there is one. */
  readonly settings: string | null
}

const MAIN_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.ms-word.document.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
]

const REL_OFFICE_DOCUMENT = "/officeDocument"

/** The folder of a part name (`word/` of `word/document.xml`). */
const folderOf = (name: string): string => name.slice(0, name.lastIndexOf("/") + 1)

/** The part a relationship's target names, relative to the part that holds it. */
const resolveTarget = (from: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1)
  const out = folderOf(from)
    .split("/")
    .filter((s) => s.length > 0)
  for (const segment of target.split("/")) {
    if (segment === "..") out.pop()
    else if (segment !== "." && segment.length > 0) out.push(segment)
  }
  return out.join("/")
}

/** The relationships part of a part (`word/_rels/document.xml.rels`). */
const relsOf = (name: string): string =>
  `${folderOf(name)}_rels/${name.slice(name.lastIndexOf("/") + 1)}.rels`

const MM_PER_TWIP = 25.4 / 1440

const twipsToMm = (value: string | undefined): number | null => {
  if (value === undefined) return null
  const n = Number(value)
  return Number.isFinite(n) ? Math.round(Math.abs(n) * MM_PER_TWIP * 10) / 10 : null
}

class PackageReader {
  private readonly decoder = new TextDecoder("utf-8", { fatal: false })
  private readonly budget: ElementBudget
  private inflateBudget: number
  readonly parts = new Map<string, ReadPart>()

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
    private readonly limits: DocxLimits
  ) {
    this.budget = {
      left: limits.maxElements,
      limit: limits.maxElements,
      paragraphsLeft: limits.maxParagraphs,
      paragraphLimit: limits.maxParagraphs
    }
    this.inflateBudget = limits.maxTotalBytes
  }

  /** The tree of a part, or `undefined` when the package has no such part. */
  part(name: string): XmlElement | undefined {
    const done = this.parts.get(name)
    if (done !== undefined) return done.root
    const entry = this.entries.get(name)
    if (entry === undefined) return undefined
    checkDeclaredSize(entry, this.limits, this.inflateBudget)
    const data = inflateEntry(this.bytes, entry, Math.min(this.limits.maxPartBytes, this.inflateBudget))
    this.inflateBudget -= data.length
    const xml = this.decoder.decode(data)
    const root = parseXml(xml, name, this.budget)
    this.parts.set(name, { entry, xml, root })
    return root
  }

  /** The relationships of a part: id → { type, target part }. */
  relationships(name: string): Map<string, { type: string; target: string; external: boolean }> {
    const out = new Map<string, { type: string; target: string; external: boolean }>()
    const root = child(this.part(relsOf(name)), "rel:Relationships")
    if (root === undefined) return out
    for (const r of childrenNamed(root, "rel:Relationship")) {
      const id = r.attributes["Id"]
      const target = r.attributes["Target"]
      if (id === undefined || target === undefined) continue
      const external = r.attributes["TargetMode"] === "External"
      out.set(id, {
        type: r.attributes["Type"] ?? "",
        target: external ? target : resolveTarget(name, target),
        external
      })
    }
    return out
  }

  mainPart(): string {
    const types = child(this.part("[Content_Types].xml"), "ct:Types")
    for (const o of types === undefined ? [] : childrenNamed(types, "ct:Override")) {
      if (MAIN_TYPES.includes(o.attributes["ContentType"] ?? ""))
        return (o.attributes["PartName"] ?? "").replace(/^\//, "")
    }
    for (const r of this.relationships("").values()) if (r.type.endsWith(REL_OFFICE_DOCUMENT)) return r.target
    if (this.entries.has("word/document.xml")) return "word/document.xml"
    throw new DocxStop({
      kind: "missing-part",
      message: "the package has no main document part (it is not a Word document)"
    })
  }

  contentTypes(): Array<string> {
    const types = child(this.part("[Content_Types].xml"), "ct:Types")
    if (types === undefined) return []
    return types.children.flatMap((c) => (typeof c === "string" ? [] : [c.attributes["ContentType"] ?? ""]))
  }
}

const emptyFacts = (): WalkCounts => ({
  trackedChanges: 0,
  firstTrackedChange: null,
  embeddedObjects: 0,
  altChunks: 0
})

const protectionOf = (settings: XmlElement | undefined): string | null => {
  const root = child(settings, "w:settings")
  const protection = child(root, "w:documentProtection")
  if (protection !== undefined) {
    const enforced = protection.attributes["w:enforcement"]
    if (enforced === "1" || enforced === "true" || enforced === "on")
      return protection.attributes["w:edit"] ?? "readOnly"
  }
  return child(root, "w:writeProtection") !== undefined ? "writeProtection" : null
}

/**
 * Reads a .docx package. Never throws: a problem of the file is returned,
 * located when its place is known.
 */
export const readDocxPackage = (
  bytes: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS
): DocxOutcome<DocxPackage> => {
  try {
    return { ok: true, value: readPackage(bytes, limits) }
  } catch (error) {
    if (error instanceof DocxStop) return { ok: false, problem: error.problem }
    if (error instanceof RangeError)
      return {
        ok: false,
        problem: { kind: "too-large", message: `the .docx is too large to read (${error.message})` }
      }
    return {
      ok: false,
      problem: {
        kind: "damaged",
        message: `the .docx is damaged (${error instanceof Error ? error.message : String(error)})`
      }
    }
  }
}

const readPackage = (bytes: Uint8Array, limits: DocxLimits): DocxPackage => {
  const reader = new PackageReader(bytes, readZipDirectory(bytes, limits), limits)
  const main = reader.mainPart()
  const rels = reader.relationships(main)
  const byType = (suffix: string) => [...rels.values()].filter((r) => !r.external && r.type.endsWith(suffix))
  const theme = byType("/theme")[0]
  const stylesRel = byType("/styles")[0]
  const numberingRel = byType("/numbering")[0]
  const settingsRel = byType("/settings")[0]
  const styles = new StyleSheet(
    stylesRel === undefined ? undefined : reader.part(stylesRel.target),
    readThemeFonts(theme === undefined ? undefined : reader.part(theme.target))
  )
  const numbering = new Numbering(numberingRel === undefined ? undefined : reader.part(numberingRel.target))
  const counts: WalkCounts = emptyFacts()

  const document = reader.part(main)
  const body = child(child(document, "w:document"), "w:body")
  if (body === undefined)
    throw new DocxStop({ kind: "damaged", message: `the part ${main} has no document body`, part: main })
  const out = new TextBuilder(limits.maxTextLength, main)
  const bodyReader = new PartReader(main, out, styles, numbering, counts, true)
  bodyReader.blocks(body)
  const text = out.finish()

  // Sections: one per section break in a paragraph, and the body's last one.
  const sectionPlaces: Array<XmlElement> = bodyReader.sectionBreaks.map((b) => b.properties)
  const ends = bodyReader.sectionBreaks.map((b) => b.end)
  const last = child(body, "w:sectPr")
  if (last !== undefined) {
    sectionPlaces.push(last)
    ends.push(text.length)
  }
  const margins: Array<FormattedParagraph> = []
  const readMargin = (part: string) => {
    if (margins.some((p) => p.part === part)) return
    const root = reader.part(part)
    const container = root?.children.find((c): c is XmlElement => typeof c !== "string")
    if (container === undefined) return
    const scratch = new TextBuilder(limits.maxTextLength, part)
    const r = new PartReader(part, scratch, styles, numbering, counts, false)
    if (part.includes("footnotes")) {
      for (const note of childrenNamed(container, "w:footnote")) {
        const type = note.attributes["w:type"]
        if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice")
          continue
        r.blocks(note)
      }
    } else r.blocks(container)
    margins.push(...r.paragraphs)
  }
  const sections: Array<PageSetup> = sectionPlaces.map((sectPr, i) => {
    const size = child(sectPr, "w:pgSz")
    const margin = child(sectPr, "w:pgMar")
    const width = twipsToMm(size?.attributes["w:w"])
    const height = twipsToMm(size?.attributes["w:h"])
    const orient = size?.attributes["w:orient"]
    const headersFooters: Array<HeaderFooter> = []
    for (const kind of ["header", "footer"] as const) {
      for (const ref of childrenNamed(sectPr, `w:${kind}Reference`)) {
        const rel = rels.get(ref.attributes["r:id"] ?? "")
        if (rel === undefined || rel.external) continue
        const type = ref.attributes["w:type"]
        headersFooters.push({
          kind,
          pages: type === "first" ? "first" : type === "even" ? "even" : "default",
          part: rel.target
        })
        readMargin(rel.target)
      }
    }
    const titlePg = child(sectPr, "w:titlePg")
    const titleVal = titlePg?.attributes["w:val"]
    return {
      width,
      height,
      orientation:
        orient === "landscape" ||
        (orient === undefined && width !== null && height !== null && width > height)
          ? "landscape"
          : "portrait",
      marginTop: twipsToMm(margin?.attributes["w:top"]),
      marginBottom: twipsToMm(margin?.attributes["w:bottom"]),
      marginLeft: twipsToMm(margin?.attributes["w:left"] ?? margin?.attributes["w:start"]),
      marginRight: twipsToMm(margin?.attributes["w:right"] ?? margin?.attributes["w:end"]),
      titlePage: titlePg !== undefined && !(titleVal === "0" || titleVal === "false" || titleVal === "off"),
      headersFooters,
      end: ends[i]!
    }
  })
  for (const r of byType("/footnotes")) readMargin(r.target)

  const commentsRel = byType("/comments")[0]
  const comments =
    commentsRel === undefined ? undefined : child(reader.part(commentsRel.target), "w:comments")
  const names = [...reader.entries.keys()]
  const types = reader.contentTypes()
  const facts: PackageFacts = {
    trackedChanges: counts.trackedChanges,
    firstTrackedChange: counts.firstTrackedChange,
    comments: comments === undefined ? 0 : childrenNamed(comments, "w:comment").length,
    protection: protectionOf(settingsRel === undefined ? undefined : reader.part(settingsRel.target)),
    signed: names.some((n) => n.startsWith("_xmlsignatures/")),
    macros: names.some((n) => /vbaProject\.bin$/i.test(n)) || types.some((t) => /macroEnabled/i.test(t)),
    embeddedObjects:
      counts.embeddedObjects + names.filter((n) => n.startsWith(`${folderOf(main)}embeddings/`)).length,
    altChunks: counts.altChunks
  }
  // A paragraph in a text box is met inside its anchor's paragraph and
  // pushed first: text order is by start.
  const order = bodyReader.paragraphs.map((_, i) => i)
  order.sort((a, b) => bodyReader.paragraphs[a]!.start! - bodyReader.paragraphs[b]!.start! || a - b)
  return {
    text,
    formatting: {
      source: "docx",
      paragraphs: order.map((i) => bodyReader.paragraphs[i]!),
      margins,
      sections,
      facts
    },
    entries: reader.entries,
    parts: reader.parts,
    main,
    places: order.map((i) => bodyReader.places[i]!),
    sectionPlaces,
    settings: settingsRel?.target ?? null
  }
}
