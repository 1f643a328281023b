/**
 * `spacing`: the spaces a typist leaves or forgets around punctuation and
 * dates, each one certain in any Vietnamese text:
 * - a space before `;`, `,` or `.` (`- Như Điều 3 ;`): the mark sits on the
 *   word before it, as in every sample of Phụ lục III;
 * - `ngày`, `tháng` or `năm` glued to its number (`ngày15/8/2013`,
 *   `tháng11`): the date is written `ngày 15/8/2013`, `ngày 15 tháng 8 năm
 *   2013` (Phụ lục I, mục II.4.b writes a space between each part);
 * - a space inside a document's number and code (`44/2022/TT- BTC`,
 *   `66- NQ/TW`, `QLN& TTBĐS`): a số, ký hiệu is written solid (Phụ lục I,
 *   mục II.3), in a citation as in the `Số:` line.
 *
 * Not reported: `./.`, an ellipsis (` ...`), a mark that stands alone on
 * its line or after another mark, the inside of a table row (`| ; |`), and
 * verbatim content (the engine leaves quoted code and addresses unfixed).
 */
import { defineRule } from "../rule.js"

// What may stand before the spaces of a misplaced mark: a letter, a digit
// or a closing mark (not a lone mark on its line, not another mark).
const WORD_END = /[\p{L}\p{N})”"']/u
const isBlankCode = (c: number): boolean => c === 32 || c === 9

/**
 * Each `;`, `,` or `.` with spaces before it and a word before them, that
 * is not the start of `./.` or of an ellipsis: found by `indexOf` of the
 * space and the mark, so the text is scanned at the speed of a search.
 */
const spacesBeforeMarks = (text: string): Array<{ start: number; mark: number }> => {
  const found: Array<{ start: number; mark: number }> = []
  for (const pair of [" ;", " ,", " .", "\t;", "\t,", "\t."]) {
    for (let at = text.indexOf(pair); at !== -1; at = text.indexOf(pair, at + 2)) {
      const mark = at + 1
      const next = text[mark + 1]
      if (next === "." || next === "/") continue
      let start = at
      while (start > 0 && isBlankCode(text.charCodeAt(start - 1))) start--
      if (start === 0 || !WORD_END.test(text[start - 1]!)) continue
      found.push({ start, mark })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
// `ngày15`, `tháng 11năm`: the word and its number with nothing between.
const GLUED_DATE = /(?<!\p{L})(ngày|tháng|năm)(\d{1,4})(?!\p{L})/giu

// Examples start with a report's head: the rule runs on documents.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"

// Where a number may start: digits not glued to a letter, digit or slash,
// followed by `/` or `-` (with at most one space before it).
const NUMBER_START = /(?<![\p{L}\p{N}/])\d{1,5}[a-zđ]?(?=[ ]?[-/])/gu

const isUpper = (c: string): boolean => c !== c.toLowerCase()
const isLower = (c: string): boolean => c !== c.toUpperCase()
const isDigit = (c: string): boolean => c >= "0" && c <= "9"
const isJoint = (c: string): boolean => c === "-" || c === "/" || c === "&"

/**
 * The end of a number and code starting at `from`, and whether a space
 * stands next to one of its joints (`-`, `/`, `&`); `null` when what
 * follows is no code (no capital letter, or a word in lower case after a
 * spaced joint: `12/KH-UBND - Sở Nội vụ`, `2021 - 2025`).
 */
const spacedCode = (text: string, from: number): { readonly end: number } | null => {
  let i = from
  let spaced = false
  let capitals = 0
  let afterSpacedJoint = false
  const limit = Math.min(text.length, from + 48)
  while (i < limit) {
    const c = text[i]!
    if (c === " ") {
      const before = text[i - 1] ?? ""
      const after = text[i + 1] ?? ""
      if (!(isJoint(before) || isJoint(after))) break
      spaced = true
      afterSpacedJoint = true
      i++
      continue
    }
    if (isJoint(c) || c === ".") {
      i++
      continue
    }
    if (isDigit(c) || isUpper(c)) {
      // The segment after a spaced joint is a code: capitals and digits up
      // to the next joint or the end, never a word in lower case.
      let j = i
      while (j < limit && (isDigit(text[j]!) || isUpper(text[j]!))) {
        if (isUpper(text[j]!)) capitals++
        j++
      }
      if (j < text.length && isLower(text[j]!)) {
        // `TTg`, `QyĐ`: a code with its lower-case letters; one capital and
        // then lower case only is a word (`Sở`), which no code continues.
        let k = j
        let laterCapital = false
        while (k < limit && (isLower(text[k]!) || isUpper(text[k]!))) {
          if (isUpper(text[k]!)) laterCapital = true
          k++
        }
        if (afterSpacedJoint && j === i + 1 && !laterCapital) return null
        j = k
      }
      afterSpacedJoint = false
      i = j
      continue
    }
    break
  }
  while (i > from && (isJoint(text[i - 1]!) || text[i - 1] === "." || text[i - 1] === " ")) i--
  return spaced && capitals > 0 && !/[ ]$/u.test(text.slice(from, i)) ? { end: i } : null
}

export default defineRule({
  meta: {
    id: "spacing",
    description: "No space before `;`, `,` or `.`; a space between `ngày`, `tháng`, `năm` and their numbers.",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục II.4.b (date); Phụ lục III (punctuation as the samples print it)",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "safe",
    messages: {
      spaceBeforePunctuation: {
        vi: 'Không để dấu cách trước dấu "{mark}": viết "{expected}" (đang viết "{actual}").',
        en: 'No space before "{mark}": write "{expected}" (written "{actual}").'
      },
      numberSpacing: {
        vi: 'Số, ký hiệu văn bản viết liền, không có dấu cách: "{expected}" (đang viết "{actual}").',
        en: 'A document number and code are written solid: "{expected}" (written "{actual}").'
      },
      gluedDate: {
        vi: 'Viết cách "{word}" và số: "{expected}" (đang viết "{actual}").',
        en: 'Leave a space between "{word}" and its number: "{expected}" (written "{actual}").'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TH.\n\nTheo Công văn số 12/UBND-VX ngày 15/8/2013./."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Nơi nhận:\n- Như Điều 3 ;\n- Lưu: VT, TH.\n\nTheo Công văn số 12/UBND-VX ngày15/8/2013./."
      ]
    }
  },
  check: (context) => {
    const text = context.text
    // The document's own `Số:` line is the document-number rule's.
    const own = context.document.number?.span
    const inOwnNumber = (offset: number) =>
      own !== undefined && offset >= own.start.offset && offset < own.end.offset
    // Each pattern runs once over the whole text; the line of a match is
    // only looked at where there is one.
    const lineStartOf = (offset: number) => text.lastIndexOf("\n", offset - 1) + 1
    // A table row keeps its cells apart with spaced marks.
    const inTableRow = (offset: number) => text.slice(lineStartOf(offset), offset).trimStart().startsWith("|")
    for (const { start, mark: at } of spacesBeforeMarks(text)) {
      if (inTableRow(start)) continue
      const mark = text[at]!
      const end = at + 1
      const wordStart = Math.max(text.lastIndexOf(" ", start - 1), text.lastIndexOf("\n", start - 1)) + 1
      context.report({
        messageId: "spaceBeforePunctuation",
        span: context.span(start, end),
        data: {
          mark,
          expected: `${text.slice(wordStart, start)}${mark}`,
          actual: text.slice(wordStart, end)
        },
        fix: { tier: "safe", description: `"${mark}"`, edits: [{ start, end, text: mark }] }
      })
    }
    NUMBER_START.lastIndex = 0
    for (let m = NUMBER_START.exec(text); m !== null; m = NUMBER_START.exec(text)) {
      const code = spacedCode(text, m.index)
      if (code === null || inOwnNumber(m.index) || inTableRow(m.index)) continue
      const actual = text.slice(m.index, code.end)
      const expected = actual.replace(/ /gu, "")
      context.report({
        messageId: "numberSpacing",
        span: context.span(m.index, code.end),
        data: { expected, actual },
        fix: {
          tier: "safe",
          description: `"${expected}"`,
          edits: [{ start: m.index, end: code.end, text: expected }]
        }
      })
      NUMBER_START.lastIndex = code.end
    }
    GLUED_DATE.lastIndex = 0
    for (let m = GLUED_DATE.exec(text); m !== null; m = GLUED_DATE.exec(text)) {
      if (inTableRow(m.index)) continue
      const word = m[1]!
      const at = m.index + word.length
      context.report({
        messageId: "gluedDate",
        span: context.span(m.index, m.index + m[0].length),
        data: { word: word.toLowerCase(), expected: `${word} ${m[2]}`, actual: m[0] },
        fix: { tier: "safe", description: `"${word} ${m[2]}"`, edits: [{ start: at, end: at, text: " " }] }
      })
    }
  }
})
