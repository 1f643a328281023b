import { describe, expect, test } from "vitest"
import { SUPERSEDED_INSTRUMENTS, supersededOn } from "./superseded.js"

describe("SUPERSEDED_INSTRUMENTS", () => {
  test("every row has a source, an ISO date and a distinct number", () => {
    expect(new Set(SUPERSEDED_INSTRUMENTS.map((s) => s.number)).size).toBe(SUPERSEDED_INSTRUMENTS.length)
    for (const s of SUPERSEDED_INSTRUMENTS) {
      expect(s.source, s.number).not.toBe("")
      expect(s.from, s.number).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(s.replacedBy, s.number).not.toBe(s.number)
    }
  })

  test("the rows the brief asks for", () => {
    const row = (n: string) => SUPERSEDED_INSTRUMENTS.find((s) => s.number === n)
    expect(row("30c/NQ-CP")).toMatchObject({ replacedBy: "76/NQ-CP", from: "2021-07-15" })
    expect(row("09/2015/QĐ-TTg")).toMatchObject({ replacedBy: "61/2018/NĐ-CP", from: "2018-06-21" })
    expect(row("110/2004/NĐ-CP")).toMatchObject({ replacedBy: "30/2020/NĐ-CP", from: "2020-03-05" })
    expect(row("09/2010/NĐ-CP")).toMatchObject({ replacedBy: "30/2020/NĐ-CP", from: "2020-03-05" })
    expect(row("01/2011/TT-BNV")).toMatchObject({ replacedBy: "30/2020/NĐ-CP", from: "2020-03-05" })
  })

  test("instruments still in force are not listed", () => {
    // NĐ 63/2010 (kiểm soát TTHC) was amended, not replaced.
    expect(SUPERSEDED_INSTRUMENTS.find((s) => s.number === "63/2010/NĐ-CP")).toBeUndefined()
    expect(SUPERSEDED_INSTRUMENTS.find((s) => s.number === "30/2020/NĐ-CP")).toBeUndefined()
  })
})

describe("supersededOn", () => {
  test.each([
    ["30c/NQ-CP", "2021-07-15", "76/NQ-CP"],
    ["30c/NQ-CP", "2024-03-01", "76/NQ-CP"],
    ["30C/NQ-CP", "2024-03-01", "76/NQ-CP"],
    ["09/2015/QĐ-TTg", "2020-11-30", "61/2018/NĐ-CP"],
    ["09/2015/QD-TTG", "2020-11-30", "61/2018/NĐ-CP"],
    ["110/2004/NĐ-CP", "2020-03-05", "30/2020/NĐ-CP"],
    ["Số: 01/2011/TT-BNV", "2022-01-01", "30/2020/NĐ-CP"],
    [" 09/2010/NĐ-CP ", "2021-01-01", "30/2020/NĐ-CP"]
  ])("%s on %s → %s", (number, date, replacedBy) => {
    expect(supersededOn(number, date)?.replacedBy).toBe(replacedBy)
  })

  test.each([
    ["30c/NQ-CP", "2021-07-14"],
    ["30c/NQ-CP", "2019-05-01"],
    ["09/2015/QĐ-TTg", "2018-06-20"],
    ["110/2004/NĐ-CP", "2020-03-04"],
    ["76/NQ-CP", "2024-01-01"],
    ["63/2010/NĐ-CP", "2024-01-01"],
    ["30/NQ-CP", "2024-01-01"],
    ["30c/NQ-CP", "15/07/2021"],
    ["", "2024-01-01"]
  ])("%s on %s → null", (number, date) => {
    expect(supersededOn(number, date)).toBeNull()
  })
})
