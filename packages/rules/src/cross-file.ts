/**
 * Checks that need several documents at once: the same number cited with
 * different kinds or dates in two documents (one province's documents cite
 * `2113/QĐ-UBND` once as a Quyết định and once as a Kế hoạch). The CLI runs
 * it over the files it lints; the findings belong to `citation-consistency`.
 *
 * @since 0.1.0
 */
import { foldKey, type Document, type LegalCitation } from "@cchc/core"
import type { Diagnostic } from "./diagnostic.js"
import { fillMessage } from "./internal/message.js"
import citationConsistency, { CITATION_CONSISTENCY_MESSAGES } from "./rules/citation-consistency.js"
import { citationNumberKey } from "./rules/citation-form.js"

/**
 * One parsed document and the name it is reported under.
 *
 * @since 0.1.0
 * @category cross-file
 */
export interface FileDocument {
  readonly file: string
  readonly document: Document
}

interface Mention {
  readonly file: string
  readonly citation: LegalCitation
}

type MessageId = keyof typeof CITATION_CONSISTENCY_MESSAGES

const diagnostic = (
  messageId: MessageId,
  citation: LegalCitation,
  data: Record<string, string | number>
): Diagnostic => {
  const message = CITATION_CONSISTENCY_MESSAGES[messageId]
  return {
    ruleId: citationConsistency.meta.id,
    messageId,
    severity: citationConsistency.meta.presets.recommended ?? "warning",
    message: fillMessage(message.vi, data),
    messageEn: fillMessage(message.en, data),
    span: citation.span,
    fix: null,
    suggestions: []
  }
}

// Mentions of one number, grouped into the documents they can stand for:
// numbers restart every year, so each year of date is one document;
// undated mentions join the only dated group, or stand alone if none.
const documentsOf = (mentions: ReadonlyArray<Mention>): Array<Array<Mention>> => {
  const byYear = new Map<string, Array<Mention>>()
  const undated: Array<Mention> = []
  for (const m of mentions) {
    if (m.citation.date === null) undated.push(m)
    else {
      const year = m.citation.date.slice(0, 4)
      const group = byYear.get(year)
      if (group === undefined) byYear.set(year, [m])
      else group.push(m)
    }
  }
  const groups = [...byYear.values()]
  // A loop, not `push(...)`: tens of thousands of undated mentions would overflow the stack.
  if (groups.length === 1) for (const m of undated) groups[0]!.push(m)
  else if (groups.length === 0) groups.push(undated)
  return groups
}

// The first mention of a group, in group order, from another file than
// `file` whose key differs from `key` (keys: `null` agrees with every key).
// The first keyed mention has the first key: a file whose key differs
// from it meets it from another file (its own first keyed mention would be
// that one), and a file with the first key meets the first mention with
// another key, or, when that one is its own, the first with another key
// from a third file. So three mentions answer every file.
interface Representatives {
  readonly first: Mention | undefined
  readonly firstKey: string | null
  readonly other: Mention | undefined
  readonly otherElsewhere: Mention | undefined
}

const representatives = (
  group: ReadonlyArray<Mention>,
  keys: ReadonlyArray<string | null>
): Representatives => {
  let first: Mention | undefined
  let firstKey: string | null = null
  let other: Mention | undefined
  let otherElsewhere: Mention | undefined
  for (let i = 0; i < group.length && otherElsewhere === undefined; i++) {
    const key = keys[i]!
    if (key === null) continue
    const m = group[i]!
    if (first === undefined) {
      first = m
      firstKey = key
    } else if (key !== firstKey) {
      if (other === undefined) other = m
      else if (m.file !== other.file) otherElsewhere = m
    }
  }
  return { first, firstKey, other, otherElsewhere }
}

const differing = (r: Representatives, file: string, key: string | null): Mention | undefined => {
  if (key === null || r.first === undefined) return undefined
  if (key !== r.firstKey) return r.first
  return r.other?.file !== file ? r.other : r.otherElsewhere
}

// Each file is reported once per disagreement, at its first mention of the
// number (for dates, its first dated one), naming the first mention in
// another file that disagrees. Linear in the size of the group: the keys
// are computed once, and three mentions stand for all the others.
const compareGroup = (group: ReadonlyArray<Mention>, out: Map<string, Array<Diagnostic>>): void => {
  const own = new Map<string, { first: number; dated: number | undefined }>()
  const kinds: Array<string | null> = []
  const dates: Array<string | null> = []
  group.forEach((m, i) => {
    const kind = foldKey(m.citation.kind)
    // `văn bản` names no kind: it agrees with every kind.
    kinds.push(kind === "văn bản" ? null : kind)
    const date = m.citation.date
    dates.push(date)
    const seen = own.get(m.file)
    if (seen === undefined) own.set(m.file, { first: i, dated: date === null ? undefined : i })
    else if (seen.dated === undefined && date !== null) seen.dated = i
  })
  if (own.size < 2) return
  const byKind = representatives(group, kinds)
  const byDate = representatives(group, dates)
  for (const [file, { first, dated }] of own) {
    const kindClash = differing(byKind, file, kinds[first]!)
    if (kindClash !== undefined) {
      const citation = group[first]!.citation
      out.get(file)!.push(
        diagnostic("kindDiffersAcrossFiles", citation, {
          number: citation.number,
          kind: citation.kind,
          otherKind: kindClash.citation.kind,
          otherFile: kindClash.file,
          otherLine: kindClash.citation.span.start.line
        })
      )
    }
    const dateClash = dated === undefined ? undefined : differing(byDate, file, dates[dated]!)
    if (dated !== undefined && dateClash !== undefined) {
      const citation = group[dated]!.citation
      out.get(file)!.push(
        diagnostic("dateDiffersAcrossFiles", citation, {
          number: citation.number,
          kind: citation.kind,
          dateText: citation.dateText ?? "",
          otherDateText: dateClash.citation.dateText ?? "",
          otherFile: dateClash.file,
          otherLine: dateClash.citation.span.start.line
        })
      )
    }
  }
}

/**
 * Compares the citations of several documents: a number cited with
 * different kinds or dates in two documents is reported in each of them,
 * once per document, at its first mention there. Disagreements inside one
 * document are left to the `citation-consistency` rule. Every file given
 * has an entry in the result (empty when nothing was found); diagnostics
 * are in text order. Linear in the number of citations.
 *
 * @since 0.1.0
 * @category cross-file
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { checkCitationsAcrossFiles } from "@cchc/rules"
 * const a = parseDocument("BÁO CÁO\nKết quả\n\nThực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh./.")
 * const b = parseDocument("BÁO CÁO\nKết quả\n\nThực hiện Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh./.")
 * const found = checkCitationsAcrossFiles([{ file: "a.txt", document: a }, { file: "b.txt", document: b }])
 * found.get("b.txt")?.[0]?.messageId // "kindDiffersAcrossFiles"
 * ```
 */
export const checkCitationsAcrossFiles = (
  files: ReadonlyArray<FileDocument>
): Map<string, Array<Diagnostic>> => {
  const out = new Map<string, Array<Diagnostic>>()
  const byNumber = new Map<string, Array<Mention>>()
  for (const { file, document } of files) {
    if (!out.has(file)) out.set(file, [])
    for (const citation of document.citations) {
      // Laws cited by name carry no number to compare.
      if (citation.number.trim() === "") continue
      const key = citationNumberKey(citation.number)
      const list = byNumber.get(key)
      if (list === undefined) byNumber.set(key, [{ file, citation }])
      else list.push({ file, citation })
    }
  }
  for (const mentions of byNumber.values()) {
    if (mentions.length < 2) continue
    for (const group of documentsOf(mentions)) compareGroup(group, out)
  }
  for (const list of out.values()) list.sort((a, b) => a.span.start.offset - b.span.start.offset)
  return out
}
