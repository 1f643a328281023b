/**
 * `citation-issuer`: the issuer named in a citation (`của …`) agrees with
 * the issuer code of its number (`…/NQ-CP … của Thủ tướng` is wrong: `CP`
 * is the Chính phủ, the Thủ tướng's code is `TTg`).
 *
 * Only a phrase that names another known body is reported: an unknown
 * code, a missing `của …`, or a vague phrase (`của tỉnh`) say nothing
 * certain. A head acts for the body, so `…/QĐ-UBND … của Chủ tịch UBND
 * tỉnh` is right.
 */
import { ISSUER_CODES, issuerMatchesCode } from "@cchc/core"
import { defineRule } from "../rule.js"
import { issuerHead } from "./citation-form.js"

// The parser may run an issuer phrase on into the next citation of a list
// (`Hội nghị Tỉnh ủy … và Nghị quyết số 93/2021/NQ-HĐND … của HĐND tỉnh`):
// only the part before it is this citation's issuer. The pattern takes one
// space before `và` and the start is moved back over the others: `\s+và`
// would be retried from every space of a long run.
const NEXT_CITATION = /(?:\svà|,)\s+(?:\p{L}+\s){1,3}số\s/u

/**
 * Where the next citation of a list starts in an issuer phrase (at the
 * spaces before `và`, or at the comma), or `null`.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { nextCitationAt } from "./citation-issuer.js"
 * nextCitationAt("Tỉnh ủy  và Nghị quyết số 93/2021/NQ-HĐND") // 7
 * nextCitationAt("Thủ tướng Chính phủ") // null
 * ```
 */
export const nextCitationAt = (issuer: string): number | null => {
  const next = NEXT_CITATION.exec(issuer)
  if (next === null) return null
  let at = next.index
  if (next[0].startsWith(",")) return at
  while (at > 0 && /\s/u.test(issuer[at - 1]!)) at--
  return at
}

/**
 * The issuer code a phrase names, when it names exactly one known body
 * other than `exceptCode`, else `null`.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { codeNamedBy } from "./citation-issuer.js"
 * codeNamedBy("Thủ tướng Chính phủ", "CP") // "TTg"
 * codeNamedBy("tỉnh", "UBND") // null
 * ```
 */
export const codeNamedBy = (phrase: string, exceptCode: string): string | null => {
  const named = ISSUER_CODES.filter(
    (e) => e.code !== exceptCode && issuerMatchesCode(e.code, phrase) === true
  )
  return named.length === 1 ? named[0]!.code : null
}

const bodyName = (code: string): string => ISSUER_CODES.find((e) => e.code === code)?.names[0] ?? code

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "citation-issuer",
    description:
      "The issuer named in a citation (của …) agrees with the issuer code of its number (…/NQ-CP is the Chính phủ's, …/QĐ-TTg the Thủ tướng's).",
    category: "citation",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I (số, ký hiệu; mục 6b, viện dẫn văn bản)",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      mismatch: {
        vi: "“{kind} số {number} … của {issuer}”: ký hiệu “{code}” là của {codeName}, còn “{issuer}” là {namedName} (ký hiệu “{namedCode}”). Kiểm tra lại cơ quan ban hành hoặc số, ký hiệu.",
        en: "“{kind} số {number} … của {issuer}”: the code “{code}” is the {codeName}'s, while “{issuer}” is the {namedName} (code “{namedCode}”). Check the issuer or the number."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Căn cứ Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh Chương trình tổng thể cải cách hành chính."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Thủ tướng Chính phủ ban hành Chương trình tổng thể cải cách hành chính."
      ]
    }
  },
  check: (context) => {
    for (const citation of context.document.citations) {
      if (citation.issuer === null || citation.issuerCode === null) continue
      const code = issuerHead(citation.issuerCode)
      const next = nextCitationAt(citation.issuer)
      const issuer = (next === null ? citation.issuer : citation.issuer.slice(0, next)).trim()
      if (issuerMatchesCode(code, issuer) !== false) continue
      const named = codeNamedBy(issuer, code)
      if (named === null) continue
      context.report({
        messageId: "mismatch",
        span: citation.span,
        data: {
          kind: citation.kind,
          number: citation.number,
          issuer,
          code,
          codeName: bodyName(code),
          namedCode: named,
          namedName: bodyName(named)
        }
      })
    }
  }
})
