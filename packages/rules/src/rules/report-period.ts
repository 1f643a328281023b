/**
 * `report-period`: the period in a report's title (`quý I năm 2024`, `6
 * tháng đầu năm`, `năm 2020`) agrees with the date of the report: not
 * before the end of the period draws near, not long after it.
 */
import { shiftIsoDay as shift } from "../internal/calendar.js"
import { describeDocumentDate, displayDate, documentDateRange } from "../internal/document-date.js"
import { readReportPeriod } from "../internal/report-period.js"
import { defineRule } from "../rule.js"

interface Options {
  /** How many days before the period ends a report may be dated (data are often cut off early). */
  readonly leadDays: number
  /** How many days after the period ends a report may still be dated. */
  readonly graceDays: number
}

export default defineRule<Options>({
  meta: {
    id: "report-period",
    description: "The period named in a report's title agrees with the report's date.",
    category: "content",
    appliesTo: ["BC"],
    regimes: ["state"],
    source: "practice (periodic CCHC reports: quý, 6 tháng, năm)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      tooEarly: {
        vi: "Báo cáo {period} nhưng ngày ban hành ({date}) quá sớm so với kỳ báo cáo ({from} – {to}): kiểm tra lại kỳ báo cáo hoặc ngày tháng.",
        en: "The report covers {period} but is dated {date}, too early for the period {from} – {to}: check the period or the date."
      },
      tooLate: {
        vi: "Báo cáo {period} nhưng ngày ban hành ({date}) quá muộn so với kỳ báo cáo ({from} – {to}): kiểm tra lại kỳ báo cáo hoặc ngày tháng.",
        en: "The report covers {period} but is dated {date}, long after the period {from} – {to}: check the period or the date."
      }
    },
    defaultOptions: { leadDays: 75, graceDays: 120 },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        leadDays: { type: "integer", minimum: 0, maximum: 366 },
        graceDays: { type: "integer", minimum: 0, maximum: 731 }
      }
    },
    examples: {
      valid: [
        "Số: 05/BC-UBND\nBa Bích, ngày 15 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024"
      ],
      invalid: [
        "Số: 05/BC-UBND\nBa Bích, ngày 15 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý III năm 2024"
      ]
    }
  },
  check: (context) => {
    const { document, options } = context
    const summary = document.title?.summary
    if (summary === null || summary === undefined)
      return { skip: "not-evaluable", reason: "the report has no title summary" }
    const range = documentDateRange(document)
    const period = readReportPeriod(summary, document.placeDate?.year ?? null)
    if (period === null) return { skip: "not-applicable", reason: "the title names no reporting period" }
    if (range === null) return { skip: "not-evaluable", reason: "the report has no readable date" }
    const earliest = shift(period.to, -options.leadDays)
    const latest = shift(period.to, options.graceDays)
    const span = document.title!.summarySpan ?? document.title!.span
    const data = {
      period: period.text,
      from: displayDate(period.from),
      to: displayDate(period.to),
      date: describeDocumentDate(document, range)
    }
    // With a blank day, judge the most favourable day of the month.
    if (range.latest < earliest) context.report({ messageId: "tooEarly", span, data })
    else if (range.earliest > latest) context.report({ messageId: "tooLate", span, data })
  }
})
