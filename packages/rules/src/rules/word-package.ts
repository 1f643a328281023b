/**
 * `word-package`: what a .docx holds beside its text that should not
 * leave the office with it: tracked changes not yet accepted (the text is
 * checked as if they were), comments, content imported from another file
 * (`altChunk`) that is not checked, and macros.
 */
import { formattingOf, isSkip } from "../internal/formatting.js"
import { defineRule } from "../rule.js"

export default defineRule({
  meta: {
    id: "word-package",
    description: "A .docx to issue has no pending tracked changes, comments, imported content or macros.",
    category: "document",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised", "copy"],
    source: "practice (a văn bản is issued as its final text)",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      trackedChanges: {
        vi: "Tệp còn {count} thay đổi chưa chấp nhận (Track Changes); văn bản được kiểm tra như đã chấp nhận hết. Hãy chấp nhận hoặc từ chối trước khi ban hành.",
        en: "The file has {count} tracked changes not yet accepted; the text is checked as if all were accepted. Accept or reject them before issuing."
      },
      comments: {
        vi: "Tệp còn {count} nhận xét (Comment); hãy xóa trước khi ban hành.",
        en: "The file has {count} comments; delete them before issuing."
      },
      altChunk: {
        vi: "Tệp có {count} phần nội dung nhúng từ tệp khác (altChunk) không được kiểm tra.",
        en: "The file has {count} parts imported from other files (altChunk) that are not checked."
      },
      macros: {
        vi: "Tệp có chứa macro (.docm); văn bản ban hành không nên chứa macro.",
        en: "The file holds macros (.docm); an issued document should not."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: ["@formatted\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"],
      invalid: [
        "@formatted trackedChanges=3 comments=1\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    const { facts } = formatting
    const firstLineEnd = context.text.indexOf("\n")
    const top = context.span(0, firstLineEnd < 0 ? context.text.length : firstLineEnd)
    if (facts.trackedChanges > 0) {
      const at = facts.firstTrackedChange
      context.report({
        messageId: "trackedChanges",
        span: at === null ? top : context.span(at, at),
        data: { count: facts.trackedChanges }
      })
    }
    if (facts.comments > 0)
      context.report({ messageId: "comments", span: top, data: { count: facts.comments } })
    if (facts.altChunks > 0)
      context.report({ messageId: "altChunk", span: top, data: { count: facts.altChunks } })
    if (facts.macros) context.report({ messageId: "macros", span: top })
  }
})
