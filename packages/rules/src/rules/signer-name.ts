/**
 * `signer-name`: the signer's full name (ô 7b) follows the titles, in
 * normal case, without an academic title or degree before it.
 *
 * Phụ lục I, mục II.7.c, last sentence, leaves titles to the sector:
 * "Việc ghi thêm quân hàm, học hàm, học vị trước họ tên người ký đối với văn
 * bản của các đơn vị vũ trang nhân dân, các tổ chức sự nghiệp giáo dục, y
 * tế, khoa học do người đứng đầu cơ quan quản lý ngành, lĩnh vực quy định."
 * So by default a title is reported only when the issuer is none of those
 * (a UBND, a Sở); under a Trường, a Bệnh viện, a Viện or an armed-forces
 * unit it is not reported at all. Removing a title is never a safe fix.
 */
import { foldKey, isUpperCaseText, type Document } from "@cchc/core"
import { defineRule } from "../rule.js"

interface Options {
  /**
   * `true` allows a title or degree before the name, `false` never does;
   * left out, it is allowed where the issuer is an education, health or
   * science body or an armed-forces unit (Phụ lục I, mục II.7.c).
   */
  readonly allowAcademicTitles?: boolean
}

// The longer grades first (`BSCKII` before `BS`): the first alternative
// that fits is taken.
const ACADEMIC =
  /^((?:GS|PGS|TS|ThS|Ths|BSCKII|BSCKI|BS|DSCKII|DSCKI|DS|KS|CN|NCS|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư)\.?[ ]*)+/u

// Issuer lines of the bodies whose sector may allow titles before the name:
// tổ chức sự nghiệp giáo dục, y tế, khoa học and đơn vị vũ trang nhân dân
// (Phụ lục I, mục II.7.c). Compared with the start of the folded line.
const TITLED_SECTOR_PREFIXES: ReadonlyArray<string> = [
  "trường",
  "đại học",
  "học viện",
  "viện",
  "bệnh viện",
  "trung tâm y tế",
  "trung tâm kiểm soát bệnh tật",
  "quân khu",
  "quân đoàn",
  "quân chủng",
  "binh chủng",
  "bộ tư lệnh",
  "bộ chỉ huy",
  "bộ quốc phòng",
  "bộ công an",
  "công an",
  "sư đoàn",
  "lữ đoàn",
  "trung đoàn"
].map(foldKey)

/**
 * Whether the issuer is an education, health or science body or an
 * armed-forces unit, whose sector rules may allow titles before the name.
 */
const issuerInTitledSector = (document: Document): boolean => {
  const issuer = document.issuer
  if (issuer === null) return false
  return [issuer.name, issuer.parent ?? ""].some((line) => {
    const key = foldKey(line)
    return TITLED_SECTOR_PREFIXES.some((p) => key === p || key.startsWith(`${p} `))
  })
}

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
    source: "NĐ 30/2020, Phụ lục I, mục II.7.c (họ tên, không ghi học hàm, học vị)",
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
    defaultOptions: {},
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { allowAcademicTitles: { type: "boolean" } }
    },
    notes: [
      "PL I II.7.c leaves titles before the name to the head of the sector for armed-forces units and education, health and science bodies: with `allowAcademicTitles` left out, a title is not reported when the issuer line starts with such a body (Trường, Đại học, Học viện, Viện, Bệnh viện, Trung tâm Y tế, Quân khu, Bộ Chỉ huy, Công an …).",
      "Removing a title is offered as a suggestion, never as a safe fix."
    ],
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
    const allowed = options.allowAcademicTitles ?? issuerInTitledSector(document)
    if (prefix !== null && !allowed) {
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
