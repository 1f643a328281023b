import { describe, expect, test } from "vitest"
import { lint } from "./lint.js"

const APPENDIX =
  "PHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2026 của UBND tỉnh)\n\n1. Rà soát thủ tục hành chính.\n2. Số hóa hồ sơ tại Bộ Công An."

describe("rules on document parts", () => {
  test("an appendix gets no head or foot finding, and the reason is listed", () => {
    const result = lint(APPENDIX, { today: "2026-06-01" })
    const ids = new Set(result.diagnostics.map((d) => d.ruleId))
    for (const id of ["national-header", "document-number", "place-date", "recipients", "end-mark"])
      expect(ids.has(id)).toBe(false)
    const skip = result.skipped.find((s) => s.ruleId === "place-date")
    expect(skip).toMatchObject({ skip: "not-applicable" })
    expect(skip?.reason).toContain("appendix")
  })

  test("the language rules still run on it", () => {
    const result = lint(APPENDIX, { today: "2026-06-01" })
    expect(result.diagnostics.map((d) => d.ruleId)).toContain("name-capitalization")
  })
})
