/**
 * Checks that need several documents at once: the same number cited with
 * different kinds or dates in two documents (one province's documents cite
 * `2113/QĐ-UBND` once as a Quyết định and once as a Kế hoạch). The CLI runs
 * it over the files it lints; the findings belong to `citation-consistency`.
 *
 * @since 0.1.0
 */
import type { Document, LegalCitation } from "@cchc/core"
import type { Diagnostic } from "./diagnostic.js"
import { fillMessage } from "./internal/message.js"
import citationConsistency, {
  CITATION_CONSISTENCY_MESSAGES,
  datesDiffer,
  kindsDiffer
} from "./rules/citation-consistency.js"
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
  if (groups.length === 1) groups[0]!.push(...undated)
  else if (groups.length === 0) groups.push(undated)
  return groups
}

const compareGroup = (group: ReadonlyArray<Mention>, out: Map<string, Array<Diagnostic>>): void => {
  const files = [...new Set(group.map((m) => m.file))]
  if (files.length < 2) return
  for (const file of files) {
    const own = group.filter((m) => m.file === file)
    const others = group.filter((m) => m.file !== file)
    const first = own[0]!.citation
    const kindClash = others.find((o) => kindsDiffer(first, o.citation))
    if (kindClash !== undefined) {
      out.get(file)!.push(
        diagnostic("kindDiffersAcrossFiles", first, {
          number: first.number,
          kind: first.kind,
          otherKind: kindClash.citation.kind,
          otherFile: kindClash.file,
          otherLine: kindClash.citation.span.start.line
        })
      )
    }
    const dated = own.find((m) => m.citation.date !== null)?.citation
    const dateClash = dated === undefined ? undefined : others.find((o) => datesDiffer(dated, o.citation))
    if (dated !== undefined && dateClash !== undefined) {
      out.get(file)!.push(
        diagnostic("dateDiffersAcrossFiles", dated, {
          number: dated.number,
          kind: dated.kind,
          dateText: dated.dateText ?? "",
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
 * are in text order. Linear in the number of citations, plus the size of
 * the groups of one number.
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
