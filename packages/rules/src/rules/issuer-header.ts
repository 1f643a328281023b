/**
 * `issuer-header`: the issuing body's name (ô 2) is present and in upper
 * case, under the line of its parent body where one is expected (a Sở
 * under `UBND TỈNH …`, a Cục under its Bộ).
 */
import { findUnitKind, isUpperCaseText, type Document } from "@cchc/core"
import { firstTextLine, textLines, type TextLine } from "../internal/text.js"
import { defineRule } from "../rule.js"
import { safeReplacement } from "../internal/safe-replacement.js"

interface Options {
  /** Unit kinds (ids of the core unit registry) whose issuer line needs a parent line above it. */
  readonly requireParentFor: ReadonlyArray<string>
}

const HEAD_LINES = 12

// Where the head ends: the title, or failing that the number or date line.
const headEnd = (document: Document): number | null => {
  const marks = [
    document.title?.span.start.offset,
    document.number?.span.end.offset,
    document.placeDate?.span.end.offset
  ].filter((x): x is number => x !== undefined)
  return marks.length === 0 ? null : marks.reduce((last, mark) => Math.max(last, mark))
}

const covered = (document: Document, line: TextLine): boolean =>
  [
    document.nationalHeader.country?.span,
    document.nationalHeader.motto?.span,
    document.number?.span,
    document.placeDate?.span
  ].some((s) => s !== undefined && s.start.offset < line.end && line.start < s.end.offset)

// A line of the head that names a body but is not written in upper case:
// the parser only takes upper-case lines as the issuer, so look for it here,
// where the parser looks for the issuer: above the number line when there
// is one. A line below it is never read as the issuer, in any case: calling
// it the issuer would offer an upper-case fix after which the issuer is
// still missing.
const lowerCaseIssuerLines = (document: Document, text: string): Array<TextLine> => {
  const end = document.number?.span.start.offset ?? headEnd(document)
  if (end === null) return []
  return textLines(text)
    .slice(0, 40)
    .filter((l) => l.end <= end && l.text.length > 0 && l.text.length <= 80 && !covered(document, l))
    .filter(
      (l) =>
        !/[.;:]$/u.test(l.text) &&
        !/\d/u.test(l.text) &&
        findUnitKind(l.text) !== null &&
        !isUpperCaseText(l.text)
    )
    .slice(0, 2)
}

export default defineRule<Options>({
  meta: {
    id: "issuer-header",
    description:
      "The issuing body's name is present in upper case, with its parent body's line where one is expected.",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục II.2",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Thiếu tên cơ quan, tổ chức ban hành văn bản (ô 2): ghi tên cơ quan bằng chữ in hoa ở góc trên bên trái, ví dụ "UBND TỈNH QUẢNG NGÃI" / "SỞ NỘI VỤ".',
        en: 'The issuing body\'s name is missing: write it in upper case at the top left, e.g. "UBND TỈNH QUẢNG NGÃI" / "SỞ NỘI VỤ".'
      },
      notUpperCase: {
        vi: 'Tên cơ quan ban hành phải viết chữ in hoa: "{expected}" (đang viết "{actual}").',
        en: 'The issuing body\'s name must be upper case: "{expected}" (written "{actual}").'
      },
      missingParent: {
        vi: 'Thiếu tên cơ quan chủ quản trực tiếp phía trên "{name}": ghi dòng cơ quan cấp trên, ví dụ "UBND TỈNH QUẢNG NGÃI" trên "SỞ NỘI VỤ".',
        en: 'The parent body\'s line is missing above "{name}", e.g. "UBND TỈNH QUẢNG NGÃI" above "SỞ NỘI VỤ".'
      }
    },
    defaultOptions: { requireParentFor: ["so", "phong", "chi-cuc", "cuc", "tong-cuc"] },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { requireParentFor: { type: "array", items: { type: "string" } } }
    },
    examples: {
      valid: ["UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 05/BC-SNV\n\nBÁO CÁO\nCông tác tuyên truyền"],
      invalid: [
        "SỞ NỘI VỤ\nSố: 05/BC-SNV\n\nBÁO CÁO\nCông tác tuyên truyền",
        "Sở Nội vụ\nSố: 05/BC-SNV\n\nBÁO CÁO\nCông tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const { document, text, options } = context
    const lowered = lowerCaseIssuerLines(document, text)
    for (const line of lowered) {
      const expected = line.text.toUpperCase()
      context.report({
        messageId: "notUpperCase",
        span: context.span(line.start, line.end),
        data: { expected, actual: line.text },
        fix: safeReplacement(line.start, line.end, expected)
      })
    }
    const issuer = document.issuer
    if (issuer === null) {
      if (lowered.length === 0) {
        // Point at the first part of the head that is there: the issuer belongs above it.
        const anchor = document.number?.span ?? document.placeDate?.span ?? document.title?.span
        const first = firstTextLine(text)
        context.report({ messageId: "missing", span: anchor ?? context.span(first.start, first.end) })
      }
      return
    }
    const kind = findUnitKind(issuer.name)
    if (
      kind !== null &&
      issuer.parent === null &&
      lowered.length === 0 &&
      options.requireParentFor.includes(kind.id)
    ) {
      context.report({
        messageId: "missingParent",
        span: issuer.nameSpan,
        data: { name: issuer.name },
        severity: "warning"
      })
    }
  }
})
