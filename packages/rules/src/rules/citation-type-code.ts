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
import { codeFitsKind, currentCodesOfKind, kindNameOfCode } from "@cchc/core"
import { defineRule } from "../rule.js"

export { codeFitsKind }

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
          codeKind: kindNameOfCode(citation.typeCode) ?? "loại văn bản khác",
          expected: currentCodesOfKind(citation.kind)
        }
      })
    }
  }
})
