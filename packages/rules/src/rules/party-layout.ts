/**
 * `party-layout`: the form of a Party document as Hướng dẫn 36-HD/VPTW
 * (2018) of the Văn phòng Trung ương Đảng lays it out, as far as the domain
 * notes source it: `ĐẢNG CỘNG SẢN VIỆT NAM` in the place of the Quốc hiệu,
 * the number `Số 60-NQ/TW` (no colon, a hyphen before the type code) and
 * the slashed signing prefixes `T/M`, `K/T`, `T/L`. HD 36 is reportedly
 * replaced by HD 05-HD/VPTW in 2026 [secondary]. The Nơi nhận form (items
 * ending with `,`, `- Lưu Văn phòng …`) is [secondary] and not checked.
 * Runs on Party documents only, in the `party` preset.
 */
import { foldKey, type SigningMode } from "@cchc/core"
import { defineRule } from "../rule.js"

const PARTY_HEADER = foldKey("ĐẢNG CỘNG SẢN VIỆT NAM")
// The slashed form of each prefix in Party documents (60-NQ/TW writes
// `T/M BAN CHẤP HÀNH TRUNG ƯƠNG`).
const PARTY_PREFIX: Partial<Record<SigningMode, string>> = { TM: "T/M", KT: "K/T", TL: "T/L" }

export default defineRule({
  meta: {
    id: "party-layout",
    description:
      "A Party document has ĐẢNG CỘNG SẢN VIỆT NAM in the header, a number written Số 60-NQ/TW and the prefixes T/M, K/T, T/L.",
    category: "layout",
    appliesTo: "all",
    regimes: ["party"],
    source:
      "Hướng dẫn 36-HD/VPTW (2018), Văn phòng Trung ương Đảng [pages on HD 36; sample 60-NQ/TW]; replaced by HD 05-HD/VPTW in 2026 [secondary]",
    presets: { party: "warning" },
    fixable: "none",
    messages: {
      missingHeader: {
        vi: 'Văn bản của Đảng ghi "ĐẢNG CỘNG SẢN VIỆT NAM" ở vị trí Quốc hiệu.',
        en: 'A Party document prints "ĐẢNG CỘNG SẢN VIỆT NAM" where a state document prints the national header.'
      },
      numberColon: {
        vi: 'Số văn bản của Đảng viết "Số {number}", không có dấu hai chấm sau "Số".',
        en: 'A Party document number is written "Số {number}", without a colon after "Số".'
      },
      numberForm: {
        vi: 'Số, ký hiệu văn bản của Đảng viết số, gạch nối, tên loại, gạch chéo, cơ quan (ví dụ "Số 60-NQ/TW"), không viết "{number}".',
        en: 'A Party document number is sequence, hyphen, type code, slash, issuer (e.g. "Số 60-NQ/TW"), not "{number}".'
      },
      prefixForm: {
        vi: 'Văn bản của Đảng viết "{expected}", không viết "{actual}".',
        en: 'A Party document writes "{expected}", not "{actual}".'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ BA TƠ\n*\nSố 15-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nBa Tơ, ngày 20 tháng 12 năm 2025\n\nBÁO CÁO\nkết quả lãnh đạo năm 2025\n\nNội dung.\n\nNơi nhận:\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Hùng"
      ],
      invalid: [
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ BA TƠ\n*\nSố: 15-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nBa Tơ, ngày 20 tháng 12 năm 2025\n\nBÁO CÁO\nkết quả lãnh đạo năm 2025\n\nNội dung.\n\nNơi nhận:\n- Lưu Văn phòng Đảng ủy.\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Hùng"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const country = document.nationalHeader.country
    if (country === null || foldKey(country.raw) !== PARTY_HEADER) {
      const at = document.issuer?.span ?? document.span
      context.report({ messageId: "missingHeader", span: context.span(at.start.offset, at.start.offset) })
    }
    const number = document.number
    if (number !== null) {
      const start = number.span.start.offset
      if (number.family !== "party")
        context.report({ messageId: "numberForm", span: number.span, data: { number: number.raw } })
      else if (/^Số[ ]*:/u.test(text.slice(start, number.span.end.offset))) {
        const bare = number.raw.replace(/^Số[ ]*:[ ]*/u, "")
        context.report({ messageId: "numberColon", span: number.span, data: { number: bare } })
      }
    }
    for (const a of document.signature?.authority ?? []) {
      const expected = PARTY_PREFIX[a.mode]
      if (expected === undefined || a.prefix === expected) continue
      context.report({
        messageId: "prefixForm",
        span: context.span(a.span.start.offset, a.span.start.offset + a.prefix.length),
        data: { expected, actual: a.prefix }
      })
    }
  }
})
