/**
 * `recipients`: the Nơi nhận block (ô 9b): the label exactly `Nơi nhận:`,
 * each item `- …;`, no item twice, and last the archive line
 * `- Lưu: VT[, <unit>][ (N)].`.
 */
import { repeatedLabelsAbove, type RecipientItem } from "@cchc/core"
import type { Fix } from "../diagnostic.js"
import { looseKey, textLines } from "../internal/text.js"
import { defineRule, type RuleContext } from "../rule.js"

const LABEL = "Nơi nhận:"
// The archive line is the item that starts with the word `Lưu`, with or
// without its colon (`- Lưu VT, CCHC.` is a miswritten archive line, not a
// recipient: it must never be given the `;` of a recipient). `Lưu trữ …`
// names a body (an archive centre), not the archive line.
const ARCHIVE = /^Lưu(?![\p{L}\d])(?![ ]+trữ)/iu
const ARCHIVE_WITH_COLON = /^Lưu[ ]*:/iu
// `Lưu` and the spaces after it, replaced by `Lưu: ` when the colon lacks.
const ARCHIVE_WORD = /^Lưu[ ]*/iu

const fixOf = (description: string, start: number, end: number, text: string): { fix: Fix } => ({
  fix: { tier: "safe", description, edits: [{ start, end, text }] }
})

// A label line repeated above the one the block has, with only blank lines
// between (a mangled copy an editor left: `Noi nhận`, then `Nơi nhận:`).
// The parser reads the run as the start of the foot and takes the last
// label; the others would be printed as stray lines. Deleting a line is
// offered, never applied: it may be the one the author meant to keep.
const reportRepeatedLabels = (context: RuleContext, labelLine: number): void => {
  const lines = textLines(context.text)
  for (const i of repeatedLabelsAbove(lines, labelLine - 1)) {
    const line = lines[i]!
    context.report({
      messageId: "duplicateLabel",
      span: context.span(line.start, line.end),
      data: { actual: line.text, line: labelLine },
      suggestions: [
        {
          tier: "suggestion",
          description: "xóa dòng lặp",
          edits: [{ start: line.start, end: line.end, text: "" }]
        }
      ]
    })
  }
}

// A recipient that opens a group (`- VP UBND tỉnh:`) and the `+` items under
// it (`+ LĐVP, KGVX;`): the sub-list offices write for the units of one
// addressee. Phụ lục I shows no such list and does not forbid one
// (practice): its items are read as items, the group line keeps its colon.
const subItems = (items: ReadonlyArray<RecipientItem>): ReadonlySet<number> => {
  const nested = new Set<number>()
  let inGroup = false
  items.forEach((item, index) => {
    if (item.bullet === "+" && (inGroup || items[index - 1]?.terminator === ":")) {
      inGroup = true
      nested.add(index)
    } else inGroup = false
  })
  return nested
}

export default defineRule({
  meta: {
    id: "recipients",
    description:
      "Nơi nhận has the label `Nơi nhận:`, items `- …;`, no duplicates, and ends with `- Lưu: VT[, UNIT][ (N)].`.",
    category: "recipients",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục II.9b",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Thiếu phần "Nơi nhận:" ở cuối văn bản (ô 9b): liệt kê nơi nhận, dòng cuối là "- Lưu: VT, <đơn vị soạn thảo>.".',
        en: 'The "Nơi nhận:" block is missing: list the recipients, ending with "- Lưu: VT, <drafting unit>.".'
      },
      label: {
        vi: 'Ghi đúng "Nơi nhận:" (có dấu, có dấu hai chấm), không ghi "{actual}".',
        en: 'Write "Nơi nhận:" (with its diacritics and a colon), not "{actual}".'
      },
      bullet: {
        vi: 'Mỗi nơi nhận bắt đầu bằng dấu gạch ngang "- ": "{expected}".',
        en: 'Each recipient starts with "- ": "{expected}".'
      },
      terminator: {
        vi: 'Mỗi nơi nhận kết thúc bằng dấu chấm phẩy ";": "{expected}" (đang kết thúc bằng "{actual}").',
        en: 'Each recipient ends with ";": "{expected}" (it ends with "{actual}").'
      },
      archiveTerminator: {
        vi: 'Dòng lưu cuối cùng kết thúc bằng dấu chấm: "{expected}".',
        en: 'The archive line ends with a full stop: "{expected}".'
      },
      archiveMissing: {
        vi: 'Thiếu dòng lưu văn bản ở cuối Nơi nhận: ghi "- Lưu: VT, <đơn vị soạn thảo>." (VT là Văn thư).',
        en: 'The archive line is missing: end Nơi nhận with "- Lưu: VT, <drafting unit>.".'
      },
      archiveColon: {
        vi: 'Dòng lưu ghi "- Lưu:" có dấu hai chấm: "{expected}".',
        en: 'The archive line has a colon after "Lưu": "{expected}".'
      },
      archiveNotLast: {
        vi: 'Dòng "- Lưu: …" phải là dòng cuối cùng của Nơi nhận.',
        en: 'The "- Lưu: …" line is the last line of Nơi nhận.'
      },
      archiveForm: {
        vi: 'Dòng lưu ghi "- Lưu: VT, <đơn vị soạn thảo>." (Văn thư trước, sau đó đơn vị soạn thảo và số bản nếu có), không ghi "{actual}".',
        en: 'The archive line reads "- Lưu: VT, <drafting unit>." (registry first), not "{actual}".'
      },
      duplicate: {
        vi: '"{item}" được ghi hai lần trong Nơi nhận (lần đầu ở dòng {line}).',
        en: '"{item}" appears twice in Nơi nhận (first on line {line}).'
      },
      duplicateLabel: {
        vi: 'Dòng "{actual}" lặp lại nhãn Nơi nhận của dòng {line}: xóa dòng thừa.',
        en: 'The line "{actual}" repeats the Nơi nhận label of line {line}: delete it.'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: ["BÁO CÁO\nCông tác\n\nNội dung./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, TH."],
      invalid: ["BÁO CÁO\nCông tác\n\nNội dung./.\n\nNoi nhận\n- Sở Nội vụ,\n- Lưu: VT, TH."]
    }
  },
  check: (context) => {
    const { document, text } = context
    const list = document.recipients
    if (list === null) {
      if (document.signature === null && document.body === null)
        return { skip: "not-evaluable", reason: "the document has no body or foot" }
      const anchor = document.signature?.span ?? document.endMark?.span ?? document.body?.span
      context.report({ messageId: "missing", span: anchor ?? document.span })
      return
    }
    reportRepeatedLabels(context, list.labelSpan.start.line)
    if (list.label !== LABEL) {
      const { start, end } = { start: list.labelSpan.start.offset, end: list.labelSpan.end.offset }
      const exact = text.slice(start, end) === list.label
      context.report({
        messageId: "label",
        span: list.labelSpan,
        data: { actual: list.label },
        ...(exact ? fixOf(`"${LABEL}"`, start, end, LABEL) : {})
      })
    }
    const items = list.items
    const archiveIndex = items.findIndex((i) => ARCHIVE.test(i.text))
    const seen = new Map<string, RecipientItem>()
    const nested = subItems(items)
    items.forEach((item, index) => {
      const start = item.span.start.offset
      // The span may run over trailing spaces; edits are placed by the raw text.
      const exact = text.startsWith(item.raw, start)
      const end = start + item.raw.length
      const isArchive = index === archiveIndex
      if (item.bullet !== "-" && !nested.has(index)) {
        const lead = item.raw.length - item.raw.slice(item.bullet.length).trimStart().length
        context.report({
          messageId: "bullet",
          span: item.span,
          data: { expected: `- ${item.raw.slice(lead)}` },
          ...(exact ? fixOf('"- "', start, start + lead, "- ") : {})
        })
      }
      const want = isArchive ? "." : ";"
      const opensGroup = item.terminator === ":" && nested.has(index + 1)
      if (item.terminator !== want && !opensGroup && !(isArchive && index !== items.length - 1)) {
        const expected = `- ${item.text}${item.purpose ? ` ${item.purpose}` : ""}${want}`
        const edit = item.terminator === "" ? { s: end, e: end } : { s: end - 1, e: end }
        context.report({
          messageId: isArchive ? "archiveTerminator" : "terminator",
          span: item.span,
          data: { expected, actual: item.terminator === "" ? "không có dấu" : item.terminator },
          ...(exact && (item.terminator === "" || item.raw.endsWith(item.terminator))
            ? fixOf(`"${want}"`, edit.s, edit.e, want)
            : {})
        })
      }
      if (!isArchive) {
        const key = looseKey(item.text)
        const first = seen.get(key)
        if (first !== undefined && key.length > 0) {
          context.report({
            messageId: "duplicate",
            span: item.span,
            data: { item: item.text, line: first.span.start.line }
          })
        } else seen.set(key, item)
      }
    })
    const archive = list.archive
    if (archiveIndex === -1 || archive === null) {
      const last = items[items.length - 1]
      context.report({ messageId: "archiveMissing", span: last?.span ?? list.labelSpan })
      return
    }
    const archiveItem = items[archiveIndex]!
    if (!ARCHIVE_WITH_COLON.test(archiveItem.text)) {
      const word = ARCHIVE_WORD.exec(archiveItem.text)![0]
      const rest = archiveItem.text.slice(word.length)
      const expected = `- Lưu: ${rest}.`
      // Only the word and its spaces are rewritten: the units stay as written.
      const at = archiveItem.span.start.offset + archiveItem.raw.indexOf(archiveItem.text)
      const exact =
        text.startsWith(archiveItem.raw, archiveItem.span.start.offset) && text.startsWith(word, at)
      context.report({
        messageId: "archiveColon",
        span: archiveItem.span,
        data: { expected },
        ...(exact ? fixOf('"Lưu: "', at, at + word.length, "Lưu: ") : {})
      })
    }
    if (archiveIndex !== items.length - 1)
      context.report({ messageId: "archiveNotLast", span: items[archiveIndex]!.span })
    if (archive.units[0] !== "VT")
      context.report({ messageId: "archiveForm", span: archive.span, data: { actual: archive.raw } })
  }
})
