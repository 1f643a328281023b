/**
 * `not-a-document`: the input is not an administrative document at all
 * (a web page, a news article). One error, instead of a cascade of
 * "missing header" errors from every other rule.
 */
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "not-a-document",
    description:
      "The input must be an administrative document (văn bản hành chính), not a web page or an article.",
    category: "document",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised", "copy"],
    source: "NĐ 30/2020, Điều 8 (thể thức văn bản)",
    presets: { recommended: "error" },
    fixable: "none",
    messages: {
      notDocument: {
        vi: "Đây không phải là văn bản hành chính theo Nghị định 30/2020/NĐ-CP: {reasons}. Các quy tắc khác không được kiểm tra.",
        en: "This is not an administrative document under Decree 30/2020: {reasons}. No other rule was checked."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền cải cách hành chính quý I năm 2024"
      ],
      invalid: [
        "Trang chủ | Liên kết\nLượt xem: 1.024\n\nBắc Giang: Chú trọng công tác tuyên truyền cải cách hành chính\n\nTrong giai đoạn hiện nay, công tác tuyên truyền có ý nghĩa quan trọng."
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    if (document.isDocument) return
    // Point at the first line with text, not at the whole input.
    const start = text.search(/\S/u)
    const from = start === -1 ? 0 : start
    const lineEnd = text.slice(from).search(/\r?\n|\r/u)
    const end = lineEnd === -1 ? text.length : from + lineEnd
    const reasons =
      document.notDocumentReasons.length > 0
        ? document.notDocumentReasons.join("; ")
        : "không có các thành phần thể thức của văn bản"
    context.report({ messageId: "notDocument", span: context.span(from, end), data: { reasons } })
  }
})
