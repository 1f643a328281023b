/**
 * `layout-page-number`: page numbers are Arabic numerals centred in the
 * top margin, and not shown on the first page (NĐ 30/2020, Phụ lục I,
 * mục I.6). Only a page-number field that is there is judged: how many
 * pages the document has is not known before it is laid out, and a
 * one-page document needs none.
 */
import { formattingOf, isSkip } from "../internal/formatting.js"
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "layout-page-number",
    description:
      "Page numbers are centred in the top margin and hidden on the first page (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục I.6",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      placement: {
        vi: "Số trang phải đặt canh giữa theo chiều ngang trong phần lề trên của văn bản (đang: {found}).",
        en: "Page numbers are centred in the top margin (found: {found})."
      },
      firstPage: {
        vi: "Không hiển thị số trang ở trang thứ nhất (chọn “Different First Page” cho phần đầu trang).",
        en: "No page number on the first page (set a different first-page header)."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "@formatted pageNumber=center-top-from2\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ],
      invalid: [
        "@formatted pageNumber=right-bottom-all\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const firstLineEnd = context.text.indexOf("\n")
    const span = context.span(0, firstLineEnd < 0 ? context.text.length : firstLineEnd)
    let fields = 0
    for (const section of formatting.sections) {
      for (const hf of section.headersFooters) {
        const numbered = formatting.margins.filter((p) => p.part === hf.part && p.pageNumber)
        if (numbered.length === 0) continue
        fields++
        const p = numbered[0]!
        const bottom = hf.kind === "footer"
        if (bottom || p.alignment !== "center") {
          const where = [
            bottom ? "ở lề dưới" : "ở lề trên",
            p.alignment === "right" ? "căn phải" : p.alignment === "center" ? "căn giữa" : "căn trái"
          ]
          context.report({
            messageId: "placement",
            span,
            data: { found: where.join(", ") }
          })
        }
        if (hf.pages !== "first" && !section.titlePage) context.report({ messageId: "firstPage", span })
      }
    }
    if (fields === 0) return { skip: "not-evaluable", reason: "the file has no page-number field" }
  }
})
