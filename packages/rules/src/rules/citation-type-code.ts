/**
 * `citation-type-code`: the kind named in a citation agrees with the type
 * code of its number (`Kế hoạch số 2113/QĐ-UBND` names a Kế hoạch but the
 * number is a Quyết định's).
 *
 * A Công văn, or a document cited as "Văn bản", has no type code: the head
 * of its number is the issuer (`1175/STTTT-TTBCXB`), so those are not
 * checked. Legacy codes of Thông tư 01/2011/TT-BNV (hết hiệu lực with Nghị định
 * 110/2004 and 09/2010, which Nghị định 30/2020 Điều 37 ended) are
 * accepted, because older documents are cited with them.
 */
import { ALL_KINDS, foldKey, type LegalCitation } from "@cchc/core"
import { defineRule } from "../rule.js"

// Kind names that never carry a type code.
const UNCODED_KINDS = new Set(["công văn", "văn bản", "luật", "bộ luật", "pháp lệnh", "hiến pháp"])

// Codes met in practice beyond the Phụ lục III table: `KL` for a Kết luận;
// in party documents (Hướng dẫn 36-HD/VPTW) a Quy định is `QĐ`.
const EXTRA_CODES: ReadonlyArray<readonly [kind: string, code: string, family?: LegalCitation["family"]]> = [
  ["Kết luận", "KL"],
  ["Thông tư", "TTLT"],
  ["Quy định", "QĐ", "party"]
]

const codesByKind = new Map<string, Set<string>>()
const kindByCode = new Map<string, string>()
for (const k of ALL_KINDS) {
  if (k.code === null) continue
  const key = foldKey(k.name)
  codesByKind.set(key, (codesByKind.get(key) ?? new Set()).add(foldKey(k.code)))
  if (!kindByCode.has(foldKey(k.code))) kindByCode.set(foldKey(k.code), k.name)
}
for (const [kind, code, family] of EXTRA_CODES) {
  if (family !== undefined) continue
  codesByKind.set(foldKey(kind), (codesByKind.get(foldKey(kind)) ?? new Set()).add(foldKey(code)))
  if (!kindByCode.has(foldKey(code))) kindByCode.set(foldKey(code), kind)
}

/**
 * Whether `code` is a type code of the kind named `kind`, or `null` when
 * the kind is not one this rule knows or carries no code.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { codeFitsKind } from "./citation-type-code.js"
 * codeFitsKind("Kế hoạch", "KH", "administrative") // true
 * codeFitsKind("Kế hoạch", "QĐ", "administrative") // false
 * codeFitsKind("Công văn", "KH", "administrative") // null
 * ```
 */
export const codeFitsKind = (kind: string, code: string, family: LegalCitation["family"]): boolean | null => {
  const kindKey = foldKey(kind)
  if (UNCODED_KINDS.has(kindKey)) return null
  const codes = codesByKind.get(kindKey)
  if (codes === undefined) return null
  const codeKey = foldKey(code)
  if (codes.has(codeKey)) return true
  return EXTRA_CODES.some(([k, c, f]) => f === family && foldKey(k) === kindKey && foldKey(c) === codeKey)
}

const expectedCodes = (kind: string): string =>
  [
    ...ALL_KINDS.filter((k) => k.code !== null && k.family !== "legacy").map(
      (k) => [k.name, k.code!] as const
    ),
    ...EXTRA_CODES.filter(([, , family]) => family === undefined)
  ]
    .filter(([name]) => foldKey(name) === foldKey(kind))
    .map(([, code]) => code)
    .join(", ")

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "citation-type-code",
    description:
      "The kind named in a citation agrees with the type code of its number (Kế hoạch … /KH-…, Quyết định … /QĐ-…).",
    category: "citation",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Điều 7 and Phụ lục III",
    presets: { recommended: "error", strict: "error" },
    fixable: "none",
    messages: {
      mismatch: {
        vi: "“{kind} số {number}”: tên loại không khớp với ký hiệu. “{code}” là ký hiệu của {codeKind}; {kind} có ký hiệu “{expected}”. Kiểm tra lại tên loại hoặc số, ký hiệu của văn bản được viện dẫn.",
        en: "“{kind} số {number}”: the kind does not match the type code. “{code}” is the code of a {codeKind}; a {kind} has “{expected}”. Check the kind or the number of the cited document."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của Chủ tịch UBND tỉnh Quảng Ngãi ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Thực hiện Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020."
      ]
    }
  },
  check: (context) => {
    for (const citation of context.document.citations) {
      if (citation.typeCode === null) continue
      if (codeFitsKind(citation.kind, citation.typeCode, citation.family) !== false) continue
      context.report({
        messageId: "mismatch",
        span: citation.span,
        data: {
          kind: citation.kind,
          number: citation.number,
          code: citation.typeCode,
          codeKind: kindByCode.get(foldKey(citation.typeCode)) ?? "loại văn bản khác",
          expected: expectedCodes(citation.kind)
        }
      })
    }
  }
})
