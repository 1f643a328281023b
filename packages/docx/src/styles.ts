/**
 * Effective formatting, resolved as Word resolves it: document defaults,
 * then the paragraph style and the styles it is based on, then the
 * character style of the run and its bases, then direct formatting. Bold
 * and italic are toggles: a style that sets them flips what the style
 * under it gave (the paragraph style's value and the character style's
 * are combined by exclusive or), while direct formatting sets them
 * outright (ECMA-376 Part 1, §17.7.3).
 *
 * @since 0.1.0
 */
import type { RunFormat } from "@cchc/core"
import {
  readParagraphProperties,
  readRunProperties,
  type PartialParagraph,
  type PartialRun
} from "./properties.js"
import { child, childrenNamed, type XmlElement } from "./xml-tree.js"

interface StyleDefinition {
  readonly type: string
  readonly basedOn: string | undefined
  readonly run: PartialRun
  readonly paragraph: PartialParagraph
}

/** The theme's Latin and complex-script fonts of its major and minor font slots. */
export interface ThemeFonts {
  readonly major: string | null
  readonly minor: string | null
}

/** Reads the font slots of a theme part (`a:majorFont`, `a:minorFont`). */
export const readThemeFonts = (theme: XmlElement | undefined): ThemeFonts => {
  const scheme = child(child(child(theme, "a:theme"), "a:themeElements"), "a:fontScheme")
  const latin = (slot: string) => child(child(scheme, slot), "a:latin")?.attributes["typeface"] ?? null
  return { major: latin("a:majorFont"), minor: latin("a:minorFont") }
}

// Style chains deeper than this are cycles or damage.
const MAX_CHAIN = 24

/**
 * The styles of a package and how they combine into effective formatting.
 *
 * @since 0.1.0
 * @category formatting
 */
export class StyleSheet {
  private readonly styles = new Map<string, StyleDefinition>()
  private readonly defaultRun: PartialRun
  private readonly defaultParagraph: PartialParagraph
  private readonly defaultParagraphStyle: string | undefined
  private readonly cache = new Map<string, RunFormat>()

  constructor(
    styles: XmlElement | undefined,
    private readonly theme: ThemeFonts
  ) {
    const root = child(styles, "w:styles")
    const defaults = child(root, "w:docDefaults")
    this.defaultRun = readRunProperties(child(child(defaults, "w:rPrDefault"), "w:rPr"))
    this.defaultParagraph = readParagraphProperties(child(child(defaults, "w:pPrDefault"), "w:pPr"))
    let defaultParagraphStyle: string | undefined
    for (const style of root === undefined ? [] : childrenNamed(root, "w:style")) {
      const id = style.attributes["w:styleId"]
      if (id === undefined) continue
      const type = style.attributes["w:type"] ?? "paragraph"
      if (
        type === "paragraph" &&
        (style.attributes["w:default"] === "1" || style.attributes["w:default"] === "true")
      )
        defaultParagraphStyle = id
      this.styles.set(id, {
        type,
        basedOn: child(style, "w:basedOn")?.attributes["w:val"],
        run: readRunProperties(child(style, "w:rPr")),
        paragraph: readParagraphProperties(child(style, "w:pPr"))
      })
    }
    this.defaultParagraphStyle = defaultParagraphStyle
  }

  /** The paragraph style a paragraph has: its `w:pStyle`, or the default one. */
  paragraphStyle(id: string | undefined): string | undefined {
    return id !== undefined && this.styles.has(id) ? id : this.defaultParagraphStyle
  }

  /** The chain of a style, itself first, then what it is based on. */
  private chain(id: string | undefined): Array<StyleDefinition> {
    const out: Array<StyleDefinition> = []
    let at = id
    while (at !== undefined && out.length < MAX_CHAIN) {
      const style = this.styles.get(at)
      if (style === undefined) break
      out.push(style)
      at = style.basedOn
    }
    return out
  }

  /** A chain's run properties, the nearest definition of each winning. */
  private chainRun(id: string | undefined): PartialRun {
    const out: PartialRun = {}
    const chain = this.chain(id)
    for (let i = chain.length - 1; i >= 0; i--) Object.assign(out, chain[i]!.run)
    return out
  }

  /** The effective paragraph properties: defaults, the style chain, then direct. */
  paragraph(styleId: string | undefined, direct: PartialParagraph): PartialParagraph {
    const out: PartialParagraph = { ...this.defaultParagraph }
    const chain = this.chain(styleId)
    for (let i = chain.length - 1; i >= 0; i--) Object.assign(out, chain[i]!.paragraph)
    return Object.assign(out, direct)
  }

  /**
   * The effective run format of a run in a paragraph of style
   * `paragraphStyle`, with character style `runStyle` and direct
   * properties `direct`.
   */
  run(paragraphStyle: string | undefined, runStyle: string | undefined, direct: PartialRun): RunFormat {
    const key = `${paragraphStyle ?? ""}\u0000${runStyle ?? ""}`
    let base = this.cache.get(key)
    if (base === undefined) {
      base = this.resolveStyles(paragraphStyle, runStyle)
      this.cache.set(key, base)
    }
    if (Object.keys(direct).length === 0) return base
    const font = this.font(direct.font, direct.fontTheme)
    const complex = this.font(direct.fontComplex, direct.fontComplexTheme)
    return {
      font: font ?? base.font,
      fontComplex: complex ?? base.fontComplex,
      size: direct.size ?? base.size,
      bold: direct.bold ?? base.bold,
      italic: direct.italic ?? base.italic,
      underline: direct.underline ?? base.underline,
      caps: direct.caps ?? base.caps,
      color: direct.color ?? base.color
    }
  }

  private font(name: string | undefined, slot: "major" | "minor" | undefined): string | null {
    if (slot !== undefined) return this.theme[slot]
    return name ?? null
  }

  private resolveStyles(paragraphStyle: string | undefined, runStyle: string | undefined): RunFormat {
    const p = this.chainRun(paragraphStyle)
    const r = this.styles.get(runStyle ?? "")?.type === "character" ? this.chainRun(runStyle) : {}
    const d = this.defaultRun
    const merged: PartialRun = { ...d, ...p, ...r }
    const toggle = (key: "bold" | "italic" | "caps"): boolean =>
      p[key] === undefined && r[key] === undefined
        ? (d[key] ?? false)
        : (p[key] ?? false) !== (r[key] ?? false)
    const theme = (font: string | undefined, slot: "major" | "minor" | undefined) =>
      this.font(font, slot) ?? null
    // The font and its theme slot come from the same (nearest) place.
    const latinFrom =
      r.font !== undefined || r.fontTheme !== undefined
        ? r
        : p.font !== undefined || p.fontTheme !== undefined
          ? p
          : d
    const complexFrom =
      r.fontComplex !== undefined || r.fontComplexTheme !== undefined
        ? r
        : p.fontComplex !== undefined || p.fontComplexTheme !== undefined
          ? p
          : d
    return {
      font: theme(latinFrom.font, latinFrom.fontTheme),
      fontComplex: theme(complexFrom.fontComplex, complexFrom.fontComplexTheme),
      size: merged.size ?? null,
      bold: toggle("bold"),
      italic: toggle("italic"),
      underline: merged.underline ?? false,
      caps: toggle("caps"),
      color: merged.color ?? null
    }
  }
}
