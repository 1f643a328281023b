/**
 * `document-number`: the `Số:` line (ô 3) is there and well formed: a
 * numbered sequence padded below 10, a type code that matches the kind,
 * none on a công văn, and no code of Thông tư 01/2011, which lapsed (hết
 * hiệu lực) with the decrees it guided when Nghị định 30/2020 Điều 37 ended
 * them.
 *
 * A công văn's number starts with its issuer's code, which each agency sets
 * (Phụ lục I, mục II.3.b); some equal a type code (`123/TTr-NV1` of a Thanh
 * tra tỉnh, whose code is `TTr` like a Tờ trình's). A first group that names
 * the issuer is its code, not a type code.
 */
import {
  LEGACY_KINDS,
  findUnitKind,
  foldKey,
  issuerMatchesCode,
  lowerCaseCodeGroup,
  parseDocumentNumber,
  type Document,
  type DocumentNumber,
  type Span
} from "@cchc/core"
import { displayDate, documentDateRange } from "../internal/document-date.js"
import { isCongVan, kindByCodeAnyCase, kindByHeading } from "../internal/kinds.js"
import { firstTextLine, spanReads, textLines } from "../internal/text.js"
import { defineRule, type RuleContext } from "../rule.js"
import { safeReplacement } from "../internal/safe-replacement.js"

/** Nghị định 30/2020 took effect on the day it was signed. */
const DECREE_30_DATE = "2020-03-05"
const LEGACY = new Map(LEGACY_KINDS.map((k) => [k.code!, k] as const))
const LABEL = /^(?:Số|SỐ|số|So|Sô|SO)[ ]*[:.]?[ ]*/u
// The number with spaces around its separators, as typed in a hurry:
// `Số: 05/ BC - UBND`. Each repetition starts with a separator, so the
// pattern cannot backtrack.
const SPACED = /^(\d{0,6}[a-zđ]?(?:[ ]*[/–-][ ]*[\p{L}\d&]+)+)/u

// Issuer codes that collide with a type code, by the kind of the issuer
// line, for bodies the issuer-code table may not list: a Thanh tra tỉnh or
// sở numbers its công văn `…/TTr-…` (real: "Công văn số 410/TTr-NV1 ngày
// 28 tháng 9 năm 2011", Thanh tra tỉnh Khánh Hòa).
const CODES_OF_UNIT_KIND: Readonly<Record<string, ReadonlyArray<string>>> = { "thanh-tra": ["ttr"] }

// Whether the first group of a công văn's number is the issuer's own code:
// the issuer-code table says the issuer line fits it, or the issuer's kind
// uses it.
const isIssuerCode = (document: Document, code: string): boolean => {
  const issuer = document.issuer
  if (issuer === null) return false
  const lines = issuer.parent === null ? [issuer.name] : [issuer.name, issuer.parent]
  if (lines.some((line) => issuerMatchesCode(code, line) === true)) return true
  const kind = findUnitKind(issuer.name)
  return kind !== null && (CODES_OF_UNIT_KIND[kind.id] ?? []).includes(foldKey(code))
}

/** A number as the checks read it: the parser's, or one rebuilt without its spaces. */
type DocumentNumberView = Omit<DocumentNumber, "span"> & { readonly span: Span }

/** Where a number is typed with spaces inside, and how it reads without them. */
interface SpacedNumber {
  readonly label: string
  readonly labelStart: number
  readonly at: number
  readonly actual: string
  readonly expected: string
}

/** `value` up to its first line break. */
const upToLineBreak = (value: string): string => {
  const lf = value.indexOf("\n")
  const cr = value.indexOf("\r")
  const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr)
  return end === -1 ? value : value.slice(0, end)
}

const findSpacedNumber = (document: Document, text: string): SpacedNumber | null => {
  const parsed = document.number
  const candidates =
    parsed !== null && spanReads(text, parsed.span, parsed.raw)
      ? [
          {
            start: parsed.span.start.offset,
            text: upToLineBreak(text.slice(parsed.span.start.offset, parsed.span.start.offset + 160))
          }
        ]
      : parsed === null
        ? textLines(text).slice(0, 40)
        : []
  for (const line of candidates) {
    const label = LABEL.exec(line.text)
    const spaced = label === null ? null : SPACED.exec(line.text.slice(label[0].length))
    if (label === null || spaced === null || !/[ –]/u.test(spaced[1]!)) continue
    const actual = spaced[1]!
    return {
      label: label[0],
      labelStart: line.start,
      at: line.start + label[0].length,
      actual,
      expected: actual.replace(/[ ]+/gu, "").replace(/–/gu, "-")
    }
  }
  return null
}

const reportSpacing = (context: RuleContext<unknown>, at: number, actual: string): void => {
  const expected = actual.replace(/[ ]+/gu, "").replace(/–/gu, "-")
  context.report({
    messageId: "spacing",
    span: context.span(at, at + actual.length),
    data: { expected, actual },
    fix: safeReplacement(at, at + actual.length, expected)
  })
}

export default defineRule({
  meta: {
    id: "document-number",
    description:
      "The `Số:` line is present and well formed: padded sequence, type code matching the kind, no type code on a công văn, no legacy code.",
    category: "numbering",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political"],
    source: "NĐ 30/2020, Điều 15 and Phụ lục I, mục II.3; Phụ lục III",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Thiếu số, ký hiệu văn bản (ô 3): ghi "{example}" dưới tên cơ quan ban hành.',
        en: 'The number line is missing: write "{example}" under the issuer\'s name.'
      },
      draft: {
        vi: 'Văn bản chưa có số ("{raw}"): đây là dự thảo; văn thư cấp số khi phát hành.',
        en: 'The document has no sequence number ("{raw}"): an unnumbered draft; the registry assigns the number on issue.'
      },
      label: {
        vi: 'Ghi "Số:" (chữ S hoa, có dấu hai chấm và một dấu cách) trước số, ký hiệu: "{expected}".',
        en: 'Write "Số:" (capital S, colon, one space) before the number: "{expected}".'
      },
      spacing: {
        vi: 'Số, ký hiệu viết liền, không có dấu cách quanh "/" và "-": "{expected}" (đang viết "{actual}").',
        en: 'Write the number without spaces around "/" and "-": "{expected}" (written "{actual}").'
      },
      unpadded: {
        vi: 'Số dưới 10 phải có số 0 ở trước: "{expected}" (đang viết "{actual}").',
        en: 'Numbers below 10 take a leading zero: "{expected}" (written "{actual}").'
      },
      overPadded: {
        vi: 'Chỉ thêm số 0 trước số thứ tự nhỏ hơn 10 (Phụ lục I, mục II.3.a): "{expected}" (đang viết "{actual}").',
        en: 'A leading zero goes only before a sequence below 10: "{expected}" (written "{actual}").'
      },
      typeCodeCase: {
        vi: 'Viết chữ viết tắt tên loại đúng như Phụ lục III Nghị định 30/2020: "{expected}" (đang viết "{actual}").',
        en: 'Write the type code exactly as Decree 30/2020, Appendix III prints it: "{expected}" (written "{actual}").'
      },
      issuerCodeCase: {
        vi: 'Ký hiệu viết chữ in hoa: "{expected}" (đang viết "{actual}").',
        en: 'The codes of the number are written in capitals: "{expected}" (written "{actual}").'
      },
      typeMismatch: {
        vi: 'Ký hiệu "{actual}" không khớp với tên loại "{kind}": {kind} dùng chữ viết tắt "{expected}" (ví dụ "Số: 05/{expected}-UBND").',
        en: 'The type code "{actual}" does not match the kind "{kind}", whose code is "{expected}" (e.g. "Số: 05/{expected}-UBND").'
      },
      typeCodeMissing: {
        vi: 'Ký hiệu thiếu chữ viết tắt tên loại "{expected}" của {kind}: ghi "Số: …/{expected}-<cơ quan ban hành>".',
        en: 'The number lacks the type code "{expected}" of a {kind}: write "Số: …/{expected}-<issuer>".'
      },
      congVanTypeCode: {
        vi: 'Công văn không ghi chữ viết tắt tên loại trong ký hiệu: ghi "Số: 12/UBND-VX" (cơ quan ban hành - đơn vị soạn thảo), không ghi "{actual}".',
        en: 'A công văn carries no type code: write "Số: 12/UBND-VX" (issuer - drafting unit), not "{actual}".'
      },
      normativeYear: {
        vi: 'Số, ký hiệu của văn bản quy phạm pháp luật ghi số thứ tự, năm ban hành, tên loại và cơ quan ban hành: "{expected}", không viết "{actual}" (Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3).',
        en: 'A normative document number shows sequence, year, type and issuer: "{expected}", not "{actual}" (Law 64/2025/QH15, Article 7(3)).'
      },
      normativeYearMismatch: {
        vi: 'Năm trong số, ký hiệu "{actual}" là {numberYear}, nhưng văn bản ban hành năm {year}.',
        en: 'The year in the number "{actual}" is {numberYear}, but the document is dated {year}.'
      },
      legacyCode: {
        vi: '"{actual}" là chữ viết tắt cũ theo Thông tư 01/2011/TT-BNV (đã hết hiệu lực); văn bản ban hành từ ngày 05/3/2020 dùng "{expected}" theo Phụ lục III Nghị định 30/2020.',
        en: '"{actual}" is a code of Circular 01/2011/TT-BNV, no longer in force; documents issued from 5 March 2020 use "{expected}" (Decree 30/2020, Appendix III).'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: ["Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền"],
      invalid: [
        "Số: 5/KH-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền",
        "Số: /BC-UBND\nBa Bích, ngày tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const kindName = document.kind?.name ?? null
    // Spaces inside the number: the parser reads no number, or half of it.
    // Report them, then judge the number as it reads without the spaces,
    // so that fixing the spaces brings no new finding.
    const spaced = findSpacedNumber(document, text)
    let number: DocumentNumberView | null = document.number
    // Read the closed-up number exactly as the parser will read it after
    // the fix, so that the fix brings no new finding. Text that closes up
    // into no number at all (`So- Như trên`) is no spaced number.
    const closed = spaced === null ? null : parseDocumentNumber(`${spaced.label}${spaced.expected}`)
    if (spaced !== null && closed !== null) {
      reportSpacing(context, spaced.at, spaced.actual)
      const { span: _ignored, raw: _raw, ...parts } = closed
      number = {
        raw: `${spaced.label}${spaced.expected}`,
        ...parts,
        span: context.span(spaced.labelStart, spaced.at + spaced.actual.length)
      }
    }
    if (number === null) {
      if (kindName === "Thư công") return { skip: "not-applicable", reason: "a thư công carries no number" }
      const anchor = document.title?.span ?? document.placeDate?.span
      const first = firstTextLine(text)
      const code = document.kind?.code
      const example = code ? `Số: 05/${code}-UBND` : isCongVan(kindName) ? "Số: 12/UBND-VX" : "Số: 05/BC-UBND"
      context.report({
        messageId: "missing",
        span: anchor ?? context.span(first.start, first.end),
        data: { example }
      })
      return
    }
    if (number.family === "party")
      return { skip: "not-applicable", reason: "party documents are numbered under Hướng dẫn 36-HD/VPTW" }
    // A văn bản quy phạm pháp luật carries its year: `118/2025/NĐ-CP`
    // (reference §8; the year segment is what tells it from a cá biệt one).
    if (context.regime === "normative") {
      const year = document.placeDate?.year ?? null
      if (number.family !== "normative" && number.family !== "law" && number.sequence !== null) {
        const bare = number.raw.replace(LABEL, "")
        const slash = bare.indexOf("/")
        context.report({
          messageId: "normativeYear",
          span: number.span,
          data: {
            actual: number.raw,
            expected: `Số: ${bare.slice(0, slash)}/${year ?? "YYYY"}${bare.slice(slash)}`
          }
        })
      } else if (number.year !== null && year !== null && number.year !== year) {
        context.report({
          messageId: "normativeYearMismatch",
          span: number.span,
          data: { actual: number.raw, numberYear: number.year, year }
        })
      }
    }
    const start = number.span.start.offset
    // Fixes edit by offset inside the number: only when it reads as parsed.
    const exact = spaced === null && spanReads(text, number.span, number.raw)
    const label = LABEL.exec(number.raw)
    const labelLength = label === null ? 0 : label[0].length

    if (label !== null && label[0] !== "Số: ") {
      const expected = `Số: ${number.raw.slice(labelLength)}`
      context.report({
        messageId: "label",
        span: context.span(start, start + labelLength),
        data: { expected },
        ...(exact
          ? {
              fix: {
                tier: "safe" as const,
                description: '"Số: "',
                edits: [{ start, end: start + labelLength, text: "Số: " }]
              }
            }
          : {})
      })
    }

    if (number.sequence === null) {
      context.report({
        messageId: "draft",
        span: number.span,
        data: { raw: number.raw },
        severity: "warning"
      })
    } else if (/^\d[a-zđ]?$/u.test(number.sequence)) {
      const seqAt = number.raw.indexOf(number.sequence, labelLength)
      const actual = number.raw.slice(labelLength)
      const expected = `0${actual}`
      context.report({
        messageId: "unpadded",
        span: number.span,
        data: { expected: `Số: ${expected}`, actual: number.raw },
        ...(exact && seqAt !== -1
          ? {
              fix: {
                tier: "safe" as const,
                description: `"${expected}"`,
                edits: [{ start: start + seqAt, end: start + seqAt, text: "0" }]
              }
            }
          : {})
      })
    } else if (/^0+\d{2,}/u.test(number.sequence)) {
      // `012/CT-UBND`, `0124/KH-UBND`: zeros before a number of two or more
      // digits. Removing them is not a safe fix: the registry number is the
      // agency's, and `012` may stand for `12` or be a typing slip for `102`.
      const seqAt = number.raw.indexOf(number.sequence, labelLength)
      const zeros = /^0+/u.exec(number.sequence)![0].length
      const actual = number.raw.slice(labelLength)
      const expected =
        seqAt === -1
          ? actual
          : number.raw.slice(labelLength).replace(number.sequence, number.sequence.slice(zeros))
      context.report({
        messageId: "overPadded",
        span: number.span,
        data: { expected: `Số: ${expected}`, actual: number.raw },
        ...(exact && seqAt !== -1
          ? {
              suggestions: [
                {
                  tier: "suggestion" as const,
                  description: `"${expected}"`,
                  edits: [{ start: start + seqAt, end: start + seqAt + zeros, text: "" }]
                }
              ]
            }
          : {})
      })
    }

    const code = number.typeCode
    const codeKind = code === null ? undefined : kindByCodeAnyCase(code)
    if (code !== null && codeKind !== undefined && codeKind.code !== code && codeKind.family !== "legacy") {
      const codeAt = number.raw.indexOf(`/${code}`, labelLength)
      context.report({
        messageId: "typeCodeCase",
        span: number.span,
        data: { expected: codeKind.code!, actual: code },
        ...(exact && codeAt !== -1
          ? {
              fix: {
                tier: "safe" as const,
                description: `"${codeKind.code}"`,
                edits: [
                  { start: start + codeAt + 1, end: start + codeAt + 1 + code.length, text: codeKind.code! }
                ]
              }
            }
          : {})
      })
    }

    // An issuer or unit code opening in lower case (`05/KH-ubnd`): codes
    // are capitals, and the official mixed-case ones (`TTg`) open with one.
    // Upper-casing is only offered: the agency chooses its codes.
    const lowerGroup = number.issuerCode === null ? null : lowerCaseCodeGroup(number.issuerCode)
    if (lowerGroup !== null) {
      const upperGroup = lowerGroup.toLocaleUpperCase("vi")
      const groupAt = number.raw.indexOf(lowerGroup, number.raw.lastIndexOf("/") + 1)
      const actual = number.raw.slice(labelLength)
      const expected =
        groupAt === -1
          ? actual
          : `${number.raw.slice(labelLength, groupAt)}${upperGroup}${number.raw.slice(groupAt + lowerGroup.length)}`
      context.report({
        messageId: "issuerCodeCase",
        span: number.span,
        data: { expected, actual },
        ...(exact && groupAt !== -1
          ? {
              suggestions: [
                {
                  tier: "suggestion" as const,
                  description: `"${upperGroup}"`,
                  edits: [
                    { start: start + groupAt, end: start + groupAt + lowerGroup.length, text: upperGroup }
                  ]
                }
              ]
            }
          : {})
      })
    }

    const legacy = code === null ? undefined : LEGACY.get(code)
    const range = documentDateRange(document)
    if (legacy !== undefined && range !== null && range.earliest >= DECREE_30_DATE) {
      const codeAt = number.raw.indexOf(`/${code}`, labelLength)
      context.report({
        messageId: "legacyCode",
        span: number.span,
        data: { actual: code!, expected: legacy.replacedBy!, date: displayDate(range.earliest) },
        severity: "warning",
        ...(exact && codeAt !== -1
          ? {
              suggestions: [
                {
                  tier: "suggestion" as const,
                  description: `"${legacy.replacedBy}"`,
                  edits: [
                    {
                      start: start + codeAt + 1,
                      end: start + codeAt + 1 + code!.length,
                      text: legacy.replacedBy!
                    }
                  ]
                }
              ]
            }
          : {})
      })
    }

    const titleKind = document.title?.name ? kindByHeading(document.title.name) : undefined
    if (
      isCongVan(kindName) &&
      document.title?.form === "vv" &&
      code !== null &&
      number.family === "administrative" &&
      !isIssuerCode(document, code)
    ) {
      context.report({ messageId: "congVanTypeCode", span: number.span, data: { actual: number.raw } })
    } else if (titleKind !== undefined && titleKind.code !== null) {
      const expected = titleKind.code
      const actualKind = code === null ? undefined : kindByCodeAnyCase(code)
      if (
        code !== null &&
        actualKind !== undefined &&
        actualKind.code !== expected &&
        legacy?.replacedBy !== expected
      ) {
        context.report({
          messageId: "typeMismatch",
          span: number.span,
          data: { actual: code, kind: titleKind.name, expected }
        })
      } else if (code === null && number.family === "official-letter") {
        context.report({
          messageId: "typeCodeMissing",
          span: number.span,
          data: { kind: titleKind.name, expected }
        })
      }
    }
  }
})
