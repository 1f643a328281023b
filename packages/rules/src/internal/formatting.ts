/**
 * What the layout rules share: the formatting facts of the document (or
 * why there are none), the runs that fall in a component's span, and one
 * check of a component's typography (size, bold, italic, upper case)
 * against the ranges of NĐ 30/2020, Phụ lục I, reported in the words a
 * văn thư uses.
 *
 * @since 0.1.0
 */
import type { Document, FormattedParagraph, FormattedRun, Formatting, Span } from "@cchc/core"
import type { RuleContext, Skip } from "../rule.js"

/** The skip of a layout rule on an input without formatting (a .txt, a .pdf). */
export const NO_FORMATTING: Skip = {
  skip: "not-applicable",
  reason: "the input has no formatting facts (plain text): formatting is checked on a .docx"
}

/** The formatting facts of a document, or the skip of a layout rule without them. */
export const formattingOf = (document: Document): Formatting | Skip => document.formatting ?? NO_FORMATTING

/** Whether a value is a {@link Skip}. */
export const isSkip = (value: Formatting | Skip): value is Skip => "skip" in value

/** The first paragraph that ends at or after `offset` (a binary search over text order). */
const firstParagraphFrom = (paragraphs: ReadonlyArray<FormattedParagraph>, offset: number): number => {
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((paragraphs[mid]!.end ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The paragraphs that overlap `[start, end)` of the text. */
export const paragraphsIn = (
  formatting: Formatting,
  start: number,
  end: number
): Array<FormattedParagraph> => {
  const out: Array<FormattedParagraph> = []
  const ps = formatting.paragraphs
  for (let i = firstParagraphFrom(ps, start); i < ps.length; i++) {
    const p = ps[i]!
    if ((p.start ?? 0) >= end && !(p.start === start && end === start)) break
    out.push(p)
  }
  return out
}

const VISIBLE = /[\p{L}\p{N}]/u

/** The runs with letters or digits that overlap `[start, end)` of `text`. */
export const runsIn = (
  formatting: Formatting,
  text: string,
  start: number,
  end: number
): Array<FormattedRun> => {
  const out: Array<FormattedRun> = []
  for (const p of paragraphsIn(formatting, start, end))
    for (const r of p.runs)
      if (
        r.end > start &&
        r.start < end &&
        VISIBLE.test(text.slice(Math.max(r.start, start), Math.min(r.end, end)))
      )
        out.push(r)
  return out
}

/**
 * A range of sizes in points (`{ min: 12, max: 13 }`), as a rule option:
 * the decree's range, which a profile may narrow.
 */
export interface SizeRange {
  readonly min?: number
  readonly max?: number
}

/** The JSON Schema of a {@link SizeRange} option that may narrow `[min, max]`, never widen it. */
export const sizeRangeSchema = (min: number, max: number): Readonly<Record<string, unknown>> => ({
  type: "object",
  properties: {
    min: { type: "number", minimum: min, maximum: max },
    max: { type: "number", minimum: min, maximum: max }
  },
  additionalProperties: false
})

/**
 * The `size` option of a layout rule whose one component has a size range
 * in the decree: its default (the whole range) and its schema, which lets
 * a profile narrow the range but never widen it.
 */
export const sizeOption = (
  min: number,
  max: number
): {
  readonly defaultOptions: { readonly size: SizeRange }
  readonly optionsSchema: Readonly<Record<string, unknown>>
} => ({
  defaultOptions: { size: { min, max } },
  optionsSchema: {
    type: "object",
    properties: { size: sizeRangeSchema(min, max) },
    additionalProperties: false
  }
})

/** What a component must look like. `upper` checks the letters as typed or as set in capitals. */
export interface Typography {
  readonly size: readonly [number, number]
  readonly bold?: boolean
  readonly italic?: boolean
  readonly upper?: boolean
}

/** The range of an option within the decree's range (a wider option is clamped to it). */
export const narrowed = (
  option: SizeRange | undefined,
  decree: readonly [number, number]
): [number, number] => {
  const min = Math.max(decree[0], Math.min(decree[1], option?.min ?? decree[0]))
  const max = Math.min(decree[1], Math.max(min, option?.max ?? decree[1]))
  return [min, max]
}

const sizeWords = ([min, max]: readonly [number, number]): string =>
  min === max ? `cỡ chữ ${min}` : `cỡ chữ ${min}–${max}`

/** The expected look in a văn thư's words: `in hoa, in đậm, cỡ chữ 12–13`. */
export const expectedWords = (t: Typography): string => {
  const words: Array<string> = []
  if (t.upper === true) words.push("in hoa")
  if (t.bold === true && t.italic === true) words.push("in đậm, nghiêng")
  else {
    if (t.bold === true) words.push("in đậm")
    if (t.italic === true) words.push("in nghiêng")
    if (t.bold === false && t.italic === false) words.push("chữ đứng, không đậm")
    else if (t.bold === false) words.push("không đậm")
    else if (t.italic === false) words.push("chữ đứng")
  }
  words.push(sizeWords(t.size))
  return words.join(", ")
}

/** What differs in one run, in words (`cỡ chữ 14, không đậm`), or `null` when it fits. */
const foundWords = (run: FormattedRun, t: Typography, runText: string): string | null => {
  const words: Array<string> = []
  const f = run.format
  if (t.upper === true && !f.caps && runText !== runText.toUpperCase()) words.push("chữ thường")
  if (t.bold !== undefined && f.bold !== t.bold) words.push(f.bold ? "in đậm" : "không đậm")
  if (t.italic !== undefined && f.italic !== t.italic) words.push(f.italic ? "in nghiêng" : "chữ đứng")
  if (f.size !== null && (f.size < t.size[0] || f.size > t.size[1])) words.push(`cỡ chữ ${f.size}`)
  return words.length === 0 ? null : words.join(", ")
}

/**
 * Checks the runs of a component's span against its typography and
 * reports the first run that differs, with what was found, and the
 * formatting fix of the span (size, bold, italic) for a .docx.
 */
export const checkTypography = (
  context: RuleContext<unknown>,
  formatting: Formatting,
  span: Span,
  component: string,
  typography: Typography,
  messageId: string
): void => {
  const { start, end } = { start: span.start.offset, end: span.end.offset }
  for (const run of runsIn(formatting, context.text, start, end)) {
    const from = Math.max(run.start, start)
    const to = Math.min(run.end, end)
    const found = foundWords(run, typography, context.text.slice(from, to))
    if (found === null) continue
    const f = run.format
    const runs: { size?: number; bold?: boolean; italic?: boolean } = {}
    if (f.size !== null && (f.size < typography.size[0] || f.size > typography.size[1]))
      runs.size = f.size < typography.size[0] ? typography.size[0] : typography.size[1]
    if (typography.bold !== undefined && f.bold !== typography.bold) runs.bold = typography.bold
    if (typography.italic !== undefined && f.italic !== typography.italic) runs.italic = typography.italic
    context.report({
      messageId,
      span: context.span(start, end),
      data: { component, expected: expectedWords(typography), found },
      // Letter case is the text's, not the look's: only size, bold and italic are fixed.
      ...(Object.keys(runs).length === 0 ? {} : { formatFix: { runs } })
    })
    return
  }
}

/** The message of {@link checkTypography}: `Quốc hiệu phải in hoa, in đậm, cỡ chữ 12–13 (đang: cỡ chữ 14).` */
export const TYPOGRAPHY_MESSAGE = {
  vi: "{component} phải {expected} (đang: {found}).",
  en: "{component}: expected {expected} (found: {found})."
}
