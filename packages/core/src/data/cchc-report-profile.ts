/**
 * The periodic CCHC report (báo cáo định kỳ công tác cải cách hành chính)
 * as a profile: its four reporting periods with their data cut-offs and
 * due dates, and its outline (đề cương) as data that a configuration can
 * replace. Source: Văn bản 581/BNV-CCHC of the Bộ Nội vụ, as a page of the
 * Sở Nội vụ Nam Định gives it (rule-pack corrections h.6): 02 đề cương and
 * 02 phụ lục số liệu. The period calendar is from that page; the exact
 * headings of the đề cương are **[unverified]** (not taken from the text
 * of 581/BNV-CCHC itself).
 *
 * @since 0.1.0
 */
import { CCHC_AREAS } from "./cchc-areas.js"

/**
 * The id of a reporting period: quý I, 6 tháng, quý III, năm.
 *
 * @since 0.1.0
 * @category reference data
 */
export type CchcReportPeriodId = "quarter-1" | "half-year" | "quarter-3" | "year"

/**
 * One reporting period: `lastMonth` is the last month of the period (the
 * report is due on `dueDay` of it); the data run from `dataFrom` (day and
 * month, in the previous year when `dataFromPreviousYear`) to `dataTo`.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface CchcReportPeriod {
  readonly id: CchcReportPeriodId
  readonly name: string
  readonly firstMonth: number
  readonly lastMonth: number
  readonly dueDay: number
  readonly dataFrom: { readonly day: number; readonly month: number }
  readonly dataFromPreviousYear: boolean
  readonly dataTo: { readonly day: number; readonly month: number }
}

/**
 * The four periods of Văn bản 581/BNV-CCHC: due on the 20th of the
 * period's last month; data cut off 15/12–14/3, 15/12–14/6, 15/6–14/9 and
 * 15/12–14/12, as the guidance gives them.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { CCHC_REPORT_PERIODS } from "@cchc/core"
 * CCHC_REPORT_PERIODS.map((p) => p.name) // ["quý I", "6 tháng", "quý III", "năm"]
 * ```
 */
export const CCHC_REPORT_PERIODS: ReadonlyArray<CchcReportPeriod> = [
  {
    id: "quarter-1",
    name: "quý I",
    firstMonth: 1,
    lastMonth: 3,
    dueDay: 20,
    dataFrom: { day: 15, month: 12 },
    dataFromPreviousYear: true,
    dataTo: { day: 14, month: 3 }
  },
  {
    id: "half-year",
    name: "6 tháng",
    firstMonth: 1,
    lastMonth: 6,
    dueDay: 20,
    dataFrom: { day: 15, month: 12 },
    dataFromPreviousYear: true,
    dataTo: { day: 14, month: 6 }
  },
  {
    id: "quarter-3",
    name: "quý III",
    firstMonth: 7,
    lastMonth: 9,
    dueDay: 20,
    dataFrom: { day: 15, month: 6 },
    dataFromPreviousYear: false,
    dataTo: { day: 14, month: 9 }
  },
  {
    id: "year",
    name: "năm",
    firstMonth: 1,
    lastMonth: 12,
    dueDay: 20,
    dataFrom: { day: 15, month: 12 },
    dataFromPreviousYear: true,
    dataTo: { day: 14, month: 12 }
  }
]

/**
 * The dates of one report: the period's calendar days, its data cut-off
 * and its due day, all `YYYY-MM-DD`.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface CchcReportSchedule {
  readonly period: CchcReportPeriod
  readonly year: number
  readonly from: string
  readonly to: string
  readonly dataFrom: string
  readonly dataTo: string
  readonly due: string
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`

const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The dates of the report of a period in a year.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { cchcReportSchedule } from "@cchc/core"
 * cchcReportSchedule("quarter-1", 2026)
 * // { …, from: "2026-01-01", to: "2026-03-31", dataFrom: "2025-12-15", dataTo: "2026-03-14", due: "2026-03-20" }
 * ```
 */
export function cchcReportSchedule(id: CchcReportPeriodId, year: number): CchcReportSchedule {
  const period = CCHC_REPORT_PERIODS.find((p) => p.id === id)!
  return {
    period,
    year,
    from: iso(year, period.firstMonth, 1),
    to: iso(year, period.lastMonth, lastDayOf(year, period.lastMonth)),
    dataFrom: iso(period.dataFromPreviousYear ? year - 1 : year, period.dataFrom.month, period.dataFrom.day),
    dataTo: iso(year, period.dataTo.month, period.dataTo.day),
    due: iso(year, period.lastMonth, period.dueDay)
  }
}

// The words of a trích yếu that make a report a periodic CCHC report: the
// work as a whole (`công tác`, `kết quả thực hiện`, `tình hình`) of CCHC,
// then one of the four periods; a report on one strand of it (tuyên
// truyền, kiểm tra) is not one. Fixed words and single spaces: nothing to
// backtrack over.
const SUBJECT_RE =
  /(?:công tác|kết quả(?: thực hiện)?(?: công tác)?|tình hình(?: thực hiện)?(?: công tác)?)[ ]+(?:cải cách hành chính|cchc(?![\p{L}\p{N}]))/iu
const STRAND_RE = /tuyên truyền|kiểm tra|thanh tra|khảo sát|tự đánh giá|chỉ số/iu
const QUARTER_RE = /(?<![\p{L}\p{N}])quý[ ]+(I{1,3}|IV|[1-4])(?![\p{L}\p{N}])/iu
const HALF_RE = /(?<![\p{L}\p{N}])(?:6|sáu)[ ]+tháng[ ]+đầu[ ]+năm(?![\p{L}\p{N}])/iu
const YEAR_RE = /(?<![\p{L}\p{N}])năm[ ]+(\d{4})(?!\d)/iu
// A report of nine months, of a month or of a quarter II / IV is no period of the profile.
const OTHER_PERIOD_RE = /(?<![\p{L}\p{N}])(?:9|chín)[ ]+tháng|(?<![\p{L}\p{N}])tháng[ ]+\d{1,2}(?!\d)/iu

/**
 * The period of a periodic CCHC report read from its trích yếu (`Kết quả
 * công tác cải cách hành chính quý I năm 2026`, `Báo cáo công tác CCHC 6
 * tháng đầu năm 2026`, `… năm 2025`), with its year when the trích yếu gives
 * one; `null` when the trích yếu is not about the CCHC work as a whole (a
 * report on its tuyên truyền, a kiểm tra, the PAR INDEX self-assessment)
 * or names no period of the profile (quý II, quý IV, 9 tháng, a month).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { readCchcReportPeriod } from "@cchc/core"
 * readCchcReportPeriod("Kết quả công tác cải cách hành chính quý I năm 2026") // { id: "quarter-1", year: 2026 }
 * readCchcReportPeriod("Công tác CCHC 6 tháng đầu năm") // { id: "half-year", year: null }
 * readCchcReportPeriod("Kết quả công tác cải cách hành chính năm 2025") // { id: "year", year: 2025 }
 * readCchcReportPeriod("Kết quả công tác cải cách hành chính quý II năm 2026") // null
 * readCchcReportPeriod("Công tác tuyên truyền cải cách hành chính quý I năm 2026") // null
 * readCchcReportPeriod("Kết quả thẩm định dự thảo Nghị quyết") // null
 * ```
 */
export function readCchcReportPeriod(
  summary: string
): { readonly id: CchcReportPeriodId; readonly year: number | null } | null {
  const text = summary.normalize("NFC")
  if (!SUBJECT_RE.test(text) || STRAND_RE.test(text)) return null
  const yearMatch = YEAR_RE.exec(text)
  const year = yearMatch === null ? null : Number(yearMatch[1])
  const quarter = QUARTER_RE.exec(text)
  if (quarter !== null) {
    const q = quarter[1]!.toUpperCase()
    if (q === "I" || q === "1") return { id: "quarter-1", year }
    if (q === "III" || q === "3") return { id: "quarter-3", year }
    return null
  }
  if (HALF_RE.test(text)) return { id: "half-year", year }
  if (OTHER_PERIOD_RE.test(text)) return null
  return yearMatch === null ? null : { id: "year", year }
}

/**
 * One part of the outline: `anyOf` are phrases (compared loosely, without
 * diacritics or punctuation) any of which in a heading counts; `children`
 * are parts that must have a heading of their own (the six areas under the
 * results).
 *
 * @since 0.1.0
 * @category reference data
 */
export interface CchcReportOutlinePart {
  readonly id: string
  readonly label: string
  readonly anyOf: ReadonlyArray<string>
  readonly children?: ReadonlyArray<CchcReportOutlinePart>
}

/**
 * The đề cương of the periodic CCHC report (Văn bản 581/BNV-CCHC, rule-pack
 * corrections h.6): I. công tác chỉ đạo, điều hành; II. kết quả on the six
 * areas of Nghị quyết 76/NQ-CP; III. đánh giá (ưu điểm, tồn tại, nguyên
 * nhân); IV. phương hướng; V. kiến nghị. The headings are **[unverified]**:
 * the phrases are loose, and a configuration can replace the outline (the
 * `outline` option of the `cchc-report` rule).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { CCHC_REPORT_OUTLINE } from "@cchc/core"
 * CCHC_REPORT_OUTLINE.map((p) => p.id) // ["direction", "results", "assessment", "tasks", "proposals"]
 * CCHC_REPORT_OUTLINE[1]?.children?.length // 6
 * ```
 */
export const CCHC_REPORT_OUTLINE: ReadonlyArray<CchcReportOutlinePart> = [
  {
    id: "direction",
    label: "công tác chỉ đạo, điều hành",
    anyOf: ["chi dao", "dieu hanh", "lanh dao"]
  },
  {
    id: "results",
    label: "kết quả thực hiện các nhiệm vụ cải cách hành chính",
    anyOf: ["ket qua", "tinh hinh thuc hien"],
    children: CCHC_AREAS.map((area) => ({ id: area.id, label: area.name, anyOf: area.cues }))
  },
  {
    id: "assessment",
    label: "đánh giá (ưu điểm, tồn tại, hạn chế và nguyên nhân)",
    anyOf: ["danh gia", "uu diem", "ton tai", "han che", "nguyen nhan"]
  },
  {
    id: "tasks",
    label: "phương hướng, nhiệm vụ",
    anyOf: [
      "phuong huong",
      "nhiem vu trong tam",
      "nhiem vu thoi gian toi",
      "nhiem vu ky toi",
      "nhiem vu tiep theo"
    ]
  },
  {
    id: "proposals",
    label: "kiến nghị, đề xuất",
    anyOf: ["kien nghi", "de xuat", "de nghi"]
  }
]
