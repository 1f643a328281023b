/**
 * `cchc-report`: the profile of the periodic CCHC report (báo cáo định kỳ
 * công tác cải cách hành chính, Văn bản 581/BNV-CCHC). A Báo cáo whose
 * trích yếu names CCHC and one of the profile's periods (quý I, 6 tháng,
 * quý III, năm) has the parts of the đề cương, a part for each of the six
 * areas of Nghị quyết 76/NQ-CP, and is dated no later than its due day
 * (the 20th of the period's last month). The đề cương is a practice
 * template, not a requirement of Nghị định 30/2020 (PL I II.6.c lets the
 * body be arranged freely), and its headings are unverified: the rule
 * gives hints (`info`), and the `outline` option replaces the outline.
 */
import {
  CCHC_REPORT_OUTLINE,
  cchcReportSchedule,
  readCchcReportPeriod,
  type CchcReportOutlinePart,
  type Section
} from "@cchc/core"
import { describeDocumentDate, displayDate, documentDateRange } from "../internal/document-date.js"
import { perObject } from "../internal/per-object.js"
import { looseKey } from "../internal/text.js"
import { defineRule } from "../rule.js"

interface Options {
  /** The đề cương: parts, each with phrases any of which in a heading counts, and sub-parts. */
  readonly outline: ReadonlyArray<CchcReportOutlinePart>
  /** Whether a report dated after its due day is reported. */
  readonly checkDueDate: boolean
}

// Every heading of the body, as a padded loose key.
const headingKeys = (sections: ReadonlyArray<Section>): Array<string> => {
  const out: Array<string> = []
  const walk = (list: ReadonlyArray<Section>) => {
    for (const s of list) {
      if ((s.style !== "dash" && s.style !== "plus") || s.heading.length <= 80)
        out.push(` ${looseKey(s.heading)} `)
      walk(s.children)
    }
  }
  walk(sections)
  return out
}

// The phrases of an outline are the same arrays for every document.
const needlesOf = perObject((phrases: ReadonlyArray<string>): ReadonlyArray<string> =>
  phrases.map((p) => ` ${looseKey(p)} `)
)

const hasPhrase = (keys: ReadonlyArray<string>, phrases: ReadonlyArray<string>): boolean =>
  needlesOf(phrases).some((needle) => keys.some((k) => k.includes(needle)))

const partSchema = (depth: number): Record<string, unknown> => ({
  type: "object",
  required: ["id", "label", "anyOf"],
  additionalProperties: false,
  properties: {
    id: { type: "string" },
    label: { type: "string" },
    anyOf: { type: "array", items: { type: "string" }, minItems: 1 },
    ...(depth > 0 ? { children: { type: "array", items: partSchema(depth - 1) } } : {})
  }
})

export default defineRule<Options>({
  meta: {
    id: "cchc-report",
    description:
      "A periodic CCHC report (quý I, 6 tháng, quý III, năm) follows the đề cương of Văn bản 581/BNV-CCHC (configurable), covers the six areas of Nghị quyết 76/NQ-CP and is dated by its due day (hints).",
    category: "content",
    appliesTo: ["BC"],
    regimes: ["state"],
    source:
      "practice: Văn bản 581/BNV-CCHC (periods, due dates, đề cương; headings unverified); Nghị quyết 76/NQ-CP (six areas)",
    presets: { recommended: "info" },
    fixable: "none",
    messages: {
      partMissing: {
        vi: 'Theo đề cương báo cáo định kỳ công tác cải cách hành chính (Văn bản 581/BNV-CCHC, hoặc đề cương được cấu hình), báo cáo chưa có phần "{label}". Đây là mẫu thực tiễn, không phải yêu cầu của Nghị định 30/2020.',
        en: 'The outline of the periodic CCHC report (Văn bản 581/BNV-CCHC, or the configured outline) has a part "{label}" that this report lacks. This is a practice template, not a requirement of Decree 30/2020.'
      },
      areaMissing: {
        vi: 'Báo cáo định kỳ công tác cải cách hành chính chưa có mục về "{label}" (một trong các nội dung của phần "{parent}" theo đề cương).',
        en: 'The periodic CCHC report has no heading on "{label}" (one of the contents of the "{parent}" part of the outline).'
      },
      afterDueDate: {
        vi: "Báo cáo {period} năm {year} có hạn gửi ngày {due} (Văn bản 581/BNV-CCHC; số liệu từ ngày {dataFrom} đến ngày {dataTo}): văn bản ngày {date} đã quá hạn.",
        en: "The {period} {year} report is due on {due} (Văn bản 581/BNV-CCHC; data from {dataFrom} to {dataTo}): this one is dated {date}, after the due day."
      }
    },
    defaultOptions: { outline: CCHC_REPORT_OUTLINE, checkDueDate: true },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        outline: { type: "array", items: partSchema(2) },
        checkDueDate: { type: "boolean" }
      }
    },
    examples: {
      valid: [
        "Số: 05/BC-UBND\nBa Bích, ngày 15 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả công tác cải cách hành chính quý I năm 2026\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\nNội dung.\nII. KẾT QUẢ THỰC HIỆN\n1. Cải cách thể chế\nNội dung.\n2. Cải cách thủ tục hành chính\nNội dung.\n3. Cải cách tổ chức bộ máy hành chính nhà nước\nNội dung.\n4. Cải cách chế độ công vụ\nNội dung.\n5. Cải cách tài chính công\nNội dung.\n6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số\nNội dung.\nIII. ĐÁNH GIÁ CHUNG\nNội dung.\nIV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II\nNội dung.\nV. KIẾN NGHỊ, ĐỀ XUẤT\nNội dung./."
      ],
      invalid: [
        "Số: 05/BC-UBND\nBa Bích, ngày 25 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả công tác cải cách hành chính quý I năm 2026\n\nI. KẾT QUẢ THỰC HIỆN\nNội dung.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II\nNội dung./."
      ]
    }
  },
  check: (context) => {
    const { document, options } = context
    const summary = document.title?.summary
    const period = summary == null ? null : readCchcReportPeriod(summary)
    if (period === null)
      return {
        skip: "not-applicable",
        reason: "not a periodic CCHC report (quý I, 6 tháng, quý III or năm in the trích yếu)"
      }
    const span = document.title!.span
    const headings = headingKeys(document.sections)
    if (headings.length > 0) {
      for (const part of options.outline) {
        if (!hasPhrase(headings, part.anyOf)) {
          context.report({ messageId: "partMissing", span, data: { label: part.label } })
          continue
        }
        for (const child of part.children ?? []) {
          if (hasPhrase(headings, child.anyOf)) continue
          context.report({ messageId: "areaMissing", span, data: { label: child.label, parent: part.label } })
        }
      }
    }
    if (!options.checkDueDate) return
    const range = documentDateRange(document)
    const year = period.year ?? document.placeDate?.year ?? null
    if (range === null || year === null) return
    const schedule = cchcReportSchedule(period.id, year)
    // With a blank day, only a month wholly after the due day counts.
    if (range.earliest <= schedule.due) return
    context.report({
      messageId: "afterDueDate",
      span: document.placeDate!.span,
      data: {
        period: schedule.period.name,
        year: String(year),
        due: displayDate(schedule.due),
        dataFrom: displayDate(schedule.dataFrom),
        dataTo: displayDate(schedule.dataTo),
        date: describeDocumentDate(document, range)
      }
    })
  }
})
