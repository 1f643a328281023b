/**
 * Automatic list numbering, drawn into the text as Word draws it: the
 * level's text (`%1.`, `%1.%2.`, `-`) with each counter in its format
 * (decimal, letters, roman numerals), counters kept per list and reset
 * below the level that advanced.
 *
 * @since 0.1.0
 */
import { child, childrenNamed, type XmlElement } from "./xml-tree.js"

interface Level {
  readonly start: number
  readonly format: string
  readonly text: string
  /** What follows the label: a tab or a space (both read as a space), or nothing. */
  readonly suffix: string
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"]
]

const roman = (n: number): string => {
  let out = ""
  let left = n
  for (const [value, digits] of ROMAN)
    while (left >= value) {
      out += digits
      left -= value
    }
  return out
}

const letters = (n: number): string => {
  // Word repeats the letter past z: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

const formatCounter = (n: number, format: string): string => {
  switch (format) {
    case "lowerLetter":
      return letters(n)
    case "upperLetter":
      return letters(n).toUpperCase()
    case "lowerRoman":
      return roman(n)
    case "upperRoman":
      return roman(n).toUpperCase()
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n)
    case "none":
      return ""
    default:
      return String(n)
  }
}

// Bullets typed in a symbol font are private-use characters: the mark a
// reader sees for the common ones (Symbol, Wingdings).
const SYMBOL_BULLETS: Readonly<Record<number, string>> = {
  0xf02d: "-",
  0xf0b7: "•",
  0xf0a7: "▪",
  0xf0d8: "➢",
  0xf076: "❖",
  0xf0fc: "✓",
  0xf0a8: "◆",
  0xf06f: "o"
}

const bulletText = (text: string): string => {
  let out = ""
  for (const c of text) {
    const code = c.codePointAt(0)!
    out += code >= 0xe000 && code <= 0xf8ff ? (SYMBOL_BULLETS[code] ?? "•") : c
  }
  return out
}

const readLevels = (abstract: XmlElement): Array<Level | undefined> => {
  const levels: Array<Level | undefined> = []
  for (const lvl of childrenNamed(abstract, "w:lvl")) {
    const index = Number(lvl.attributes["w:ilvl"])
    if (!Number.isInteger(index) || index < 0 || index > 8) continue
    const start = Number(child(lvl, "w:start")?.attributes["w:val"] ?? "1")
    levels[index] = {
      start: Number.isFinite(start) ? start : 1,
      format: child(lvl, "w:numFmt")?.attributes["w:val"] ?? "decimal",
      text: child(lvl, "w:lvlText")?.attributes["w:val"] ?? "",
      suffix: (child(lvl, "w:suff")?.attributes["w:val"] ?? "tab") === "nothing" ? "" : " "
    }
  }
  return levels
}

/**
 * The lists of a package and their counters, advanced paragraph by
 * paragraph in reading order.
 *
 * @since 0.1.0
 * @category formatting
 */
export class Numbering {
  private readonly lists = new Map<
    string,
    { levels: Array<Level | undefined>; starts: Array<number | undefined> }
  >()
  private readonly counters = new Map<string, Array<number | undefined>>()

  constructor(numbering: XmlElement | undefined) {
    const root = child(numbering, "w:numbering")
    if (root === undefined) return
    const abstracts = new Map<string, Array<Level | undefined>>()
    for (const a of childrenNamed(root, "w:abstractNum"))
      abstracts.set(a.attributes["w:abstractNumId"] ?? "", readLevels(a))
    for (const num of childrenNamed(root, "w:num")) {
      const id = num.attributes["w:numId"]
      const abstract = child(num, "w:abstractNumId")?.attributes["w:val"]
      if (id === undefined || abstract === undefined) continue
      const starts: Array<number | undefined> = []
      for (const o of childrenNamed(num, "w:lvlOverride")) {
        const level = Number(o.attributes["w:ilvl"])
        const start = Number(child(o, "w:startOverride")?.attributes["w:val"])
        if (Number.isInteger(level) && level >= 0 && level < 9 && Number.isFinite(start))
          starts[level] = start
      }
      this.lists.set(id, { levels: abstracts.get(abstract) ?? [], starts })
    }
  }

  /**
   * The label of the next paragraph of list `numId` at `level`, with what
   * follows it (`"1. "`), or `null` when that list draws nothing (`numId`
   * 0 removes numbering).
   */
  next(numId: string, level: number): string | null {
    const list = this.lists.get(numId)
    const definition = list?.levels[level]
    if (list === undefined || definition === undefined) return null
    let counters = this.counters.get(numId)
    if (counters === undefined) {
      counters = []
      this.counters.set(numId, counters)
    }
    const startOf = (l: number) => list.starts[l] ?? list.levels[l]?.start ?? 1
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level]! + 1
    for (let l = level + 1; l < 9; l++) counters[l] = undefined
    if (definition.format === "bullet") {
      const mark = bulletText(definition.text)
      return mark.length === 0 ? null : mark + definition.suffix
    }
    const label = definition.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1
      const value = counters![l] ?? startOf(l)
      return formatCounter(value, list.levels[l]?.format ?? "decimal")
    })
    return label.length === 0 ? null : label + definition.suffix
  }
}
