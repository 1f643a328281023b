import { describe, expect, test } from "vitest"
import {
  CCHC_REPORT_OUTLINE,
  CCHC_REPORT_PERIODS,
  cchcReportSchedule,
  readCchcReportPeriod
} from "./cchc-report-profile.js"

describe("CCHC_REPORT_PERIODS and cchcReportSchedule", () => {
  test("four periods, each due on the 20th of its last month", () => {
    expect(CCHC_REPORT_PERIODS.map((p) => p.id)).toEqual(["quarter-1", "half-year", "quarter-3", "year"])
    for (const p of CCHC_REPORT_PERIODS) expect(p.dueDay).toBe(20)
  })

  test.each([
    ["quarter-1", "2026-01-01", "2026-03-31", "2025-12-15", "2026-03-14", "2026-03-20"],
    ["half-year", "2026-01-01", "2026-06-30", "2025-12-15", "2026-06-14", "2026-06-20"],
    ["quarter-3", "2026-07-01", "2026-09-30", "2026-06-15", "2026-09-14", "2026-09-20"],
    ["year", "2026-01-01", "2026-12-31", "2025-12-15", "2026-12-14", "2026-12-20"]
  ] as const)("%s of 2026", (id, from, to, dataFrom, dataTo, due) => {
    expect(cchcReportSchedule(id, 2026)).toMatchObject({ from, to, dataFrom, dataTo, due })
  })
})

describe("readCchcReportPeriod", () => {
  test.each([
    ["Kết quả công tác cải cách hành chính quý I năm 2026", "quarter-1", 2026],
    ["Công tác CCHC quý 1 năm 2026", "quarter-1", 2026],
    ["Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026", "half-year", 2026],
    ["Tình hình thực hiện công tác cải cách hành chính quý III", "quarter-3", null],
    [
      "Kết quả thực hiện công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026",
      "year",
      2025
    ],
    ["KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025", "year", 2025]
  ])("%s → %s %s", (summary, id, year) => {
    expect(readCchcReportPeriod(summary)).toEqual({ id, year })
  })

  test.each([
    ["Kết quả công tác cải cách hành chính quý II năm 2026"],
    ["Kết quả công tác cải cách hành chính quý IV năm 2026"],
    ["Kết quả công tác cải cách hành chính 9 tháng đầu năm 2026"],
    ["Kết quả công tác cải cách hành chính tháng 5 năm 2026"],
    ["Công tác tuyên truyền cải cách hành chính quý I năm 2024"],
    ["Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025"],
    ["Kết quả kiểm tra công tác cải cách hành chính năm 2025"],
    ["Kết quả thẩm định dự thảo Nghị quyết năm 2026"],
    ["Kết quả công tác cải cách hành chính"]
  ])("%s → null", (summary) => {
    expect(readCchcReportPeriod(summary)).toBeNull()
  })
})

describe("CCHC_REPORT_OUTLINE", () => {
  test("five parts; the results part holds the six NQ 76 areas", () => {
    expect(CCHC_REPORT_OUTLINE.map((p) => p.id)).toEqual([
      "direction",
      "results",
      "assessment",
      "tasks",
      "proposals"
    ])
    expect(CCHC_REPORT_OUTLINE.find((p) => p.id === "results")?.children?.map((c) => c.id)).toEqual([
      "institutions",
      "administrative-procedures",
      "organisation",
      "civil-service",
      "public-finance",
      "digital-government"
    ])
    for (const p of CCHC_REPORT_OUTLINE) expect(p.anyOf.length, p.id).toBeGreaterThan(0)
  })
})
