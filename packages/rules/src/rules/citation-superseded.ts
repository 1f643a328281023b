/**
 * `citation-superseded`: the document cites an instrument that, at the
 * document's own date, had been replaced (`Quyết định số 09/2015/QĐ-TTg`,
 * replaced by Nghị định 61/2018/NĐ-CP from 21/6/2018), from the curated,
 * dated table `SUPERSEDED_INSTRUMENTS` of `@cchc/core`, or a law cited by
 * name and date (PL I II.6.a: `Luật Tổ chức chính quyền địa phương ngày 19
 * tháng 6 năm 2015`, replaced by Luật 72/2025/QH15) from `REPLACED_LAWS`.
 * Rows whose source is secondary or missing say so in the message.
 *
 * The date that counts is the document's. With the day left blank (a
 * draft), the first day of the month is used, so that nothing replaced
 * later in that month is reported; the message says so. Without a year
 * the rule cannot judge.
 */
import {
  replacedLawOn,
  supersededOn,
  type Document,
  type LegalCitation,
  type ReplacedLaw,
  type SupersededInstrument
} from "@cchc/core"
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

const HOW_VI: Record<Exclude<SupersededInstrument["how"], "ended">, string> = {
  repealed: "đã bị bãi bỏ, thay thế bởi",
  lapsed: "đã hết hiệu lực, thay bằng",
  succeeded: "đã kết thúc giai đoạn, được kế tiếp bởi"
}
const HOW_EN: Record<Exclude<SupersededInstrument["how"], "ended">, string> = {
  repealed: "was repealed and replaced by",
  lapsed: "lapsed and was replaced by",
  succeeded: "ran out its period and was followed by"
}

// Said after the message when the row rests on a secondary or missing source.
const UNVERIFIED_VI = " Dữ liệu về việc thay thế này chưa được đối chiếu với văn bản gốc: kiểm tra lại."
const UNVERIFIED_EN = " The data on this replacement is not checked against the official text: check it."

// The names a law citation may carry after its kind: the parser's summary
// is the name when the law is cited by name (`Luật Tổ chức Chính phủ ngày …`).
const lawName = (citation: LegalCitation): string | null =>
  citation.kind === "Luật" && citation.summary !== null ? citation.summary : null

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
      "The document does not rely on an instrument that had been replaced at its date: a curated, dated table of replaced instruments by number, and of laws cited by name and date (PL I II.6.a).",
    category: "citation",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "none",
    messages: {
      ended: {
        vi: "{kind} số {number} đã kết thúc giai đoạn áp dụng từ ngày {from}, trước ngày của văn bản này ({documentDate}{basisVi}): viện dẫn văn bản đang có hiệu lực.{unverifiedVi}",
        en: "{kind} số {number} ran out its period on {from}, before this document's date ({documentDate}{basisEn}): cite the instrument in force.{unverifiedEn}"
      },
      lawReplaced: {
        vi: "Luật {name} ngày {passed} đã được thay thế bởi Luật số {replacedBy} ngày {replacedByPassed}, áp dụng từ ngày {from}, trước ngày của văn bản này ({documentDate}{basisVi}): viện dẫn luật đang có hiệu lực.{unverifiedVi}",
        en: "The Law on {name} of {passed} was replaced by Law {replacedBy} of {replacedByPassed}, applying from {from}, before this document's date ({documentDate}{basisEn}): cite the law in force.{unverifiedEn}"
      },
      superseded: {
        vi: "{kind} số {number} {how} {replacedByKind} số {replacedBy} từ ngày {from}, trước ngày của văn bản này ({documentDate}{basisVi}): viện dẫn văn bản đang có hiệu lực.{unverifiedVi}",
        en: "{kind} số {number} {howEn} {replacedByKind} số {replacedBy} from {from}, before this document's date ({documentDate}{basisEn}): cite the instrument in force.{unverifiedEn}"
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Quảng Ngãi, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ./."
      ],
      invalid: [
        "Quảng Ngãi, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nCăn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ./.",
        "Quảng Ngãi, ngày 20 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
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
    // A law cited by name and number is read twice (by its name and by
    // `Luật số …`): a citation inside one already reported is the same one.
    let reportedUntil = -1
    for (const citation of context.document.citations) {
      if (citation.span.start.offset < reportedUntil) continue
      const around = (): string =>
        sentenceAround(context.text, citation.span.start.offset, citation.span.end.offset)
      const name = lawName(citation)
      const law =
        name !== null && citation.date !== null ? replacedLawOn(name, citation.date, issued.iso) : null
      if (law !== null) {
        if (TALKS_OF_REPLACEMENT.test(around())) continue
        context.report({
          messageId: "lawReplaced",
          span: citation.span,
          data: lawData(law, issued.label, basisVi, basisEn)
        })
        reportedUntil = citation.span.end.offset
        continue
      }
      const row = supersededOn(citation.number, issued.iso, citation.date)
      if (row === null) continue
      if (TALKS_OF_REPLACEMENT.test(around())) continue
      const common = {
        kind: citation.kind,
        number: citation.number,
        from: displayDate(row.from!),
        documentDate: issued.label,
        basisVi,
        basisEn,
        unverifiedVi: row.unverified ? UNVERIFIED_VI : "",
        unverifiedEn: row.unverified ? UNVERIFIED_EN : ""
      }
      if (row.how === "ended" || row.replacedBy === null) {
        context.report({ messageId: "ended", span: citation.span, data: common })
        continue
      }
      context.report({
        messageId: "superseded",
        span: citation.span,
        data: {
          ...common,
          how: HOW_VI[row.how],
          howEn: HOW_EN[row.how],
          replacedByKind: row.replacedByKind ?? row.kind,
          replacedBy: row.replacedBy
        }
      })
    }
  }
})

const lawData = (
  law: ReplacedLaw,
  documentDate: string,
  basisVi: string,
  basisEn: string
): Record<string, string> => ({
  name: law.name,
  passed: displayDate(law.passed),
  replacedBy: law.replacedBy,
  replacedByPassed: displayDate(law.replacedByPassed),
  from: displayDate(law.from),
  documentDate,
  basisVi,
  basisEn,
  unverifiedVi: law.unverified ? UNVERIFIED_VI : "",
  unverifiedEn: law.unverified ? UNVERIFIED_EN : ""
})
