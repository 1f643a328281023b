/**
 * Small text helpers shared by rules: locating lines in the original text,
 * comparison keys, and a guard that a parsed value still matches the
 * original characters before a fix edits them.
 */
import { foldToneMarks, stripDiacritics, type Span } from "@cchc/core"
import { BoundedCache, CharacterKinds } from "@cchc/core/internal"

/** Whether the original text at `span` reads exactly `expected` (a fix may then edit inside it by offset). */
export const spanReads = (text: string, span: Span, expected: string): boolean =>
  text.slice(span.start.offset, span.end.offset) === expected

/** The offsets `[start, end)` of the first line of `text` that has something on it. */
export const firstTextLine = (text: string): { start: number; end: number } => {
  const found = text.search(/\S/u)
  const start = found === -1 ? 0 : found
  const rest = text.slice(start).search(/[\r\n]/u)
  return { start, end: rest === -1 ? text.length : start + rest }
}

/**
 * An ASCII comparison key: no diacritics, lower case, punctuation as
 * spaces, single spaces. `Phương hướng, nhiệm vụ` → `phuong huong nhiem vu`.
 */
export const looseKey = (value: string): string => LOOSE_KEYS.get(value, looseKeyOf)

const looseKeyOf = (value: string): string =>
  stripDiacritics(foldToneMarks(value))
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, " ")
    .trim()

// Headings, recipients and the phrases of the section templates are keyed
// again for every document: memoised, within bounds.
const LOOSE_KEYS = new BoundedCache<string>({ max: 8192, maxKeyLength: 200 })

/** One line of the original text, trimmed, with its offsets. */
export interface TextLine {
  readonly text: string
  readonly start: number
  readonly end: number
  /** 0-based index of the line. */
  readonly index: number
}

/**
 * The lines of the original text (`\n`, `\r\n` or `\r` breaks), trimmed, in
 * one pass. The lines of the last text are remembered: several rules ask
 * for them in one lint.
 */
export const textLines = (text: string): ReadonlyArray<TextLine> => {
  if (lastLines === undefined || lastLines.text !== text) lastLines = { text, lines: splitTextLines(text) }
  return lastLines.lines
}

let lastLines: { readonly text: string; readonly lines: ReadonlyArray<TextLine> } | undefined

const splitTextLines = (text: string): ReadonlyArray<TextLine> => {
  const out: Array<TextLine> = []
  // The next `\n` and `\r` (the text's length when there is none), found by
  // `indexOf`: most texts have no `\r` at all.
  let nextLf = -1
  let nextCr = -1
  let at = 0
  for (;;) {
    if (nextLf < at) nextLf = indexOrLength(text, "\n", at)
    if (nextCr < at) nextCr = indexOrLength(text, "\r", at)
    const end = Math.min(nextLf, nextCr)
    // Trimmed by offsets, then sliced once.
    let start = at
    while (start < end && isTrimmed(text.charCodeAt(start))) start++
    let stop = end
    while (stop > start && isTrimmed(text.charCodeAt(stop - 1))) stop--
    out.push({ text: text.slice(start, stop), start, end: stop, index: out.length })
    if (end === text.length) break
    at = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1)
  }
  return out
}

const CR = 0x0d
const LF = 0x0a

const indexOrLength = (text: string, search: string, from: number): number => {
  const found = text.indexOf(search, from)
  return found === -1 ? text.length : found
}

// What `String.prototype.trim` removes (white space and line terminators,
// all in the BMP), per code unit.
const TRIMMED = new CharacterKinds((c) => (c.trim() === "" ? 1 : 2))
const isTrimmed = (code: number): boolean => TRIMMED.kindOfUnit(code) === 1
