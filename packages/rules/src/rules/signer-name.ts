/**
 * `signer-name`: the signer's full name (ô 7b) follows the titles, in
 * normal case, without an academic title or degree before it.
 */
import { isUpperCaseText } from "@cchc/core"
import { defineRule } from "../rule.js"

interface Options {
  /** Sectors whose rules allow a degree before the name (education, health, science) turn this on. */
  readonly allowAcademicTitles: boolean
}

const ACADEMIC =
  /^((?:GS|PGS|TS|ThS|Ths|BS|BSCKII|BSCKI|KS|CN|NCS|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư)\.?[ ]*)+/u

// Each syllable capitalised: `NGUYỄN VĂN A` → `Nguyễn Văn A`.
const properCase = (name: string): string =>
  name
    .toLowerCase()
    .split(" ")
    .map((w) => (w.length === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ")

export default defineRule<Options>({
  meta: {
    id: "signer-name",
    description:
      "A name follows the titles of the signature block, in normal case and without academic titles.",
    category: "signature",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Điều 13 and Phụ lục I, mục II.7b",
    presets: { recommended: "warning", strict: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Thiếu họ và tên người ký dưới chức vụ (ví dụ "Nguyễn Văn A").',
        en: 'The signer\'s full name is missing under the titles (e.g. "Nguyễn Văn A").'
      },
      upperCase: {
        vi: 'Họ tên người ký viết hoa chữ cái đầu mỗi tiếng, không viết in hoa toàn bộ: "{expected}".',
        en: 'The signer\'s name capitalises each syllable, not every letter: "{expected}".'
      },
      academicTitle: {
        vi: 'Không ghi học hàm, học vị trước họ tên người ký ("{prefix}"): chỉ ghi "{name}".',
        en: 'No academic title or degree before the signer\'s name ("{prefix}"): write "{name}" only.'
      }
    },
    defaultOptions: { allowAcademicTitles: false },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { allowAcademicTitles: { type: "boolean" } }
    },
    examples: {
      valid: ["BÁO CÁO\nCông tác\n\nNội dung./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Thành"],
      invalid: [
        "BÁO CÁO\nCông tác\n\nNội dung./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNGUYỄN VĂN THÀNH",
        "BÁO CÁO\nCông tác\n\nNội dung./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTS. Nguyễn Văn Thành"
      ]
    }
  },
  check: (context) => {
    const { document, text, options } = context
    const signature = document.signature
    if (signature === null || (signature.authority.length === 0 && signature.title === null)) {
      return { skip: "not-evaluable", reason: "no signature block was found" }
    }
    const signer = signature.signer
    if (signer === null) {
      const last = signature.lines[signature.lines.length - 1]
      context.report({ messageId: "missing", span: last?.span ?? signature.span })
      return
    }
    const line = signature.lines.find((l) => l.text === signer)
    if (line === undefined) return
    const start = line.span.start.offset
    const exact = text.slice(start, line.span.end.offset) === signer
    const prefix = ACADEMIC.exec(signer)
    const bare = prefix === null ? signer : signer.slice(prefix[0].length)
    if (prefix !== null && !options.allowAcademicTitles) {
      // Some sectors allow degrees: a suggestion, never applied by itself.
      context.report({
        messageId: "academicTitle",
        span: context.span(start, start + prefix[0].length),
        data: { prefix: prefix[0].trim(), name: bare },
        ...(exact
          ? {
              suggestions: [
                {
                  tier: "suggestion" as const,
                  description: `"${bare}"`,
                  edits: [{ start, end: start + prefix[0].length, text: "" }]
                }
              ]
            }
          : {})
      })
    }
    if (isUpperCaseText(bare)) {
      const expected = properCase(bare)
      const at = start + (signer.length - bare.length)
      context.report({
        messageId: "upperCase",
        span: context.span(at, line.span.end.offset),
        data: { expected },
        ...(exact
          ? {
              fix: {
                tier: "safe" as const,
                description: `"${expected}"`,
                edits: [{ start: at, end: at + bare.length, text: expected }]
              }
            }
          : {})
      })
    }
  }
})
