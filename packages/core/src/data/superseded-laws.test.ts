import { describe, expect, test } from "vitest"
import { REPLACED_LAWS, replacedLawOn } from "./superseded-laws.js"

describe("REPLACED_LAWS", () => {
  test("every row has a source, ISO dates and a replacement after it", () => {
    for (const law of REPLACED_LAWS) {
      expect(law.source, law.name).not.toBe("")
      for (const d of [law.passed, law.replacedByPassed, law.from]) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(law.replacedByPassed > law.passed, law.name).toBe(true)
      expect(law.from >= law.replacedByPassed, law.name).toBe(true)
      if (/\[(?:secondary|unverified)\]/.test(law.source)) expect(law.unverified, law.name).toBe(true)
    }
  })

  test("the rows of rule-pack corrections f.2", () => {
    const row = (name: string, passed: string) =>
      REPLACED_LAWS.find((l) => l.name === name && l.passed === passed)
    expect(row("Tổ chức chính quyền địa phương", "2015-06-19")).toMatchObject({ replacedBy: "72/2025/QH15" })
    expect(row("Tổ chức chính quyền địa phương", "2025-02-19")).toMatchObject({
      replacedBy: "72/2025/QH15",
      unverified: true
    })
    expect(row("Tổ chức Chính phủ", "2015-06-19")).toMatchObject({
      replacedBy: "63/2025/QH15",
      unverified: true
    })
    expect(row("Ban hành văn bản quy phạm pháp luật", "2015-06-22")).toMatchObject({
      replacedBy: "64/2025/QH15",
      from: "2025-04-01"
    })
  })
})

describe("replacedLawOn", () => {
  test.each([
    ["Tổ chức chính quyền địa phương", "2015-06-19", "2025-07-01", "72/2025/QH15"],
    ["TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG", "2015-06-19", "2026-01-20", "72/2025/QH15"],
    ["Tổ chức chính quyền địa phương", "2025-02-19", "2025-09-01", "72/2025/QH15"],
    ["Tổ chức Chính phủ", "2015-06-19", "2025-03-01", "63/2025/QH15"],
    ["Ban hành văn bản quy phạm pháp luật", "2015-06-22", "2025-04-01", "64/2025/QH15"]
  ])("%s of %s on %s → %s", (name, passed, on, replacedBy) => {
    expect(replacedLawOn(name, passed, on)?.replacedBy).toBe(replacedBy)
  })

  test.each([
    ["Tổ chức chính quyền địa phương", "2015-06-19", "2025-06-30"],
    ["Tổ chức chính quyền địa phương", "2025-06-16", "2026-01-20"],
    ["Tổ chức Chính phủ", "2025-02-18", "2026-01-20"],
    ["Kế toán", "2015-11-20", "2026-01-20"],
    ["Tổ chức chính quyền địa phương", "2015-06-19", "20/01/2026"]
  ])("%s of %s on %s → null", (name, passed, on) => {
    expect(replacedLawOn(name, passed, on)).toBeNull()
  })
})
