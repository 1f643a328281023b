/**
 * `invitation-details`: a Giấy mời says when and where (Phụ lục III, Mẫu
 * 1.7: `… trân trọng kính mời:`, `Tới dự`, `Chủ trì:`, `Thời gian:`,
 * `Địa điểm:`). Only the time and the place are required: they are what
 * the invited need, and invitations write them in several forms
 * (`Thời gian: 08 giờ 00 …`, `Thời gian, địa điểm: …`, `vào lúc 14 giờ … tại
 * …`); `Tới dự` and `Chủ trì` are often folded into the sentence.
 */
import { foldKey } from "@cchc/core"
import { defineRule } from "../rule.js"

// A clock time: `08 giờ`, `14h30`, `8 h`.
const CLOCK = /(?<![\p{L}\d])\d{1,2}[ ]*(?:giờ|h)(?![\p{L}])/u
// ` tại ` introducing a place, or the `Địa điểm` label.
const PLACE_WORDS = ["địa điểm", " tại "]
const TIME_WORDS = ["thời gian"]

export default defineRule({
  meta: {
    id: "invitation-details",
    description: "A Giấy mời states the time and the place of the event it invites to.",
    category: "content",
    appliesTo: ["GM"],
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục III, Mẫu 1.7 (Tới dự, Chủ trì, Thời gian, Địa điểm)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      missingTime: {
        vi: 'Giấy mời chưa ghi thời gian: ghi "Thời gian: … giờ …, ngày … tháng … năm …" (Phụ lục III, Mẫu 1.7).',
        en: 'The invitation gives no time: write "Thời gian: … giờ …, ngày …" (Appendix III, form 1.7).'
      },
      missingPlace: {
        vi: 'Giấy mời chưa ghi địa điểm: ghi "Địa điểm: …" (Phụ lục III, Mẫu 1.7).',
        en: 'The invitation gives no place: write "Địa điểm: …" (Appendix III, form 1.7).'
      }
    },
    notes: [
      "`Tới dự` and `Chủ trì:` of Mẫu 1.7 are not required: invitations often fold them into the sentence (`… kính mời … dự hội nghị … do đồng chí … chủ trì`)."
    ],
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Số: 12/GM-UBND\n\nGIẤY MỜI\nDự hội nghị sơ kết công tác cải cách hành chính\n\nỦy ban nhân dân xã trân trọng kính mời:\nĐại diện lãnh đạo các ban, ngành.\nThời gian: 08 giờ 00, ngày 10 tháng 7 năm 2025.\nĐịa điểm: Hội trường Ủy ban nhân dân xã./."
      ],
      invalid: [
        "Số: 12/GM-UBND\n\nGIẤY MỜI\nDự hội nghị sơ kết công tác cải cách hành chính\n\nỦy ban nhân dân xã trân trọng kính mời:\nĐại diện lãnh đạo các ban, ngành tới dự hội nghị./."
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const body = document.body
    if (body === null) return { skip: "not-evaluable", reason: "the invitation has no body" }
    const raw = text.slice(body.span.start.offset, body.span.end.offset)
    const key = ` ${foldKey(raw)} `
    const span = document.title?.span ?? body.span
    if (!TIME_WORDS.some((w) => key.includes(w)) && !CLOCK.test(raw))
      context.report({ messageId: "missingTime", span })
    if (!PLACE_WORDS.some((w) => key.includes(w))) context.report({ messageId: "missingPlace", span })
  }
})
