/**
 * `citation-date`: the date of a cited document is a real date, agrees with
 * the year in a normative number (`45/2020/NĐ-CP ngày 08/4/2020`), and is
 * not after the citing document's own date (a document cannot cite one
 * issued after it), nor, when the document is undated, after today.
 */
import { isoDate, type Document } from "@cchc/core"
import { defineRule } from "../rule.js"

/**
 * The last day the citing document can have been issued, from its
 * place-date line: the date itself; with the day blank (a draft), the last
 * day of the month; with the month blank too, the last day of the year.
 * `null` when the document has no year.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * import { latestIssueDate } from "./citation-date.js"
 * latestIssueDate(parseDocument("Số: /BC-SNgV\nQuảng Ngãi, ngày tháng 11 năm 2020\n\nBÁO CÁO\nKết quả"))
 * // { iso: "2020-11-30", label: "tháng 11/2020" }
 * ```
 */
export const latestIssueDate = (
  document: Document
): { readonly iso: string; readonly label: string } | null => {
  const pd = document.placeDate
  if (pd === null || pd.year === null) return null
  if (pd.month === null || pd.month < 1 || pd.month > 12)
    return { iso: `${pd.year}-12-31`, label: `năm ${pd.year}` }
  const day = pd.day === null ? null : isoDate(pd.year, pd.month, pd.day)
  if (day !== null) return { iso: day, label: `${String(pd.day).padStart(2, "0")}/${pd.month}/${pd.year}` }
  const lastDay = new Date(Date.UTC(pd.year, pd.month, 0)).getUTCDate()
  return { iso: isoDate(pd.year, pd.month, lastDay)!, label: `tháng ${pd.month}/${pd.year}` }
}

const displayDate = (iso: string): string => {
  const [y, m, d] = iso.split("-")
  return `${d}/${Number(m)}/${y}`
}

export default defineRule<Record<string, never>>({
  meta: {
    id: "citation-date",
    description:
      "A cited document's date is a real date, agrees with the year of a normative number, and is not after the citing document's own date.",
    category: "citation",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục 6b (viện dẫn văn bản); Luật Ban hành VBQPPL 2015, Điều 10",
    presets: { recommended: "error", strict: "error" },
    fixable: "none",
    messages: {
      invalidDate: {
        vi: "“{kind} số {number} ngày {dateText}”: “{dateText}” không phải là ngày có thật; kiểm tra lại ngày ban hành.",
        en: "“{kind} số {number} ngày {dateText}”: “{dateText}” is not a calendar date; check the date of issue."
      },
      yearMismatch: {
        vi: "“{kind} số {number} ngày {dateText}”: năm trong số, ký hiệu là {year} nhưng ngày ban hành thuộc năm {dateYear}.",
        en: "“{kind} số {number} ngày {dateText}”: the number shows the year {year} but the date is in {dateYear}."
      },
      afterDocumentDate: {
        vi: "“{kind} số {number} ngày {dateText}” được ban hành sau chính văn bản này ({documentDate}); kiểm tra lại ngày của văn bản được viện dẫn.",
        en: "“{kind} số {number} ngày {dateText}” is dated after this document ({documentDate}); check the cited date."
      },
      afterToday: {
        vi: "“{kind} số {number} ngày {dateText}” có ngày ban hành sau ngày hôm nay ({today}); kiểm tra lại ngày của văn bản được viện dẫn.",
        en: "“{kind} số {number} ngày {dateText}” is dated after today ({today}); check the cited date."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Quảng Ngãi, ngày 15 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ./."
      ],
      invalid: [
        "Quảng Ngãi, ngày 15 tháng 3 năm 2021\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ./."
      ]
    }
  },
  check: (context) => {
    const bound = latestIssueDate(context.document)
    for (const citation of context.document.citations) {
      if (citation.dateText === null) continue
      const data = { kind: citation.kind, number: citation.number, dateText: citation.dateText }
      if (citation.date === null) {
        // A shared date is reported once, at the citation that carries it.
        if (!citation.dateShared) context.report({ messageId: "invalidDate", span: citation.span, data })
        continue
      }
      const dateYear = Number(citation.date.slice(0, 4))
      if (citation.year !== null && citation.year !== dateYear && !citation.dateShared) {
        context.report({
          messageId: "yearMismatch",
          span: citation.span,
          data: { ...data, year: citation.year, dateYear }
        })
      }
      if (citation.dateShared) continue
      if (bound !== null) {
        if (citation.date > bound.iso) {
          context.report({
            messageId: "afterDocumentDate",
            span: citation.span,
            data: { ...data, documentDate: bound.label }
          })
        }
      } else if (citation.date > context.today) {
        context.report({
          messageId: "afterToday",
          span: citation.span,
          data: { ...data, today: displayDate(context.today) }
        })
      }
    }
  }
})
