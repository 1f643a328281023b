/**
 * Verbatim content: the parts of a text that quote something exactly and
 * that a fix must not rewrite, whatever the rule. A Markdown code block or
 * code span shows text as it is (often an example of the wrong form), a
 * file name or a web address names something that exists under that exact
 * spelling: `Nghị định 30/2020/NĐ-CP.pdf` is a file, not a citation to
 * complete with `số`.
 *
 * The ranges are found from the text alone, so they hold whichever reader
 * produced it: backticks and fences in a `.txt` are verbatim too.
 *
 * @since 0.1.0
 */

/**
 * A half-open range `[start, end)` of offsets in the text.
 *
 * @since 0.1.0
 * @category fixes
 */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/** Extensions that end a file name (lower case, without the dot). */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  "pdf",
  "doc",
  "docx",
  "odt",
  "rtf",
  "txt",
  "md",
  "xls",
  "xlsx",
  "ods",
  "csv",
  "ppt",
  "pptx",
  "zip",
  "rar",
  "7z",
  "xml",
  "json",
  "htm",
  "html",
  "jpg",
  "jpeg",
  "png",
  "tif",
  "tiff"
])

const BACKTICK = 0x60
const TILDE = 0x7e
const SPACE = 0x20
const NEWLINE = 0x0a

const isBlankLine = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== SPACE && c !== 0x09 && c !== 0x0d) return false
  }
  return true
}

/** The fence a line opens (`` ``` `` or `~~~`, indented at most three spaces), or null. */
const fenceOf = (text: string, start: number, end: number): { char: number; length: number } | null => {
  let i = start
  while (i < end && i - start < 3 && text.charCodeAt(i) === SPACE) i++
  const char = text.charCodeAt(i)
  if (char !== BACKTICK && char !== TILDE) return null
  let j = i
  while (j < end && text.charCodeAt(j) === char) j++
  return j - i >= 3 ? { char, length: j - i } : null
}

/** Whether a line closes a fence: the same character, at least as many, nothing else. */
const closesFence = (text: string, start: number, end: number, fence: { char: number; length: number }) => {
  const found = fenceOf(text, start, end)
  if (found === null || found.char !== fence.char || found.length < fence.length) return false
  let i = start
  while (text.charCodeAt(i) !== fence.char) i++
  return isBlankLine(text, i + found.length, end)
}

/**
 * The code spans of one paragraph: a run of N backticks up to the next
 * run of exactly N (CommonMark). One pointer per run length keeps the
 * search linear however many runs are left unmatched.
 */
const codeSpans = (text: string, start: number, end: number, out: Array<TextRange>): void => {
  const runs: Array<{ at: number; length: number }> = []
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== BACKTICK) continue
    let j = i
    while (j < end && text.charCodeAt(j) === BACKTICK) j++
    runs.push({ at: i, length: j - i })
    i = j - 1
  }
  const byLength = new Map<number, Array<number>>()
  runs.forEach((run, index) => {
    const list = byLength.get(run.length)
    if (list === undefined) byLength.set(run.length, [index])
    else list.push(index)
  })
  const cursor = new Map<number, number>()
  let index = 0
  while (index < runs.length) {
    const opener = runs[index]!
    const list = byLength.get(opener.length)!
    let k = cursor.get(opener.length) ?? 0
    while (k < list.length && list[k]! <= index) k++
    cursor.set(opener.length, k)
    if (k === list.length) {
      index++
      continue
    }
    const closer = runs[list[k]!]!
    out.push({ start: opener.at, end: closer.at + closer.length })
    index = list[k]! + 1
  }
}

/** Characters that may close a sentence after a file name or an address. */
const isTrailingPunctuation = (c: number): boolean =>
  c === 0x2e ||
  c === 0x2c ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x22 ||
  c === 0x27 ||
  c === 0x201d ||
  c === 0x2019 ||
  c === 0x3e

const isOpeningPunctuation = (c: number): boolean =>
  c === 0x28 || c === 0x5b || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x3c

const isSpace = (c: number): boolean => c === SPACE || c === 0x09 || c === NEWLINE || c === 0x0d || c === 0xa0

/** Whether a word (`[start, end)`, no space in it) is a web address or a file name. */
const isVerbatimWord = (text: string, start: number, end: number): boolean => {
  if (end - start < 3) return false
  const word = text.slice(start, end)
  if (word.startsWith("http://") || word.startsWith("https://") || word.startsWith("www.")) return true
  const dot = word.lastIndexOf(".")
  if (dot <= 0 || dot === word.length - 1) return false
  return FILE_EXTENSIONS.has(word.slice(dot + 1).toLowerCase())
}

/** The web addresses and file names of `[start, end)`, word by word. */
const verbatimWords = (text: string, start: number, end: number, out: Array<TextRange>): void => {
  let i = start
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++
    let j = i
    while (j < end && !isSpace(text.charCodeAt(j))) j++
    let from = i
    let to = j
    while (from < to && isOpeningPunctuation(text.charCodeAt(from))) from++
    while (to > from && isTrailingPunctuation(text.charCodeAt(to - 1))) to--
    if (isVerbatimWord(text, from, to)) out.push({ start: from, end: to })
    i = j
  }
}

/**
 * The verbatim ranges of `text`, in order and without overlap (two may touch): fenced code
 * blocks (`` ``` `` or `~~~`, from the opening line to the closing one, or
 * to the end of the text when it is never closed), code spans within a
 * paragraph (`` `Nghị định 30/2020/NĐ-CP` ``, backticks included), web
 * addresses and file names (`Nghị định 30/2020/NĐ-CP.pdf`: the word that
 * ends in a known extension). One pass over the text.
 *
 * @since 0.1.0
 * @category fixes
 * @example
 * ```ts
 * import { verbatimRanges } from "@cchc/rules"
 * verbatimRanges("Viết `Số: 5/BC` thành Số: 05/BC") // [{ start: 5, end: 15 }]
 * verbatimRanges("Đính kèm Nghị định 30/2020/NĐ-CP.pdf") // [{ start: 19, end: 36 }]
 * ```
 */
export const verbatimRanges = (text: string): Array<TextRange> => {
  const out: Array<TextRange> = []
  let fence: { char: number; length: number } | null = null
  let fenceStart = 0
  let paragraphStart = -1
  const closeParagraph = (end: number) => {
    if (paragraphStart === -1) return
    const spans: Array<TextRange> = []
    codeSpans(text, paragraphStart, end, spans)
    let from = paragraphStart
    for (const span of spans) {
      verbatimWords(text, from, span.start, out)
      out.push(span)
      from = span.end
    }
    verbatimWords(text, from, end, out)
    paragraphStart = -1
  }
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const next = newline === -1 ? text.length + 1 : newline + 1
    if (fence !== null) {
      if (closesFence(text, lineStart, lineEnd, fence)) {
        out.push({ start: fenceStart, end: lineEnd })
        fence = null
      }
    } else {
      const opened = fenceOf(text, lineStart, lineEnd)
      if (opened !== null) {
        closeParagraph(lineStart)
        fence = opened
        fenceStart = lineStart
      } else if (isBlankLine(text, lineStart, lineEnd)) {
        closeParagraph(lineStart)
      } else if (paragraphStart === -1) {
        paragraphStart = lineStart
      }
    }
    lineStart = next
  }
  if (fence !== null) out.push({ start: fenceStart, end: text.length })
  closeParagraph(text.length)
  return out
}

/**
 * Whether an edit `[start, end)` touches a range of `ranges` (sorted, as
 * {@link verbatimRanges} gives them): it overlaps one, or inserts at one
 * of its ends, where the inserted text would join the quoted word
 * (`số` before `30/2020/NĐ-CP.pdf`).
 *
 * @since 0.1.0
 * @category fixes
 * @example
 * ```ts
 * import { touchesRange } from "@cchc/rules"
 * touchesRange([{ start: 5, end: 15 }], 7, 7) // true
 * touchesRange([{ start: 5, end: 15 }], 16, 17) // false
 * ```
 */
export const touchesRange = (ranges: ReadonlyArray<TextRange>, start: number, end: number): boolean => {
  // The first range that ends at or after `start`.
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ranges[middle]!.end < start) low = middle + 1
    else high = middle
  }
  const range = ranges[low]
  return range !== undefined && range.start <= end
}
