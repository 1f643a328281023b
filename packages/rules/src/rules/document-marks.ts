/**
 * `document-marks`: the marks of ô 10a, 10b and 11 (độ mật `MẬT`, `TỐI
 * MẬT`, `TUYỆT MẬT`; độ khẩn `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC`; phạm vi lưu
 * hành `LƯU HÀNH NỘI BỘ`, `XEM XONG TRẢ LẠI`) are printed in upper case
 * (Phụ lục I, mục III.2). The parser reads them in any case so that the
 * head goes on after them; this rule says when the case is wrong. The two
 * tone placements (`HOẢ`/`HỎA`) are the same letters. Their frame, size and
 * red ink are facts of the page, which a text does not carry.
 */
import { foldToneMarks } from "@cchc/core"
import { defineRule } from "../rule.js"

const KIND_LABEL = { secrecy: "độ mật", urgency: "độ khẩn", circulation: "phạm vi lưu hành" } as const

// Examples start with a letter's head: the rule runs on documents.
const EXAMPLE_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 125/UBND-NC\nV/v triển khai công tác năm 2026\n"
const EXAMPLE_TAIL =
  "\nQuảng Ngãi, ngày 10 tháng 01 năm 2026\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở triển khai./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An"

export default defineRule({
  meta: {
    id: "document-marks",
    description:
      "The marks of độ mật, độ khẩn and phạm vi lưu hành (ô 10a, 10b, 11) are written in upper case.",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục III.2 (ô 10a, 10b, 11)",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "safe",
    messages: {
      upperCase: {
        vi: 'Dấu chỉ {kind} viết chữ in hoa: "{expected}" (đang viết "{actual}").',
        en: 'The {kind} mark is written in upper case: "{expected}" (written "{actual}").'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [EXAMPLE_HEAD + "THƯỢNG KHẨN" + EXAMPLE_TAIL],
      invalid: [EXAMPLE_HEAD + "Thượng khẩn" + EXAMPLE_TAIL]
    }
  },
  check: (context) => {
    for (const mark of context.document.marks) {
      if (foldToneMarks(mark.raw).replace(/\s+/gu, " ") === mark.value) continue
      const { start, end } = { start: mark.span.start.offset, end: mark.span.end.offset }
      const exact = context.text.slice(start, end) === mark.raw
      context.report({
        messageId: "upperCase",
        span: mark.span,
        data: { kind: KIND_LABEL[mark.kind], expected: mark.value, actual: mark.raw },
        ...(exact
          ? {
              fix: {
                tier: "safe" as const,
                description: `"${mark.value}"`,
                edits: [{ start, end, text: mark.value }]
              }
            }
          : {})
      })
    }
  }
})
