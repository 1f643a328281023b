/**
 * Small text helpers shared by rules: locating lines in the original text,
 * comparison keys, and a guard that a parsed value still matches the
 * original characters before a fix edits them.
 */
import { foldToneMarks, stripDiacritics, type Span } from "@cchc/core"

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
export const looseKey = (value: string): string =>
  stripDiacritics(foldToneMarks(value))
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, " ")
    .trim()

/** One line of the original text, trimmed, with its offsets. */
export interface TextLine {
  readonly text: string
  readonly start: number
  readonly end: number
  /** 0-based index of the line. */
  readonly index: number
}

/** The lines of the original text (`\n`, `\r\n` or `\r` breaks), trimmed, in one pass. */
export const textLines = (text: string): Array<TextLine> => {
  const out: Array<TextLine> = []
  const re = /\r\n|\r|\n/g
  let at = 0
  for (;;) {
    const m = re.exec(text)
    const end = m === null ? text.length : m.index
    const raw = text.slice(at, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    out.push({ text: trimmed, start: at + lead, end: at + lead + trimmed.length, index: out.length })
    if (m === null) break
    at = m.index + m[0].length
  }
  return out
}

/** Whether `value` has letters and none of them is lower case. */
export const isUpper = (value: string): boolean => {
  let letters = 0
  for (const ch of value) {
    const lower = ch.toLowerCase()
    if (lower === ch.toUpperCase()) continue
    if (ch === lower) return false
    letters++
  }
  return letters > 0
}
