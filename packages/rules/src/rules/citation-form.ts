/**
 * `citation-form`: how another document is cited in running text
 * (Nghị định 30/2020, Phụ lục I, mục 6b): `<Tên loại> số <số, ký hiệu>
 * ngày <ngày> của <cơ quan> về <trích yếu>` at its first mention; later
 * mentions may give the kind and number only. A normative document's
 * number shows its year (`30/2020/NĐ-CP`).
 */
import { foldKey, type Document, type LegalCitation } from "@cchc/core"
import type { Fix } from "../diagnostic.js"
import { defineRule, type RuleContext } from "../rule.js"

// Kinds cited by name and date, without number or issuer (Phụ lục I, 6b).
const UNNUMBERED_KINDS = new Set(["luật", "bộ luật", "pháp lệnh", "hiến pháp"])
// Type codes and kinds that only normative documents carry: their number
// must show the year.
const NORMATIVE_CODES = new Set(["nđ", "tt", "ttlt"])
const NORMATIVE_KINDS = new Set([
  "nghị định",
  "thông tư",
  "thông tư liên tịch",
  "luật",
  "bộ luật",
  "pháp lệnh"
])
// The sentence names the issuer otherwise: its subject issued the cited
// document (`Sở đã ban hành Kế hoạch số …`), or the cited document issued
// something of the subject's (`Kế hoạch … ban hành tại Quyết định số …`).
// The spaces after the colon belong to it, so that no two loops compete
// for the same spaces.
const ISSUED_BY_SUBJECT = /(?:^|[^\p{L}])ban hành(?:[ ]+(?:tại|kèm theo))?[ ]*(?::[ ]*)?$/u

/**
 * The comparison key of a cited number: `2113/QĐ-UBND`, `2113/qđ-ubnd`
 * and `2113 / QĐ-UBND` are one number.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { citationNumberKey } from "./citation-form.js"
 * citationNumberKey("2113 / QĐ-UBND") === citationNumberKey("2113/qđ-ubnd") // true
 * ```
 */
export const citationNumberKey = (number: string): string => foldKey(number).replace(/\s+/gu, "")

/**
 * The issuer part of a code (`SNgV` in `SNgV-VP`, `QH` in `QH15`), for
 * comparing who issued two numbers.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { issuerHead } from "./citation-form.js"
 * issuerHead("SNgV-VP") // "SNgV"
 * issuerHead("QH15") // "QH"
 * ```
 */
export const issuerHead = (issuerCode: string): string => {
  const head = issuerCode.split("-")[0] ?? issuerCode
  // The letters are captured in the one anchored match: a second, unanchored
  // `\d+$` to drop the term would be retried from every digit.
  const term = /^(QH|UBTVQH)\d+$/u.exec(head)
  return term === null ? head : term[1]!
}

const ownIssuer = (document: Document): string | null =>
  document.number?.issuerCode ? foldKey(issuerHead(document.number.issuerCode)) : null

/** Whether the citation's number is the document's own agency's. */
const issuedByThisAgency = (document: Document, citation: LegalCitation): boolean => {
  const own = ownIssuer(document)
  return own !== null && citation.issuerCode !== null && foldKey(issuerHead(citation.issuerCode)) === own
}

const issuedBySubject = (text: string, citation: LegalCitation): boolean => {
  const start = citation.span.start.offset
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 40)
  return ISSUED_BY_SUBJECT.test(text.slice(lineStart, start))
}

// `Nghị quyết 30c/NQ-CP` → insert `số`: replace the spaces between the kind
// and the number, located in the original text.
const insertSo = (text: string, citation: LegalCitation): Fix | null => {
  const start = citation.span.start.offset
  const original = text.slice(start, citation.span.end.offset)
  const at = original.indexOf(citation.number)
  if (at <= 0) return null
  const kindWritten = original.slice(0, at).trimEnd()
  if (foldKey(kindWritten) !== foldKey(citation.kind)) return null
  return {
    tier: "safe",
    description: `“${kindWritten} ${citation.number}” → “${kindWritten} số ${citation.number}”`,
    edits: [{ start: start + kindWritten.length, end: start + at, text: " số " }]
  }
}

const yearForm = (citation: LegalCitation): string => {
  const year = citation.date?.slice(0, 4) ?? "YYYY"
  const slash = citation.number.indexOf("/")
  return `${citation.number.slice(0, slash)}/${year}${citation.number.slice(slash)}`
}

const checkCitation = (
  context: RuleContext<Record<string, never>>,
  citation: LegalCitation,
  firstMention: boolean
): void => {
  const { document, text } = context
  // A law cited by its name and date (`Luật Tổ chức Chính phủ ngày 19
  // tháng 6 năm 2015`) has no number to check.
  if (citation.number.trim() === "") return
  const kind = foldKey(citation.kind)
  const data = { kind: citation.kind, number: citation.number }
  if (!citation.hasSo) {
    const fix = insertSo(text, citation)
    context.report({ messageId: "missingSo", span: citation.span, data, ...(fix ? { fix } : {}) })
  }
  const normative =
    NORMATIVE_KINDS.has(kind) ||
    (citation.typeCode !== null && NORMATIVE_CODES.has(foldKey(citation.typeCode)))
  if (normative && citation.year === null && citation.family !== "party") {
    context.report({
      messageId: "missingYear",
      span: citation.span,
      data: { ...data, expected: yearForm(citation) }
    })
  }
  // Later mentions may be short; items of a list share the last item's
  // date and issuer (`Nghị định số 107/2020/NĐ-CP, Nghị định số
  // 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ`).
  if (!firstMention || citation.dateShared || citation.family === "law" || UNNUMBERED_KINDS.has(kind)) return
  if (citation.dateText === null) context.report({ messageId: "missingDate", span: citation.span, data })
  if (
    citation.issuer === null &&
    !issuedByThisAgency(document, citation) &&
    !issuedBySubject(text, citation)
  ) {
    context.report({ messageId: "missingIssuer", span: citation.span, data })
  }
}

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "citation-form",
    description:
      "A cited document is written “<kind> số <number> ngày <date> của <issuer>” at its first mention, and a normative document's number shows its year.",
    category: "citation",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục 6b (viện dẫn văn bản); Luật Ban hành VBQPPL 2015, Điều 10",
    presets: { recommended: "warning", strict: "error" },
    fixable: "safe",
    messages: {
      missingSo: {
        vi: "Thiếu chữ “số” trước số, ký hiệu: viết “{kind} số {number}”.",
        en: "“số” is missing before the number: write “{kind} số {number}”."
      },
      missingDate: {
        vi: "Lần viện dẫn đầu tiên của {kind} số {number} thiếu ngày ban hành: viết “{kind} số {number} ngày … của … về …”.",
        en: "The first mention of {kind} số {number} lacks its date: write “{kind} số {number} ngày … của … về …”."
      },
      missingIssuer: {
        vi: "Lần viện dẫn đầu tiên của {kind} số {number} thiếu cơ quan ban hành: viết “{kind} số {number} ngày … của <cơ quan ban hành> về …”.",
        en: "The first mention of {kind} số {number} lacks its issuer: write “{kind} số {number} ngày … của <issuer> về …”."
      },
      missingYear: {
        vi: "Số, ký hiệu của văn bản quy phạm pháp luật phải có năm ban hành: viết “{kind} số {expected}”, không viết “{number}”.",
        en: "The number of a normative document must show its year: write “{kind} số {expected}”, not “{number}”."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Thực hiện thủ tục hành chính trên môi trường điện tử theo Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ."
      ]
    }
  },
  check: (context) => {
    const seen = new Set<string>()
    for (const citation of context.document.citations) {
      const key = citationNumberKey(citation.number)
      checkCitation(context, citation, !seen.has(key))
      seen.add(key)
    }
  }
})
