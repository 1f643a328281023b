/**
 * `citation-superseded`: the document cites an instrument that, at the
 * document's own date, had been replaced (`Quyết định số 09/2015/QĐ-TTg`,
 * replaced by Nghị định 61/2018/NĐ-CP from 21/6/2018), from the curated,
 * dated table `SUPERSEDED_INSTRUMENTS` of `@cchc/core`.
 *
 * The date that counts is the document's. With the day left blank (a
 * draft), the first day of the month is used, so that nothing replaced
 * later in that month is reported; the message says so. Without a year
 * the rule cannot judge.
 */
import { supersededOn, type Document, type SupersededInstrument } from "@cchc/core"
import { defineRule } from "../rule.js"

/**
 * The earliest day the document can have been issued, and how it was
 * found: `exact`, or from the month or year when the day is blank.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { earliestIssueDate } from "./citation-superseded.js"
 * earliestIssueDate(parseDocument("Số: /BC-SNgV\nQuảng Ngãi, ngày tháng 11 năm 2020\n\nBÁO CÁO\nKết quả"))
 * // { iso: "2020-11-01", basis: "month", label: "11/2020" }
 * ```
 */
export const earliestIssueDate = (
  document: Document
): { readonly iso: string; readonly basis: "exact" | "month" | "year"; readonly label: string } | null => {
  const pd = document.placeDate
  if (pd === null || pd.year === null) return null
  const year = String(pd.year).padStart(4, "0")
  if (pd.month === null || pd.month < 1 || pd.month > 12)
    return { iso: `${year}-01-01`, basis: "year", label: `${pd.year}` }
  const month = String(pd.month).padStart(2, "0")
  if (pd.day === null) return { iso: `${year}-${month}-01`, basis: "month", label: `${pd.month}/${pd.year}` }
  return {
    iso: `${year}-${month}-${String(pd.day).padStart(2, "0")}`,
    basis: "exact",
    label: `${String(pd.day).padStart(2, "0")}/${pd.month}/${pd.year}`
  }
}

// A sentence that says the old instrument was replaced is not relying on it.
const TALKS_OF_REPLACEMENT = /thay thế|bãi bỏ|hết hiệu lực/u

const HOW_VI: Record<SupersededInstrument["how"], string> = {
  repealed: "đã bị bãi bỏ, thay thế bởi",
  lapsed: "đã hết hiệu lực, thay bằng",
  succeeded: "đã kết thúc giai đoạn, được kế tiếp bởi"
}
const HOW_EN: Record<SupersededInstrument["how"], string> = {
  repealed: "was repealed and replaced by",
  lapsed: "lapsed and was replaced by",
  succeeded: "ran out its period and was followed by"
}

const displayDate = (iso: string): string => {
  const [y, m, d] = iso.split("-")
  return `${d}/${Number(m)}/${y}`
}

// The sentence around a citation, bounded so that the check stays linear.
const sentenceAround = (text: string, start: number, end: number): string => {
  const from = Math.max(0, start - 200)
  const to = Math.min(text.length, end + 200)
  const before = text.slice(from, start)
  const after = text.slice(end, to)
  const cutBefore = Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf("\n"))
  const stops = [after.indexOf(". "), after.indexOf(";"), after.indexOf("\n")].filter((i) => i !== -1)
  return (
    before.slice(cutBefore + 1) +
    text.slice(start, end) +
    after.slice(0, stops.length === 0 ? after.length : stops.reduce((first, at) => Math.min(first, at)))
  )
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "citation-superseded",
    description:
      "The document does not rely on an instrument that had been replaced at its date (a curated, dated table of replaced instruments).",
    category: "citation",
    appliesTo: "all",
    source: "practice",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "none",
    messages: {
      superseded: {
        vi: "{kind} số {number} {how} {replacedByKind} số {replacedBy} từ ngày {from}, trước ngày của văn bản này ({documentDate}{basisVi}): viện dẫn văn bản đang có hiệu lực.",
        en: "{kind} số {number} {howEn} {replacedByKind} số {replacedBy} from {from}, before this document's date ({documentDate}{basisEn}): cite the instrument in force."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Quảng Ngãi, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ./."
      ],
      invalid: [
        "Quảng Ngãi, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nCăn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ./."
      ]
    }
  },
  check: (context) => {
    const issued = earliestIssueDate(context.document)
    if (issued === null)
      return { skip: "not-evaluable", reason: "the document has no date of issue (năm ban hành)" }
    const basisVi =
      issued.basis === "exact"
        ? ""
        : `; ngày để trống, tính từ đầu ${issued.basis === "month" ? "tháng" : "năm"}`
    const basisEn =
      issued.basis === "exact" ? "" : `; the day is blank, counted from the start of the ${issued.basis}`
    for (const citation of context.document.citations) {
      const row = supersededOn(citation.number, issued.iso)
      if (row === null) continue
      const around = sentenceAround(context.text, citation.span.start.offset, citation.span.end.offset)
      if (TALKS_OF_REPLACEMENT.test(around)) continue
      context.report({
        messageId: "superseded",
        span: citation.span,
        data: {
          kind: citation.kind,
          number: citation.number,
          how: HOW_VI[row.how],
          howEn: HOW_EN[row.how],
          replacedByKind: row.replacedByKind,
          replacedBy: row.replacedBy,
          from: displayDate(row.from),
          documentDate: issued.label,
          basisVi,
          basisEn
        }
      })
    }
  }
})
