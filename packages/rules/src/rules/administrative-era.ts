/**
 * `administrative-era`: a document dated after the 2025 reorganisation
 * does not name bodies that no longer exist: the district level and the
 * provinces absorbed on 1 July 2025, the Bộ and Sở merged on 1 March 2025
 * (names and codes). Judged by the document's own date, so older
 * documents keep their historical names.
 */
import {
  DEPARTMENT_MERGE_DATE,
  DISTRICT_LEVEL_END_DATE,
  districtLevelMention,
  mergedBodyMention,
  provinceStatusOn,
  type Span
} from "@cchc/core"
import { describeDocumentDate, displayDate, documentDateRange } from "../internal/document-date.js"
import { defineRule } from "../rule.js"

// The province named at the end of an issuer line (`UBND TỈNH BẮC GIANG`).
const PROVINCE_IN_LINE = /(?:tỉnh|thành phố|tp\.?)[ ]+(\p{L}[\p{L} -]{1,40})$/iu

export default defineRule({
  meta: {
    id: "administrative-era",
    description:
      "After 2025-07-01 no district-level body or absorbed province; after 2025-03-01 no merged Bộ or Sở name or code. Judged by the document's own date.",
    category: "era",
    appliesTo: "all",
    source: "Nghị quyết 202/2025/QH15; Luật 72/2025/QH15; Nghị định 45/2025/NĐ-CP (reference §9)",
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
      mergedBody: {
        vi: 'Từ ngày {since} {old} đã hợp nhất vào {new}: văn bản ngày {date} không dùng tên, ký hiệu cũ "{actual}".',
        en: 'Since {since} {old} is merged into {new}: a document dated {date} does not use the old name or code "{actual}".'
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
    const date = describeDocumentDate(document, range)
    const issuerLines: Array<{ text: string; span: Span }> = []
    if (document.issuer?.parent && document.issuer.parentSpan)
      issuerLines.push({ text: document.issuer.parent, span: document.issuer.parentSpan })
    if (document.issuer) issuerLines.push({ text: document.issuer.name, span: document.issuer.nameSpan })

    if (on >= DISTRICT_LEVEL_END_DATE) {
      for (const line of issuerLines) {
        if (districtLevelMention(line.text) !== null) {
          context.report({ messageId: "districtLevel", span: line.span, data: { actual: line.text, date } })
          continue
        }
        const province = PROVINCE_IN_LINE.exec(line.text)
        const status = province === null ? null : provinceStatusOn(province[1]!, on)
        if (status?.status === "absorbed") {
          context.report({
            messageId: "absorbedProvince",
            span: line.span,
            data: { old: status.province, new: status.absorbedInto!, actual: line.text, date }
          })
        }
      }
      const pd = document.placeDate
      if (pd?.place) {
        const status = provinceStatusOn(pd.place, on)
        if (status?.status === "absorbed") {
          context.report({
            messageId: "absorbedProvince",
            span: pd.span,
            data: { old: status.province, new: status.absorbedInto!, actual: pd.place, date }
          })
        } else if (districtLevelMention(pd.place) !== null) {
          context.report({ messageId: "districtLevel", span: pd.span, data: { actual: pd.place, date } })
        }
      }
    }

    if (on >= DEPARTMENT_MERGE_DATE) {
      const lines = [
        ...issuerLines,
        ...(document.number ? [{ text: document.number.raw, span: document.number.span }] : []),
        ...(document.kinhGui?.items ?? []).map((i) => ({ text: i.text, span: i.span })),
        ...(document.recipients?.items ?? []).map((i) => ({ text: i.text, span: i.span }))
      ]
      for (const line of lines) {
        const found = mergedBodyMention(line.text)
        if (found === null || on < found.merge.date) continue
        context.report({
          messageId: "mergedBody",
          span: line.span,
          data: {
            since: displayDate(found.merge.date),
            old: found.merge.oldName,
            new: found.merge.newBody,
            actual: found.match,
            date
          }
        })
      }
    }
  }
})
