import { describe, expect, test } from "vitest"
import { SUPERSEDED_INSTRUMENTS, supersededOn } from "./superseded.js"

describe("SUPERSEDED_INSTRUMENTS", () => {
  test("every row has a source, an ISO date and a distinct number", () => {
    expect(new Set(SUPERSEDED_INSTRUMENTS.map((s) => s.number)).size).toBe(SUPERSEDED_INSTRUMENTS.length)
    for (const s of SUPERSEDED_INSTRUMENTS) {
      expect(s.source, s.number).not.toBe("")
      if (s.from !== null) expect(s.from, s.number).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (s.issued !== null) expect(s.issued, s.number).toMatch(/^\d{4}(?:-\d{2}-\d{2})?$/)
      expect(s.replacedBy, s.number).not.toBe(s.number)
      expect(s.replacedBy === null, s.number).toBe(s.how === "ended")
      // A row whose basis the corrections file marks secondary or unverified says so.
      if (/\[(?:secondary|unverified)\]/.test(s.source)) expect(s.unverified, s.number).toBe(true)
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

  test("the 2025 replacements (rule-pack corrections f.1)", () => {
    const row = (n: string) => SUPERSEDED_INSTRUMENTS.find((s) => s.number === n)
    expect(row("61/2018/NĐ-CP")).toMatchObject({
      replacedBy: "118/2025/NĐ-CP",
      from: "2025-07-01",
      unverified: true
    })
    expect(row("107/2021/NĐ-CP")).toMatchObject({ replacedBy: "118/2025/NĐ-CP", from: "2025-07-01" })
    expect(row("34/2016/NĐ-CP")).toMatchObject({
      replacedBy: "78/2025/NĐ-CP",
      from: "2025-04-01",
      unverified: true
    })
    expect(row("154/2020/NĐ-CP")).toMatchObject({ replacedBy: "78/2025/NĐ-CP", from: "2025-04-01" })
    expect(row("1149/QĐ-BNV")).toMatchObject({
      replacedBy: "876/QĐ-BNV",
      from: "2022-11-10",
      issued: "2020-12-30"
    })
    expect(row("45/2025/NĐ-CP")).toMatchObject({ replacedBy: "150/2025/NĐ-CP", from: null, unverified: true })
    expect(row("2640/QĐ-BNV")).toMatchObject({ replacedBy: null, how: "ended" })
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

  test("a number without a year matches only its own date or year", () => {
    expect(supersededOn("1149/QĐ-BNV", "2023-01-05", "2020-12-30")?.replacedBy).toBe("876/QĐ-BNV")
    expect(supersededOn("1149/QĐ-BNV", "2023-01-05", null)?.replacedBy).toBe("876/QĐ-BNV")
    expect(supersededOn("1149/QĐ-BNV", "2024-01-05", "2023-11-15")).toBeNull()
    expect(supersededOn("2640/QĐ-BNV", "2022-01-05", "2017-10-10")?.how).toBe("ended")
    expect(supersededOn("2640/QĐ-BNV", "2022-01-05", "2021-03-10")).toBeNull()
    // A number with a year is unique: the cited date does not matter.
    expect(supersededOn("61/2018/NĐ-CP", "2025-08-01", "2018-04-23")?.replacedBy).toBe("118/2025/NĐ-CP")
  })

  test("a row with no known day of replacement never matches", () => {
    expect(supersededOn("45/2025/NĐ-CP", "2026-06-01")).toBeNull()
  })
})
