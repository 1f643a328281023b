/**
 * Citing another document in running text (Phụ lục I, 6b).
 *
 * @since 0.1.0
 */
import { codeFitsKind, parseDocumentNumber } from "@cchc/core"
import { expectInput } from "./builder-input-error.js"
import { clean, lowerFirst, trimEndWhile } from "../internal/text.js"
import type { DateInput } from "./date-parts.js"
import { formatLongDate, formatShortDate } from "./format-date.js"
import { type DocumentNumberParts, formatDocumentNumber } from "./format-document-number.js"

/**
 * A document to cite. `number` is the số ký hiệu as written (`76/NQ-CP`)
 * or its parts; `summary` its trích yếu (`Về công tác văn thư`, `ban hành
 * …`, `V/v …`). A Luật or Pháp lệnh is cited by name (its `summary`),
 * without number or issuer.
 *
 * @since 0.1.0
 * @category builders
 */
export interface CitationInput {
  readonly kind: string
  readonly number?: string | DocumentNumberParts | null
  readonly date?: DateInput | null
  readonly issuer?: string | null
  readonly summary?: string | null
}

/**
 * `long`: the first mention, with the date `ngày 15 tháng 7 năm 2021`;
 * `short`: the same with `ngày 15/7/2021`; `reference`: later mentions,
 * kind and number only.
 *
 * @since 0.1.0
 * @category builders
 */
export type CitationForm = "long" | "short" | "reference"

/**
 * Options of {@link formatCitation}.
 *
 * @since 0.1.0
 * @category builders
 */
export interface CitationOptions {
  /** Default `long`. */
  readonly form?: CitationForm
  /** The zone a `Date` is read in (default `Asia/Ho_Chi_Minh`). */
  readonly timeZone?: string
}

/** Kinds cited by name, without number or issuer: `Luật Tổ chức Chính phủ`. */
const NAMED_KINDS = new Set(["luật", "bộ luật", "pháp lệnh", "hiến pháp"])

const OPENERS = /^(về việc|về|ban hành|phê duyệt|quy định|hướng dẫn)(?![\p{L}])/iu

/**
 * The trích yếu as it follows a citation: `về …` unless it already opens
 * with `về`, `ban hành`, `phê duyệt`, `quy định` or `hướng dẫn` (then only
 * the opener is lower-cased); a công văn's `V/v …` becomes `về việc …`.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { citationSummary } from "@cchc/format"
 * citationSummary("Về công tác văn thư") // "về công tác văn thư"
 * citationSummary("Ban hành Chương trình tổng thể cải cách hành chính") // "ban hành Chương trình tổng thể cải cách hành chính"
 * citationSummary("V/v nâng bậc lương năm 2019") // "về việc nâng bậc lương năm 2019"
 * citationSummary("Tuyên truyền cải cách hành chính năm 2024") // "về tuyên truyền cải cách hành chính năm 2024"
 * ```
 */
export const citationSummary = (summary: string): string => {
  // Closing marks are trimmed by a walk from the end: an unanchored `[.;]+$`
  // would be retried from every mark of a long run.
  const text = trimEndWhile(clean(summary), (c) => c === "." || c === ";")
  const vv = /^v\/v\s*/iu.exec(text)
  if (vv) return `về việc ${text.slice(vv[0].length)}`
  const opener = OPENERS.exec(text)
  if (opener) return opener[1]!.toLocaleLowerCase("vi") + text.slice(opener[1]!.length)
  // The capital that starts a title is lowered after `về`, unless the title
  // opens with an abbreviation (`CCHC`) or a name (`Quảng Ngãi`, `Hà Nội`).
  const words = text.split(" ")
  const keepCase = /^\p{Lu}{2}/u.test(words[0]!) || (words.length > 1 && /^\p{Lu}/u.test(words[1]!))
  return `về ${keepCase ? text : lowerFirst(text)}`
}

const numberText = (number: string | DocumentNumberParts): string =>
  typeof number === "string"
    ? clean(number).replace(/^số\s*:?\s*/iu, "")
    : formatDocumentNumber(number, { label: false })

/**
 * A citation in the forms of Nghị định 30/2020: first mention with kind,
 * `số`, number, date, `của` issuer and trích yếu; the short date form for
 * running text; kind and number only for later mentions. Luật and Pháp
 * lệnh are cited by name and date. Throws a `RangeError` when the kind
 * is missing, a numbered kind has no number, or the number's type code
 * belongs to another kind (`Kế hoạch số 2113/QĐ-UBND`).
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatCitation } from "@cchc/format"
 * const nq76 = {
 *   kind: "Nghị quyết",
 *   number: "76/NQ-CP",
 *   date: "2021-07-15",
 *   issuer: "Chính phủ",
 *   summary: "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
 * }
 * formatCitation(nq76)
 * // "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
 * formatCitation(nq76, { form: "short" })
 * // "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể …"
 * formatCitation(nq76, { form: "reference" }) // "Nghị quyết số 76/NQ-CP"
 * formatCitation({ kind: "Luật", summary: "Tổ chức Chính phủ", date: "2015-06-19" })
 * // "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"
 * formatCitation({ kind: "Kế hoạch", number: "2113/QĐ-UBND" }) // throws RangeError
 * ```
 */
export const formatCitation = (citation: CitationInput, options: CitationOptions = {}): string => {
  expectInput("formatCitation", "citation", citation, ["object"])
  expectInput("formatCitation", "citation.kind", citation.kind, ["string"])
  expectInput("formatCitation", "citation.issuer", citation.issuer, ["string", "null", "undefined"])
  expectInput("formatCitation", "citation.summary", citation.summary, ["string", "null", "undefined"])
  const form = options.form ?? "long"
  const kind = clean(citation.kind)
  if (kind.length === 0) throw new RangeError("the kind is empty")
  const named = NAMED_KINDS.has(kind.toLocaleLowerCase("vi")) && citation.number == null
  const dateOptions = options.timeZone === undefined ? {} : { timeZone: options.timeZone }
  const parts: Array<string> = [kind]
  if (named) {
    if (citation.summary == null || clean(citation.summary) === "")
      throw new RangeError(`a ${kind} is cited by its name`)
    parts.push(clean(citation.summary))
    if (form === "reference") return parts.join(" ")
  } else {
    if (citation.number == null) throw new RangeError(`a ${kind} is cited by its number`)
    const number = numberText(citation.number)
    // The `citation-type-code` rule reports a kind that its number's type
    // code contradicts (`Kế hoạch số 2113/QĐ-UBND`): refuse to write one.
    const parsed = parseDocumentNumber(`Số: ${number}`)
    if (parsed?.typeCode != null && codeFitsKind(kind, parsed.typeCode, parsed.family) === false)
      throw new RangeError(`"${parsed.typeCode}" in ${number} is not the type code of a ${kind}`)
    parts.push("số", number)
    if (form === "reference") return parts.join(" ")
  }
  if (citation.date != null) {
    parts.push(
      form === "short"
        ? `ngày ${formatShortDate(citation.date, dateOptions)}`
        : formatLongDate(citation.date, dateOptions)
    )
  }
  if (!named) {
    if (citation.issuer != null && clean(citation.issuer) !== "") parts.push("của", clean(citation.issuer))
    if (citation.summary != null && clean(citation.summary) !== "")
      parts.push(citationSummary(citation.summary))
  }
  return parts.join(" ")
}
