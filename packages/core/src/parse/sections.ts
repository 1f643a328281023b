/**
 * Reading the numbered outline of the body.
 *
 * @since 0.1.0
 */
import type { Section, SectionStyle } from "../model/section.js"
import type { Span } from "../model/span.js"
import { romanValue } from "../text/roman-numerals.js"
import type { Line } from "./lines.js"

const RANK: Record<SectionStyle, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  roman: 4,
  arabic: 5,
  decimal: 6,
  letter: 7,
  dash: 8,
  plus: 9
}

/**
 * The Vietnamese alphabet order of điểm letters: `a)`, `b)`, … `đ)`, `e)`,
 * `g)` (no f, j, w, z).
 *
 * @since 0.1.0
 * @category reference data
 */
export const POINT_LETTERS: ReadonlyArray<string> = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y"
]

interface HeadingMatch {
  readonly style: SectionStyle
  readonly label: string
  readonly heading: string
  readonly ordinal: number | null
}

// Each pattern matches only the marker; the heading is the rest of the
// line, read by slicing. `needsText` markers must be followed by a word.
const PATTERNS: ReadonlyArray<readonly [SectionStyle, RegExp, boolean]> = [
  ["part", /^((?:Phần|PHẦN)[ ]+([IVXLCDM]{1,6}|\d{1,3}))(?![\p{L}\d])[.:]?/u, false],
  ["chapter", /^((?:Chương|CHƯƠNG)[ ]+([IVXLCDM]{1,6}|\d{1,3}))(?![\p{L}\d])[.:]?/u, false],
  ["section", /^((?:Mục|MỤC)[ ]+(\d{1,3}))(?![\p{L}\d])[.:]?/u, false],
  ["article", /^((?:Điều|ĐIỀU)[ ]+(\d{1,3})[a-z]?\.)/u, false],
  ["roman", /^(([IVXLC]{1,6})\.)[ ]/u, true],
  ["decimal", /^((\d{1,2}(?:\.\d{1,2})+)\.?)[ ](?=[ ]*\p{L})/u, true],
  ["arabic", /^((\d{1,2})[.)])[ ]/u, true],
  ["letter", /^(([a-zđ])\))[ ]/u, true],
  ["dash", /^([-–—•])/u, true],
  ["plus", /^(\+)/u, true]
]

/**
 * Recognises a heading or list marker at the start of a trimmed line.
 *
 * @since 0.1.0
 * @category parsing
 */
export const matchHeading = (text: string): HeadingMatch | null => {
  for (const [style, re, needsText] of PATTERNS) {
    const m = re.exec(text)
    if (!m) continue
    const heading = text.slice(m[0].length).trim()
    if (needsText && heading.length === 0) continue
    const label = m[1]!
    const key = m[2] ?? ""
    let ordinal: number | null = null
    if (style === "roman") ordinal = romanValue(key)
    else if (style === "part" || style === "chapter") ordinal = romanValue(key) ?? Number(key)
    else if (style === "section" || style === "article" || style === "arabic") ordinal = Number(key)
    else if (style === "decimal") ordinal = Number(key.split(".").pop())
    else if (style === "letter") ordinal = POINT_LETTERS.indexOf(key) + 1 || null
    if (style === "dash" && /^[-–—_=.]{2,}/u.test(text)) return null
    return { style, label, heading, ordinal }
  }
  return null
}

interface MutableSection {
  label: string
  heading: string
  style: SectionStyle
  ordinal: number | null
  level: number
  span: Span
  children: Array<MutableSection>
}

/**
 * Builds the outline tree from body lines. A marker nests under the
 * nearest open heading of a higher rank (Phần > Chương > Mục > Điều > I. >
 * 1. > 1.1. > a) > - > +), which is how Structure A and B nest in practice.
 *
 * @since 0.1.0
 * @category parsing
 */
export const readSections = (
  lines: ReadonlyArray<Line>,
  span: (start: number, end: number) => Span
): Array<Section> => {
  const roots: Array<MutableSection> = []
  const stack: Array<MutableSection> = []
  for (const line of lines) {
    if (line.text.length === 0) continue
    const m = matchHeading(line.text)
    if (m === null) continue
    const rank = RANK[m.style]
    while (stack.length > 0 && RANK[stack[stack.length - 1]!.style] >= rank) stack.pop()
    const node: MutableSection = {
      label: m.label,
      heading: m.heading,
      style: m.style,
      ordinal: m.ordinal,
      level: stack.length + 1,
      span: span(line.textStart, line.end),
      children: []
    }
    if (stack.length === 0) roots.push(node)
    else stack[stack.length - 1]!.children.push(node)
    stack.push(node)
  }
  return roots
}
