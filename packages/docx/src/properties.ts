/**
 * Run and paragraph properties as one element of the XML states them
 * (`w:rPr`, `w:pPr`): partial, every field unset unless written there.
 * Styles and direct formatting are layered from these by `styles.ts`.
 *
 * @since 0.1.0
 */
import { child, type XmlElement } from "./xml-tree.js"

/** Run properties as written in one place; theme fonts kept as their slot. */
export interface PartialRun {
  font?: string
  fontComplex?: string
  fontTheme?: "major" | "minor"
  fontComplexTheme?: "major" | "minor"
  size?: number
  bold?: boolean
  italic?: boolean
  underline?: boolean
  caps?: boolean
  color?: string
}

/** Paragraph properties as written in one place (lengths in points). */
export interface PartialParagraph {
  alignment?: "left" | "center" | "right" | "justify" | "distribute"
  indentLeft?: number
  indentRight?: number
  indentFirstLine?: number
  spacingBefore?: number
  spacingAfter?: number
  lineSpacing?: { rule: "multiple" | "exact" | "atLeast"; value: number }
  numId?: string
  numLevel?: number
}

const val = (element: XmlElement | undefined): string | undefined => element?.attributes["w:val"]

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`), `undefined` when absent. */
const onOff = (element: XmlElement | undefined): boolean | undefined => {
  if (element === undefined) return undefined
  const v = val(element)
  return v === undefined || !(v === "0" || v === "false" || v === "off")
}

const twips = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n / 20 : undefined
}

const themeSlot = (value: string | undefined): "major" | "minor" | undefined =>
  value === undefined ? undefined : value.startsWith("major") ? "major" : "minor"

/** The run properties written in a `w:rPr`. */
export const readRunProperties = (rPr: XmlElement | undefined): PartialRun => {
  const out: PartialRun = {}
  if (rPr === undefined) return out
  const fonts = child(rPr, "w:rFonts")
  if (fonts !== undefined) {
    const a = fonts.attributes
    const latin = a["w:ascii"] ?? a["w:hAnsi"]
    const latinTheme = themeSlot(a["w:asciiTheme"] ?? a["w:hAnsiTheme"])
    // A theme attribute wins over the font name beside it, as in Word.
    if (latinTheme !== undefined) out.fontTheme = latinTheme
    else if (latin !== undefined) out.font = latin
    const cs = themeSlot(a["w:cstheme"])
    if (cs !== undefined) out.fontComplexTheme = cs
    else if (a["w:cs"] !== undefined) out.fontComplex = a["w:cs"]
  }
  const size = val(child(rPr, "w:sz"))
  if (size !== undefined && Number.isFinite(Number(size))) out.size = Number(size) / 2
  const bold = onOff(child(rPr, "w:b"))
  if (bold !== undefined) out.bold = bold
  const italic = onOff(child(rPr, "w:i"))
  if (italic !== undefined) out.italic = italic
  const u = child(rPr, "w:u")
  if (u !== undefined) out.underline = (val(u) ?? "single") !== "none"
  const caps = onOff(child(rPr, "w:caps"))
  if (caps !== undefined) out.caps = caps
  const color = val(child(rPr, "w:color"))
  if (color !== undefined) out.color = color === "auto" ? "auto" : color.toUpperCase()
  return out
}

const ALIGNMENTS: Readonly<Record<string, PartialParagraph["alignment"]>> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "justify",
  distribute: "distribute"
}

/** The paragraph properties written in a `w:pPr`. */
export const readParagraphProperties = (pPr: XmlElement | undefined): PartialParagraph => {
  const out: PartialParagraph = {}
  if (pPr === undefined) return out
  const jc = val(child(pPr, "w:jc"))
  if (jc !== undefined && ALIGNMENTS[jc] !== undefined) out.alignment = ALIGNMENTS[jc]
  const ind = child(pPr, "w:ind")
  if (ind !== undefined) {
    const a = ind.attributes
    const left = twips(a["w:left"] ?? a["w:start"])
    if (left !== undefined) out.indentLeft = left
    const right = twips(a["w:right"] ?? a["w:end"])
    if (right !== undefined) out.indentRight = right
    const hanging = twips(a["w:hanging"])
    const firstLine = twips(a["w:firstLine"])
    if (hanging !== undefined) out.indentFirstLine = -hanging
    else if (firstLine !== undefined) out.indentFirstLine = firstLine
  }
  const spacing = child(pPr, "w:spacing")
  if (spacing !== undefined) {
    const a = spacing.attributes
    const before = twips(a["w:before"])
    if (before !== undefined) out.spacingBefore = before
    const after = twips(a["w:after"])
    if (after !== undefined) out.spacingAfter = after
    const line = a["w:line"]
    if (line !== undefined && Number.isFinite(Number(line))) {
      const rule = a["w:lineRule"] ?? "auto"
      out.lineSpacing =
        rule === "auto"
          ? { rule: "multiple", value: Number(line) / 240 }
          : { rule: rule === "exact" ? "exact" : "atLeast", value: Number(line) / 20 }
    }
  }
  const numPr = child(pPr, "w:numPr")
  if (numPr !== undefined) {
    const id = val(child(numPr, "w:numId"))
    if (id !== undefined) out.numId = id
    const level = Number(val(child(numPr, "w:ilvl")) ?? "0")
    out.numLevel = Number.isInteger(level) && level >= 0 && level < 9 ? level : 0
  }
  return out
}
