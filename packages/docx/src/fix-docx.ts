/**
 * Writing a fixed copy of a .docx: the formatting fixes of the layout
 * rules applied by editing the original XML of the main document part at
 * the recorded places (a run's properties, a paragraph's properties, a
 * section's margins) and re-zipping; every other part stays byte for
 * byte as it was. A signed, protected or macro-enabled file is never
 * rewritten.
 *
 * @since 0.1.0
 */
import type { FormattingFix } from "@cchc/core"
import { readDocxPackage } from "./docx-package.js"
import type { DocxOutcome } from "./docx-problem.js"
import { DEFAULT_DOCX_LIMITS } from "./limits.js"
import { rewriteZip } from "./zip-rewrite.js"
import type { XmlElement } from "./xml-tree.js"

/**
 * What `fixDocx` needs of a diagnostic: where it is in the text and its
 * formatting fix (the engine's `Diagnostic` has both).
 *
 * @since 0.1.0
 * @category fixing
 */
export interface FormattingFinding {
  readonly span: { readonly start: { readonly offset: number }; readonly end: { readonly offset: number } }
  readonly formatFix?: FormattingFix | undefined
}

// The order of the children of w:rPr and w:pPr (ECMA-376 CT_RPr, CT_PPr):
// Word refuses a file whose properties are out of order.
const RUN_ORDER = [
  "rStyle",
  "rFonts",
  "b",
  "bCs",
  "i",
  "iCs",
  "caps",
  "smallCaps",
  "strike",
  "dstrike",
  "outline",
  "shadow",
  "emboss",
  "imprint",
  "noProof",
  "snapToGrid",
  "vanish",
  "webHidden",
  "color",
  "spacing",
  "w",
  "kern",
  "position",
  "sz",
  "szCs",
  "highlight",
  "u",
  "effect",
  "bdr",
  "shd",
  "fitText",
  "vertAlign",
  "rtl",
  "cs",
  "em",
  "lang",
  "eastAsianLayout",
  "specVanish",
  "oMath",
  "rPrChange"
]
const PARAGRAPH_ORDER = [
  "pStyle",
  "keepNext",
  "keepLines",
  "pageBreakBefore",
  "framePr",
  "widowControl",
  "numPr",
  "suppressLineNumbers",
  "pBdr",
  "shd",
  "tabs",
  "suppressAutoHyphens",
  "kinsoku",
  "wordWrap",
  "overflowPunct",
  "topLinePunct",
  "autoSpaceDE",
  "autoSpaceDN",
  "bidi",
  "adjustRightInd",
  "snapToGrid",
  "spacing",
  "ind",
  "contextualSpacing",
  "mirrorIndents",
  "suppressOverlap",
  "jc",
  "textDirection",
  "textAlignment",
  "textboxTightWrap",
  "outlineLvl",
  "divId",
  "cnfStyle",
  "rPr",
  "sectPr",
  "pPrChange"
]

const localName = (name: string): string => name.slice(name.indexOf(":") + 1)

/** The prefix the file writes an element with (`w:`, or `` for a default namespace). */
const prefixOf = (xml: string, element: XmlElement): string =>
  /^<([^\s>/:]+:)?/u.exec(xml.slice(element.start, element.openEnd))?.[1] ?? ""

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** New child elements of a properties element, by local name (`sz` → its XML). */
type Settings = Map<string, string>

/**
 * The edit that sets `settings` in the properties element `container` of
 * `parent` (`w:rPr` of a `w:r`, `w:pPr` of a `w:p`): its children of the
 * same names replaced, new ones put in schema order, the others kept as
 * written.
 */
const propertiesEdit = (
  xml: string,
  parent: XmlElement,
  container: XmlElement | undefined,
  tag: "rPr" | "pPr",
  settings: Settings,
  order: ReadonlyArray<string>
): Edit => {
  const p = prefixOf(xml, parent)
  const rank = (name: string) => {
    const i = order.indexOf(name)
    return i < 0 ? order.length : i
  }
  const pending = [...settings.entries()].sort((a, b) => rank(a[0]) - rank(b[0]))
  let inner = ""
  if (container !== undefined)
    for (const c of container.children) {
      if (typeof c === "string") continue
      const name = localName(c.name)
      while (pending.length > 0 && rank(pending[0]![0]) < rank(name)) inner += pending.shift()![1]
      if (settings.has(name)) {
        if (pending.length > 0 && pending[0]![0] === name) inner += pending.shift()![1]
        continue
      }
      inner += xml.slice(c.start, c.end)
    }
  for (const [, element] of pending) inner += element
  if (container === undefined)
    return { start: parent.openEnd, end: parent.openEnd, text: `<${p}${tag}>${inner}</${p}${tag}>` }
  const open = xml.slice(container.start, container.openEnd).replace(/\/>$/u, ">")
  return { start: container.start, end: container.end, text: `${open}${inner}</${p}${tag}>` }
}

/**
 * A start tag with attribute `name` set to `value`: its value replaced in
 * place, or the attribute added before the tag's end. String search, not
 * a regular expression built from the file's prefix.
 */
const withAttribute = (tag: string, name: string, value: string): string => {
  for (const quote of ['"', "'"]) {
    const key = ` ${name}=${quote}`
    const at = tag.indexOf(key)
    if (at < 0) continue
    const from = at + key.length
    const to = tag.indexOf(quote, from)
    if (to > 0) return `${tag.slice(0, from)}${value}${tag.slice(to)}`
  }
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1
  return `${tag.slice(0, end).trimEnd()} ${name}="${value}"${tag.slice(end)}`
}

const ALIGN: Readonly<Record<string, string>> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both"
}
const TWIPS_PER_MM = 1440 / 25.4

/**
 * Applies the formatting fixes of `findings` (diagnostics of the layout
 * rules on the text `readDocx` gave) to a copy of the .docx `bytes`: the
 * runs, paragraphs and margins they name are edited in the XML of the
 * main document part, all other parts are copied byte for byte. A signed,
 * protected or macro-enabled file is refused (`refused`), as is a file
 * that cannot be read. Findings without a formatting fix are ignored.
 *
 * @since 0.1.0
 * @category fixing
 * @example
 * ```ts
 * import { readFile, writeFile } from "node:fs/promises"
 * import { parseDocument } from "@cchc/core"
 * import { fixDocx, readDocx } from "@cchc/docx"
 * import { lintDocument } from "@cchc/rules"
 * const bytes = await readFile("bao-cao.docx")
 * const read = readDocx(bytes)
 * if (read.ok) {
 *   const { text, formatting } = read.value
 *   const fixed = fixDocx(bytes, lintDocument(parseDocument(text, { formatting }), text).diagnostics)
 *   if (fixed.ok) await writeFile("bao-cao.fixed.docx", fixed.value)
 * }
 * ```
 */
export const fixDocx = (
  bytes: Uint8Array,
  findings: ReadonlyArray<FormattingFinding>
): DocxOutcome<Uint8Array> => {
  const read = readDocxPackage(bytes, DEFAULT_DOCX_LIMITS)
  if (!read.ok) return read
  const pkg = read.value
  const { facts } = pkg.formatting
  const refusal = facts.signed
    ? "the file is digitally signed: rewriting it would break the signature"
    : facts.protection !== null
      ? `the file is protected against editing (${facts.protection})`
      : facts.macros
        ? "the file holds macros (.docm): it is never rewritten"
        : null
  if (refusal !== null) return { ok: false, problem: { kind: "refused", message: refusal } }
  const part = pkg.parts.get(pkg.main)!
  const xml = part.xml
  const runSettings = new Map<
    XmlElement,
    { parent: XmlElement; container: XmlElement | undefined; settings: Settings }
  >()
  const paragraphSettings = new Map<XmlElement, { container: XmlElement | undefined; settings: Settings }>()
  const margins = new Map<XmlElement, Map<string, number>>()
  const paragraphs = pkg.formatting.paragraphs
  for (const finding of findings) {
    const fix = finding.formatFix
    if (fix === undefined) continue
    const start = finding.span.start.offset
    const end = finding.span.end.offset
    paragraphs.forEach((paragraph, i) => {
      if (paragraph.start === null || paragraph.end === null) return
      if (paragraph.end < start || paragraph.start > end || (paragraph.start === end && end > start)) return
      const place = pkg.places[i]!
      if (fix.alignment !== undefined) {
        const entry = paragraphSettings.get(place.paragraph) ?? {
          container: place.properties,
          settings: new Map()
        }
        const p = prefixOf(xml, place.paragraph)
        entry.settings.set("jc", `<${p}jc ${p}val="${ALIGN[fix.alignment]}"/>`)
        paragraphSettings.set(place.paragraph, entry)
      }
      const runs = fix.runs
      if (runs === undefined) return
      paragraph.runs.forEach((run, j) => {
        // A font is fixed in the whole paragraph; a look only in the runs of the span.
        if (runs.font === undefined && (run.end <= start || run.start >= end)) return
        const runPlace = place.runs[j]!
        const entry = runSettings.get(runPlace.run) ?? {
          parent: runPlace.run,
          container: runPlace.properties,
          settings: new Map()
        }
        const p = prefixOf(xml, runPlace.run)
        if (runs.font !== undefined)
          entry.settings.set(
            "rFonts",
            `<${p}rFonts ${p}ascii="${runs.font}" ${p}hAnsi="${runs.font}" ${p}cs="${runs.font}"/>`
          )
        if (runs.bold !== undefined) entry.settings.set("b", runs.bold ? `<${p}b/>` : `<${p}b ${p}val="0"/>`)
        if (runs.italic !== undefined)
          entry.settings.set("i", runs.italic ? `<${p}i/>` : `<${p}i ${p}val="0"/>`)
        if (runs.size !== undefined) {
          const half = Math.round(runs.size * 2)
          entry.settings.set("sz", `<${p}sz ${p}val="${half}"/>`)
          entry.settings.set("szCs", `<${p}szCs ${p}val="${half}"/>`)
        }
        runSettings.set(runPlace.run, entry)
      })
    })
    if (fix.margin !== undefined) {
      const section = pkg.sectionPlaces[fix.margin.section]
      const pgMar = section?.children.find(
        (c): c is XmlElement => typeof c !== "string" && c.name === "w:pgMar"
      )
      if (pgMar !== undefined) {
        const sides = margins.get(pgMar) ?? new Map<string, number>()
        sides.set(fix.margin.side, Math.round(fix.margin.millimetres * TWIPS_PER_MM))
        margins.set(pgMar, sides)
      }
    }
  }
  const edits: Array<Edit> = []
  for (const [, e] of runSettings)
    edits.push(propertiesEdit(xml, e.parent, e.container, "rPr", e.settings, RUN_ORDER))
  for (const [paragraph, e] of paragraphSettings)
    edits.push(propertiesEdit(xml, paragraph, e.container, "pPr", e.settings, PARAGRAPH_ORDER))
  for (const [pgMar, sides] of margins) {
    const p = prefixOf(xml, pgMar)
    let tag = xml.slice(pgMar.start, pgMar.openEnd)
    for (const [side, twips] of sides) tag = withAttribute(tag, `${p}${side}`, String(twips))
    edits.push({ start: pgMar.start, end: pgMar.openEnd, text: tag })
  }
  if (edits.length === 0) return { ok: true, value: bytes }
  // A run's properties sit inside its paragraph, never across another edit:
  // edits are disjoint, joined in one pass with the text between them.
  edits.sort((a, b) => a.start - b.start)
  const pieces: Array<string> = []
  let at = 0
  for (const e of edits) {
    pieces.push(xml.slice(at, e.start), e.text)
    at = e.end
  }
  pieces.push(xml.slice(at))
  const out = pieces.join("")
  return {
    ok: true,
    value: rewriteZip(bytes, pkg.entries, new Map([[pkg.main, new TextEncoder().encode(out)]]))
  }
}
