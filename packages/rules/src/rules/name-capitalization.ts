/**
 * `name-capitalization`: names whose capitalisation Phụ lục II of Nghị định
 * 30/2020 settles, written in another case: an agency (`Bộ Công An`,
 * `Ủy ban thường vụ Quốc hội`, `Mặt trận tổ quốc`), a title in a mixed form
 * (`Phó chủ tịch UBND`), the name of a law after `Luật` or `Bộ luật`
 * (`Luật ban hành văn bản quy phạm pháp luật`). The names are data
 * (`data/proper-names.ts`).
 *
 * A match is judged only when its first letter is a capital (in lower case
 * it is a common noun: `các phó chủ tịch`, `tại bộ phận một cửa`), and
 * that letter itself never is (a sentence may start with it); nor is a
 * match in upper case (headings and signature blocks are
 * printed in capitals). Both tone placements (`Uỷ`/`Ủy`, `hoá`/`hóa`) are
 * the same letters. The fix is a suggestion: a quoted title or a name in a
 * proper noun of another kind may keep its own case.
 *
 * One pass over the words of the text; a word is looked up in a map keyed
 * by the first word of every name, so the cost does not grow with the
 * size of the data.
 */
import { foldToneMarks, isUpperCaseText } from "@cchc/core"
import { LAW_NAMES, ORGANISATION_NAMES, TITLES } from "../data/proper-names.js"
import { defineRule } from "../rule.js"

type NameKind = "organisation" | "title" | "law"

interface NameEntry {
  /** The name as it must be written, tone marks folded. */
  readonly canonical: string
  /** The same, lower case: the key it is found by. */
  readonly lower: string
  readonly kind: NameKind
}

const entriesByFirstWord = (): ReadonlyMap<string, ReadonlyArray<NameEntry>> => {
  const all: Array<NameEntry> = []
  const add = (name: string, kind: NameKind) => {
    const canonical = foldToneMarks(name)
    all.push({ canonical, lower: canonical.toLowerCase(), kind })
  }
  for (const name of ORGANISATION_NAMES) add(name, "organisation")
  for (const name of TITLES) add(name, "title")
  for (const name of LAW_NAMES) {
    add(`Luật ${name}`, "law")
    add(`Bộ luật ${name}`, "law")
  }
  const map = new Map<string, Array<NameEntry>>()
  for (const entry of all) {
    const first = entry.lower.slice(0, entry.lower.indexOf(" "))
    const list = map.get(first) ?? []
    list.push(entry)
    map.set(first, list)
  }
  // Longest first: `Đầu tư công` before `Đầu tư`.
  for (const list of map.values()) list.sort((a, b) => b.lower.length - a.lower.length)
  return map
}

let ENTRIES: ReadonlyMap<string, ReadonlyArray<NameEntry>> | undefined

// Letters of Vietnamese text: ASCII letters and the Latin letters from
// U+00C0 up to the Latin Extended Additional block (U+1EFF).
const isLetterCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1eff && c !== 0xd7 && c !== 0xf7)

const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9

/**
 * Where `entry` ends if it starts at `at` in the lower-cased text, or -1. A
 * space of the name matches any run of spaces and line breaks: a hard wrap
 * may fall inside a name (`Mặt trận tổ` / `quốc`).
 */
const matchEnd = (lower: string, at: number, entry: NameEntry): number => {
  let i = at
  for (let k = 0; k < entry.lower.length; k++) {
    const want = entry.lower.charCodeAt(k)
    if (want === 32) {
      if (i >= lower.length || !isSpaceCode(lower.charCodeAt(i))) return -1
      while (i < lower.length && isSpaceCode(lower.charCodeAt(i))) i++
      continue
    }
    if (lower.charCodeAt(i) !== want) return -1
    i++
  }
  return i < lower.length && isLetterCode(lower.charCodeAt(i)) ? -1 : i
}

/** `written` with the letters of `canonical` and its own spaces and line breaks. */
const recase = (written: string, canonical: string): string => {
  let out = ""
  let k = 0
  for (let i = 0; i < written.length; i++) {
    if (isSpaceCode(written.charCodeAt(i))) {
      out += written[i]
      if (canonical[k] === " ") k++
      continue
    }
    out += canonical[k] ?? written[i]
    k++
  }
  return out
}

/** Whether `written` breaks `entry`'s case (its first letter aside). */
const breaksCase = (written: string, entry: NameEntry): boolean => {
  if (recase(written, entry.canonical).slice(1) === written.slice(1)) return false
  if (isUpperCaseText(written)) return false
  // A name is only judged where it is written as one, with its first letter
  // in capitals: `phó chủ tịch`, `luật đất đai`, `tại bộ phận một cửa` are
  // common nouns.
  return written[0] !== written[0]!.toLowerCase()
}

// Examples start with a report's head: the rule runs on documents.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"

export default defineRule({
  meta: {
    id: "name-capitalization",
    description:
      "Agencies, titles and laws are capitalised as Phụ lục II writes them (`Bộ Công an`, `Phó Chủ tịch`, `Luật Đất đai`).",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục II, mục I.2 (cơ quan, tổ chức), I.4 (chức vụ), I.5 (tên văn bản)",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "suggestion",
    messages: {
      organisation: {
        vi: 'Viết hoa tên cơ quan, tổ chức theo Phụ lục II Nghị định 30/2020: "{expected}" (đang viết "{actual}").',
        en: 'Capitalise the name of the body as Appendix II of Decree 30/2020 does: "{expected}" (written "{actual}").'
      },
      title: {
        vi: 'Viết hoa chức vụ, chức danh: "{expected}" (đang viết "{actual}").',
        en: 'Capitalise the title: "{expected}" (written "{actual}").'
      },
      law: {
        vi: 'Tên luật, bộ luật viết hoa chữ cái đầu của tên loại và của âm tiết đầu tên gọi (Phụ lục II, mục I.5): "{expected}" (đang viết "{actual}").',
        en: 'A law is written with a capital on its type and on the first syllable of its name: "{expected}" (written "{actual}").'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Căn cứ Luật Ban hành văn bản quy phạm pháp luật; Bộ Công an và Ủy ban Thường vụ Quốc hội; Phó Chủ tịch UBND tỉnh."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Căn cứ Luật ban hành văn bản quy phạm pháp luật; Bộ Công An và Ủy ban thường vụ Quốc hội; Phó chủ tịch UBND tỉnh."
      ]
    }
  },
  check: (context) => {
    const text = context.text
    const folded = foldToneMarks(text)
    const lower = folded.toLowerCase()
    // Offsets are shared only when folding kept every code unit in place
    // (NFC input); a decomposed text is read as the parser reads it, NFC.
    if (folded.length !== text.length || lower.length !== text.length)
      return { skip: "not-evaluable", reason: "the text is not in NFC: offsets cannot be mapped" }
    ENTRIES ??= entriesByFirstWord()
    for (let i = 0; i < lower.length;) {
      if (!isLetterCode(lower.charCodeAt(i)) || (i > 0 && isLetterCode(lower.charCodeAt(i - 1)))) {
        i++
        continue
      }
      let end = i + 1
      while (end < lower.length && isLetterCode(lower.charCodeAt(end))) end++
      // Only a name written with a capital is judged: a word in lower case
      // is passed over without a lookup, which is most words of a text.
      if (folded.charCodeAt(i) === lower.charCodeAt(i)) {
        i = end
        continue
      }
      const candidates = ENTRIES.get(lower.slice(i, end))
      let entry: NameEntry | undefined
      let stop = -1
      for (const candidate of candidates ?? []) {
        stop = matchEnd(lower, i, candidate)
        if (stop !== -1) {
          entry = candidate
          break
        }
      }
      if (entry === undefined) {
        i = end
        continue
      }
      const written = folded.slice(i, stop)
      if (breaksCase(written, entry)) {
        const expected = written[0] + recase(written, entry.canonical).slice(1)
        context.report({
          messageId: entry.kind,
          span: context.span(i, stop),
          data: { expected, actual: text.slice(i, stop) },
          suggestions: [
            {
              tier: "suggestion",
              description: `"${expected}"`,
              edits: [{ start: i, end: stop, text: expected }]
            }
          ]
        })
      }
      i = stop
    }
  }
})
