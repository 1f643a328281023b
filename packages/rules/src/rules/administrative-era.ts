/**
 * `administrative-era`: a document dated after the 2025 reorganisation
 * does not name bodies that no longer exist: the district level, the thị
 * trấn and the provinces absorbed on 1 July 2025, the Bộ and Sở merged on
 * 1 March 2025 (names and codes), and the other bodies of the
 * `DEPARTMENT_MERGES_2025` table (Huyện ủy, Thanh tra sở and huyện, Ban
 * Dân tộc, Ban Tuyên giáo Tỉnh ủy). Judged by the document's own date, so
 * older documents keep their historical names. A body that went in some
 * provinces only (Sở Ngoại vụ) is not reported: the data does not say
 * which.
 *
 * Many new phường and xã carry the name of an absorbed province (phường Bắc
 * Giang, xã Thái Bình, from the resolutions of the Ủy ban Thường vụ Quốc hội
 * of 16/6/2025). The place in the place-date line is the unit where the
 * issuer sits (Phụ lục I, mục II.4.a), so `Bắc Giang, ngày …` under `PHƯỜNG
 * BẮC GIANG` names the phường and passes; under `UBND TỈNH BẮC GIANG` it is
 * still reported.
 */
import {
  DEPARTMENT_MERGE_DATE,
  DISTRICT_LEVEL_END_DATE,
  districtLevelMention,
  foldKey,
  mergedBodyMention,
  provinceStatusOn,
  townshipMention,
  type Span
} from "@cchc/core"
import { trimEndWhile } from "@cchc/core/internal"
import { describeDocumentDate, displayDate, documentDateRange } from "../internal/document-date.js"
import { defineRule } from "../rule.js"

// The province named at the end of an issuer line (`UBND TỈNH BẮC GIANG`):
// the generic word, spaces, then a letter and 1 to 40 letters, spaces or
// hyphens up to the end. One unanchored pattern for it would be retried from
// every space of a long run; the name is read from the end instead, in a
// window of 41 characters, and the word before it in a window of its length.
const NAME_MAX = 41
const NAME_CHAR = /^[\p{L} -]$/iu
const NAME_FIRST = /^\p{L}$/iu
const GENERIC_WORD_MAX = "thành phố".length
const GENERIC_WORD_AT_END = /(?:tỉnh|thành phố|tp\.?)$/iu

// A province whose name is never written without its generic word: the
// city named after a person is "Thành phố Hồ Chí Minh".
const FULL_NAMES: Readonly<Record<string, string>> = { "Hồ Chí Minh": "Thành phố Hồ Chí Minh" }
const provinceName = (name: string): string => FULL_NAMES[name] ?? name

// The generic words of the commune level from 1 July 2025 (xã, phường,
// đặc khu), longest first, as folded keys followed by a space.
const COMMUNE_WORDS = ["đặc khu ", "phường ", "xã "]

/**
 * The name of the commune-level unit an issuer line names (`ỦY BAN NHÂN
 * DÂN PHƯỜNG BẮC GIANG` → `bắc giang`, folded), or `null`.
 */
const communeNameIn = (line: string): string | null => {
  const key = ` ${foldKey(line)}`
  for (const word of COMMUNE_WORDS) {
    const at = key.lastIndexOf(` ${word}`)
    if (at !== -1) {
      const name = key.slice(at + word.length + 1).trim()
      if (name.length > 0) return name
    }
  }
  return null
}

/**
 * The province named at the end of an issuer line, after `tỉnh`, `thành
 * phố` or `TP` in any case, or `null`. When several readings fit, the
 * longest name wins (`TỈNH THÀNH PHỐ X` gives `THÀNH PHỐ X`).
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { provinceInLine } from "./administrative-era.js"
 * provinceInLine("UBND TỈNH BẮC GIANG") // "BẮC GIANG"
 * provinceInLine("SỞ NỘI VỤ") // null
 * ```
 */
export const provinceInLine = (line: string): string | null => {
  let taken = 0
  const start = trimEndWhile(line, (c) => taken++ < NAME_MAX && NAME_CHAR.test(c)).length
  const chars = Array.from(line.slice(start))
  let at = start
  // The earliest start is the longest name, as the leftmost match would be.
  for (let i = 0; i < chars.length - 1; at += chars[i]!.length, i++) {
    if (!NAME_FIRST.test(chars[i]!) || line[at - 1] !== " ") continue
    let spaces = at - 1
    while (spaces > 0 && line[spaces - 1] === " ") spaces--
    if (GENERIC_WORD_AT_END.test(line.slice(Math.max(0, spaces - GENERIC_WORD_MAX), spaces)))
      return line.slice(at)
  }
  return null
}

// Said after the message when the row rests on a secondary source.
const UNVERIFIED_VI = " (Nguồn dữ liệu về thay đổi này chưa được đối chiếu với văn bản gốc.)"
const UNVERIFIED_EN = " (The data on this change is not checked against the official text.)"

export default defineRule({
  meta: {
    id: "administrative-era",
    description:
      "After 2025-07-01 no district-level body or absorbed province; after 2025-03-01 no merged Bộ or Sở name or code. Judged by the document's own date.",
    category: "era",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source:
      "Nghị quyết 202/2025/QH15; Luật 72/2025/QH15; Nghị định 45/2025/NĐ-CP, from 1/7/2025 Nghị định 150/2025/NĐ-CP [secondary]; the 34 UBTVQH resolutions of 16/6/2025 (no thị trấn); Nghị quyết 60-NQ/TW (reference §9)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      districtLevel: {
        vi: 'Từ ngày 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp): văn bản ngày {date} không ghi "{actual}"; ghi cơ quan cấp tỉnh hoặc cấp xã hiện hành.',
        en: 'Since 1 July 2025 there is no district level: a document dated {date} does not name "{actual}"; name the current provincial or commune body.'
      },
      absorbedProvince: {
        vi: 'Từ ngày 01/7/2025 {old} đã hợp nhất vào {new} (Nghị quyết 202/2025/QH15): văn bản ngày {date} ghi tên đơn vị hành chính mới thay cho "{actual}".',
        en: 'Since 1 July 2025 {old} is part of {new} (Resolution 202/2025/QH15): a document dated {date} names the new unit instead of "{actual}".'
      },
      township: {
        vi: 'Từ ngày 01/7/2025 không còn thị trấn (cấp xã chỉ còn xã, phường, đặc khu): văn bản ngày {date} không ghi "{actual}"; ghi tên xã, phường hiện hành.',
        en: 'Since 1 July 2025 there are no thị trấn (communes are xã, phường or đặc khu): a document dated {date} does not name "{actual}"; name the current xã or phường.'
      },
      endedBody: {
        vi: 'Từ ngày {since} không còn {old}: văn bản ngày {date} không ghi "{actual}".{unverifiedVi}',
        en: 'Since {since} there is no {old}: a document dated {date} does not name "{actual}".{unverifiedEn}'
      },
      mergedBody: {
        vi: 'Từ ngày {since} {old} đã hợp nhất vào {new}: văn bản ngày {date} không dùng tên, ký hiệu cũ "{actual}".{unverifiedVi}',
        en: 'Since {since} {old} is merged into {new}: a document dated {date} does not use the old name or code "{actual}".{unverifiedEn}'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "UBND TỈNH BẮC NINH\nSỞ NỘI VỤ\nSố: 05/BC-SNV\nBắc Ninh, ngày 05 tháng 8 năm 2025\n\nBÁO CÁO\nCông tác",
        "UBND TỈNH BẮC GIANG\nSỞ NỘI VỤ\nSố: 05/BC-SNV\nBắc Giang, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác"
      ],
      invalid: [
        "UBND TỈNH BẮC GIANG\nSỞ NỘI VỤ\nSố: 05/BC-SNV\nBắc Giang, ngày 05 tháng 8 năm 2025\n\nBÁO CÁO\nCông tác"
      ]
    }
  },
  check: (context) => {
    const { document } = context
    const range = documentDateRange(document)
    if (range === null) return { skip: "not-evaluable", reason: "the document has no readable date" }
    // With a blank day, only a month wholly after the change counts.
    const on = range.earliest
    // Described only for a report: most documents get none.
    let described: string | undefined
    const date = (): string => (described ??= describeDocumentDate(document, range))
    const issuerLines: Array<{ text: string; span: Span }> = []
    if (document.issuer?.parent && document.issuer.parentSpan)
      issuerLines.push({ text: document.issuer.parent, span: document.issuer.parentSpan })
    if (document.issuer) issuerLines.push({ text: document.issuer.name, span: document.issuer.nameSpan })

    if (on >= DISTRICT_LEVEL_END_DATE) {
      for (const line of issuerLines) {
        if (townshipMention(line.text) !== null) {
          context.report({
            messageId: "township",
            span: line.span,
            data: { actual: line.text, date: date() }
          })
          continue
        }
        if (districtLevelMention(line.text) !== null) {
          context.report({
            messageId: "districtLevel",
            span: line.span,
            data: { actual: line.text, date: date() }
          })
          continue
        }
        const province = provinceInLine(line.text)
        const status = province === null ? null : provinceStatusOn(province, on)
        if (status?.status === "absorbed") {
          context.report({
            messageId: "absorbedProvince",
            span: line.span,
            data: {
              old: status.province,
              new: provinceName(status.absorbedInto!),
              actual: line.text,
              date: date()
            }
          })
        }
      }
      const pd = document.placeDate
      if (pd?.place) {
        const status = provinceStatusOn(pd.place, on)
        const place = foldKey(pd.place)
        const namesOwnCommune = issuerLines.some((line) => communeNameIn(line.text) === place)
        if (status?.status === "absorbed" && !namesOwnCommune) {
          context.report({
            messageId: "absorbedProvince",
            span: pd.span,
            data: {
              old: status.province,
              new: provinceName(status.absorbedInto!),
              actual: pd.place,
              date: date()
            }
          })
        } else if (townshipMention(pd.place) !== null) {
          context.report({ messageId: "township", span: pd.span, data: { actual: pd.place, date: date() } })
        } else if (districtLevelMention(pd.place) !== null) {
          context.report({
            messageId: "districtLevel",
            span: pd.span,
            data: { actual: pd.place, date: date() }
          })
        }
      }
    }

    if (on >= DEPARTMENT_MERGE_DATE) {
      // The lines that may name a merged body, in order, without gathering
      // them into a new list for each document.
      const judge = (line: { readonly text: string; readonly span: Span }): void => {
        const found = mergedBodyMention(line.text)
        if (found === null || on < found.merge.date) return
        const data = {
          since: displayDate(found.merge.date),
          old: found.merge.oldName,
          actual: found.match,
          date: date(),
          unverifiedVi: found.merge.unverified ? UNVERIFIED_VI : "",
          unverifiedEn: found.merge.unverified ? UNVERIFIED_EN : ""
        }
        if (found.merge.newBody === null) context.report({ messageId: "endedBody", span: line.span, data })
        else
          context.report({
            messageId: "mergedBody",
            span: line.span,
            data: { ...data, new: found.merge.newBody }
          })
      }
      issuerLines.forEach(judge)
      if (document.number) judge({ text: document.number.raw, span: document.number.span })
      document.kinhGui?.items.forEach(judge)
      document.recipients?.items.forEach(judge)
    }
  }
})
