/**
 * `national-header`: Quốc hiệu and Tiêu ngữ (ô 1) are present and written
 * exactly as the decree prints them; both tone placements (`HÒA`/`HOÀ`)
 * are accepted.
 */
import { foldToneMarks } from "@cchc/core"
import { firstTextLine, spanReads } from "../internal/text.js"
import { defineRule } from "../rule.js"

const COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
const MOTTO = "Độc lập - Tự do - Hạnh phúc"
// The parser also reads the party header in that place; party documents
// follow Hướng dẫn 36-HD/VPTW, not this rule.
const PARTY = /^đảng\s+cộng\s+sản\s+việt\s+nam$/u

const canonicalCountry = (raw: string): string => raw.toUpperCase().replace(/\s+/gu, " ")

export default defineRule({
  meta: {
    id: "national-header",
    description:
      "Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and Tiêu ngữ `Độc lập - Tự do - Hạnh phúc` are present and exact.",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Điều 8 khoản 2 điểm a and Phụ lục I, mục II.1",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missingBoth: {
        vi: 'Thiếu Quốc hiệu và Tiêu ngữ: ghi "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" và dưới đó "Độc lập - Tự do - Hạnh phúc" ở góc trên bên phải trang đầu.',
        en: 'The national header is missing: write "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and, below it, "Độc lập - Tự do - Hạnh phúc" at the top right of page 1.'
      },
      missingCountry: {
        vi: 'Thiếu Quốc hiệu: ghi "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (chữ in hoa) phía trên Tiêu ngữ.',
        en: 'The Quốc hiệu is missing: write "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (upper case) above the motto.'
      },
      missingMotto: {
        vi: 'Thiếu Tiêu ngữ: ghi "Độc lập - Tự do - Hạnh phúc" ngay dưới Quốc hiệu.',
        en: 'The Tiêu ngữ is missing: write "Độc lập - Tự do - Hạnh phúc" right below the Quốc hiệu.'
      },
      countryForm: {
        vi: 'Quốc hiệu viết chưa đúng: "{actual}"; phải là "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (chữ in hoa, một dấu cách giữa các chữ).',
        en: 'The Quốc hiệu reads "{actual}"; it must be "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (upper case, single spaces).'
      },
      mottoForm: {
        vi: 'Tiêu ngữ viết chưa đúng: "{actual}"; phải là "Độc lập - Tự do - Hạnh phúc" (viết hoa chữ đầu mỗi cụm từ, giữa các cụm từ là dấu gạch nối có cách chữ).',
        en: 'The Tiêu ngữ reads "{actual}"; it must be "Độc lập - Tự do - Hạnh phúc" (each phrase capitalised, joined by space-hyphen-space).'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 05/BC-UBND\n\nBÁO CÁO\nCông tác tuyên truyền"
      ],
      invalid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCông tác tuyên truyền",
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 05/BC-UBND\n\nBÁO CÁO\nCông tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const { country, motto } = document.nationalHeader
    if (country !== null && PARTY.test(foldToneMarks(country.raw).toLowerCase().replace(/\s+/gu, " "))) {
      return {
        skip: "not-applicable",
        reason: "a party document (ĐẢNG CỘNG SẢN VIỆT NAM) has no state national header"
      }
    }
    if (country === null && motto === null) {
      const first = firstTextLine(text)
      context.report({ messageId: "missingBoth", span: context.span(first.start, first.end) })
      return
    }
    if (country === null) {
      context.report({ messageId: "missingCountry", span: motto!.span })
    } else {
      // Either tone placement is right (the decree itself writes both).
      const expected = canonicalCountry(country.raw)
      if (foldToneMarks(expected) !== COUNTRY || country.raw !== expected) {
        const fixable = foldToneMarks(expected) === COUNTRY && spanReads(text, country.span, country.raw)
        context.report({
          messageId: "countryForm",
          span: country.span,
          data: { actual: country.raw },
          ...(fixable
            ? {
                fix: {
                  tier: "safe" as const,
                  description: `"${expected}"`,
                  edits: [{ start: country.span.start.offset, end: country.span.end.offset, text: expected }]
                }
              }
            : {})
        })
      }
    }
    if (motto === null) {
      context.report({ messageId: "missingMotto", span: country!.span })
    } else if (motto.raw !== MOTTO) {
      const fixable = spanReads(text, motto.span, motto.raw)
      context.report({
        messageId: "mottoForm",
        span: motto.span,
        data: { actual: motto.raw },
        ...(fixable
          ? {
              fix: {
                tier: "safe" as const,
                description: `"${MOTTO}"`,
                edits: [{ start: motto.span.start.offset, end: motto.span.end.offset, text: MOTTO }]
              }
            }
          : {})
      })
    }
  }
})
