/**
 * `citation-form`: how another document is cited in running text
 * (Nghị định 30/2020, Phụ lục I, mục 6b): `<Tên loại> số <số, ký hiệu>
 * ngày <ngày> của <cơ quan> về <trích yếu>` at its first mention; later
 * mentions may give the kind and number only. A normative document's
 * number shows its year (`30/2020/NĐ-CP`).
 *
 * The proposal line of a Quyết định (Mẫu 1.2, 1.3) names the proposer
 * before the number: `Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số
 * 12/TTr-SNV ngày …`, `Xét đề nghị của Chính phủ tại Tờ trình số
 * 396/TTr-CP và Đề án số 397/ĐA-CP ngày …`. The proposer is the issuer of
 * the documents listed after `tại`, and a date after the last of them
 * covers the list.
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

// What may stand between two documents of one list: `, `, ` và `, `, và `.
const LIST_GAP = /^[ ]*(?:,[ ]*)?(?:và[ ]+)?$/u
const LIST_GAP_MAX = 8
// How far back the proposer of a proposal line is looked for.
const PROPOSER_WINDOW = 200
const PROPOSER_LEAD = "đề nghị của "

/** Whether two citations are neighbours of one list (`… số 396/TTr-CP và Đề án số …`). */
const listed = (text: string, a: LegalCitation, b: LegalCitation): boolean => {
  const gap = b.span.start.offset - a.span.end.offset
  return gap > 0 && gap <= LIST_GAP_MAX && LIST_GAP.test(text.slice(a.span.end.offset, b.span.start.offset))
}

// The citation follows `đề nghị của <X> tại` on its line, with no end of
// sentence between: X proposed it, and so issued it.
const proposedBy = (text: string, citation: LegalCitation): boolean => {
  const start = citation.span.start.offset
  const from = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - PROPOSER_WINDOW)
  const before = foldKey(text.slice(from, start))
  if (before !== "tại" && !before.endsWith(" tại")) return false
  const lead = before.lastIndexOf(PROPOSER_LEAD)
  if (lead === -1) return false
  const proposer = before.slice(lead + PROPOSER_LEAD.length, before.length - "tại".length)
  return proposer.trim().length > 0 && !/[.;:]/u.test(proposer)
}

/**
 * What the neighbours of each citation in a list supply: a date written
 * after the last document covers the list; a proposer named before the
 * first is the issuer of all of them. Indexed like `citations`.
 */
const listFacts = (
  text: string,
  citations: ReadonlyArray<LegalCitation>
): Array<{ readonly dated: boolean; readonly proposed: boolean }> => {
  const dated: Array<boolean> = new Array<boolean>(citations.length).fill(false)
  for (let i = citations.length - 2; i >= 0; i--) {
    const next = citations[i + 1]!
    if (listed(text, citations[i]!, next)) dated[i] = next.dateText !== null || dated[i + 1]!
  }
  const proposed: Array<boolean> = new Array<boolean>(citations.length).fill(false)
  citations.forEach((c, i) => {
    proposed[i] = proposedBy(text, c) || (i > 0 && proposed[i - 1]! && listed(text, citations[i - 1]!, c))
  })
  return citations.map((_, i) => ({ dated: dated[i]!, proposed: proposed[i]! }))
}

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
  firstMention: boolean,
  list: { readonly dated: boolean; readonly proposed: boolean }
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
  if (citation.dateText === null && !list.dated)
    context.report({ messageId: "missingDate", span: citation.span, data })
  if (
    citation.issuer === null &&
    !list.proposed &&
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
    notes: [
      "The trích yếu of a first citation (PL I II.6.b asks for it) is not checked: the proposal line of Mẫu 1.2/1.3 (`Theo đề nghị của … tại Tờ trình số … ngày …`) and lists sharing one date cite without it, and the trích yếu cannot be told from the text that follows often enough for a finding to be reliable.",
      "`Theo đề nghị của <X> tại …` and `Xét đề nghị của <X> tại …` name the issuer of the documents listed after `tại`; a date after the last document of a list (`… số 396/TTr-CP và Đề án số 397/ĐA-CP ngày …`) covers the list."
    ],
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
    const citations = context.document.citations
    const facts = listFacts(context.text, citations)
    citations.forEach((citation, i) => {
      const key = citationNumberKey(citation.number)
      checkCitation(context, citation, !seen.has(key), facts[i]!)
      seen.add(key)
    })
  }
})
