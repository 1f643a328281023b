/**
 * `citation-consistency`: one number cited with different kinds or dates
 * in one document (`Quyết định số 2113/QĐ-UBND` here, `Kế hoạch số
 * 2113/QĐ-UBND` there). `cross-file.ts` runs the same comparison across the
 * documents of a folder.
 *
 * Administrative numbers restart every year, so two mentions of one number
 * dated in different years are taken for two documents and not compared.
 * A document cited as "Văn bản" may be of any kind.
 */
import { foldKey, type LegalCitation } from "@cchc/core"
import { defineRule } from "../rule.js"
import { citationNumberKey } from "./citation-form.js"

/**
 * Whether two mentions of one number can be the same document: no date on
 * one of them, or dates in the same year. Laws cited by name, without a
 * number, are never matched.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { parseCitation } from "@cchc/core"
 * import { sameDocument } from "./citation-consistency.js"
 * sameDocument(parseCitation("Kế hoạch số 35/KH-UBND ngày 09/3/2020")!, parseCitation("Kế hoạch số 35/KH-UBND ngày 10/5/2021")!) // false
 * ```
 */
export const sameDocument = (a: LegalCitation, b: LegalCitation): boolean =>
  a.number.trim() !== "" &&
  citationNumberKey(a.number) === citationNumberKey(b.number) &&
  (a.date === null || b.date === null || a.date.slice(0, 4) === b.date.slice(0, 4))

/**
 * Whether two mentions name different kinds (`Văn bản` fits any kind).
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { parseCitation } from "@cchc/core"
 * import { kindsDiffer } from "./citation-consistency.js"
 * kindsDiffer(parseCitation("Quyết định số 2113/QĐ-UBND")!, parseCitation("Kế hoạch số 2113/QĐ-UBND")!) // true
 * ```
 */
export const kindsDiffer = (a: LegalCitation, b: LegalCitation): boolean => {
  const x = foldKey(a.kind)
  const y = foldKey(b.kind)
  return x !== y && x !== "văn bản" && y !== "văn bản"
}

/**
 * Whether two mentions give different dates (both must give one).
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { parseCitation } from "@cchc/core"
 * import { datesDiffer } from "./citation-consistency.js"
 * datesDiffer(parseCitation("Kế hoạch số 35/KH-UBND ngày 09/3/2020")!, parseCitation("Kế hoạch số 35/KH-UBND ngày 19/3/2020")!) // true
 * ```
 */
export const datesDiffer = (a: LegalCitation, b: LegalCitation): boolean =>
  a.date !== null && b.date !== null && a.date !== b.date

/**
 * The messages of the rule, shared with the cross-file check.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { CITATION_CONSISTENCY_MESSAGES } from "./citation-consistency.js"
 * Object.keys(CITATION_CONSISTENCY_MESSAGES)
 * // ["kindDiffers", "dateDiffers", "kindDiffersAcrossFiles", "dateDiffersAcrossFiles"]
 * ```
 */
export const CITATION_CONSISTENCY_MESSAGES = {
  kindDiffers: {
    vi: "Số {number} được viện dẫn là “{kind}” ở đây nhưng là “{otherKind}” ở dòng {otherLine}: một số, ký hiệu chỉ thuộc một văn bản; kiểm tra lại tên loại.",
    en: "{number} is cited as a “{kind}” here but as a “{otherKind}” on line {otherLine}: one number belongs to one document; check the kind."
  },
  dateDiffers: {
    vi: "{kind} số {number} ghi ngày {dateText} ở đây nhưng ngày {otherDateText} ở dòng {otherLine}; kiểm tra lại ngày ban hành.",
    en: "{kind} số {number} is dated {dateText} here but {otherDateText} on line {otherLine}; check the date of issue."
  },
  kindDiffersAcrossFiles: {
    vi: "Số {number} được viện dẫn là “{kind}” ở đây nhưng là “{otherKind}” trong {otherFile} (dòng {otherLine}); kiểm tra lại tên loại.",
    en: "{number} is cited as a “{kind}” here but as a “{otherKind}” in {otherFile} (line {otherLine}); check the kind."
  },
  dateDiffersAcrossFiles: {
    vi: "{kind} số {number} ghi ngày {dateText} ở đây nhưng ngày {otherDateText} trong {otherFile} (dòng {otherLine}); kiểm tra lại ngày ban hành.",
    en: "{kind} số {number} is dated {dateText} here but {otherDateText} in {otherFile} (line {otherLine}); check the date of issue."
  }
} as const

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "citation-consistency",
    description:
      "One number is cited with one kind and one date throughout a document (and, with the CLI, across the documents linted together).",
    category: "citation",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Điều 15 (số, ký hiệu là duy nhất trong năm)",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: CITATION_CONSISTENCY_MESSAGES,
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh. Theo Quyết định số 2113/QĐ-UBND, các đơn vị báo cáo."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh. Theo Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019, các đơn vị báo cáo."
      ]
    }
  },
  check: (context) => {
    const citations = context.document.citations
    // Each later mention is compared with the first mention of its document,
    // and each distinct disagreement is reported once.
    const firsts: Array<LegalCitation> = []
    const reported = new Set<string>()
    for (const citation of citations) {
      if (citation.number.trim() === "") continue
      const first = firsts.find((f) => sameDocument(f, citation))
      if (first === undefined) {
        firsts.push(citation)
        continue
      }
      const otherLine = first.span.start.line
      const key = citationNumberKey(citation.number)
      if (kindsDiffer(first, citation) && !reported.has(`kind ${key} ${foldKey(citation.kind)}`)) {
        reported.add(`kind ${key} ${foldKey(citation.kind)}`)
        context.report({
          messageId: "kindDiffers",
          span: citation.span,
          data: { number: citation.number, kind: citation.kind, otherKind: first.kind, otherLine }
        })
      }
      if (datesDiffer(first, citation) && !reported.has(`date ${key} ${citation.date}`)) {
        reported.add(`date ${key} ${citation.date}`)
        context.report({
          messageId: "dateDiffers",
          span: citation.span,
          data: {
            number: citation.number,
            kind: citation.kind,
            dateText: citation.dateText ?? "",
            otherDateText: first.dateText ?? "",
            otherLine
          }
        })
      }
    }
  }
})
