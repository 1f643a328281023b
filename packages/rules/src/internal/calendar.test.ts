import { addDays } from "date-fns/addDays"
import { format } from "date-fns/format"
import { lastDayOfMonth } from "date-fns/lastDayOfMonth"
import { parseISO } from "date-fns/parseISO"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { isoDay, lastIsoDayOfMonth, shiftIsoDay } from "./calendar.js"

// date-fns on local dates is the reference the rules used before.
const year = fc.integer({ min: 1000, max: 9999 })
const month = fc.integer({ min: 1, max: 12 })
const day = fc.integer({ min: -40, max: 70 })

describe("calendar days", () => {
  test("isoDay rolls over like new Date(year, month - 1, day)", () => {
    fc.assert(
      fc.property(year, month, day, (y, m, d) => {
        expect(isoDay(y, m, d)).toBe(format(new Date(y, m - 1, d), "yyyy-MM-dd"))
      })
    )
  })

  test("lastIsoDayOfMonth is the last day of the month", () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        expect(lastIsoDayOfMonth(y, m)).toBe(format(lastDayOfMonth(new Date(y, m - 1, 1)), "yyyy-MM-dd"))
      })
    )
    expect(lastIsoDayOfMonth(2024, 2)).toBe("2024-02-29")
    expect(lastIsoDayOfMonth(2100, 2)).toBe("2100-02-28")
  })

  test("shiftIsoDay adds days across months and years", () => {
    fc.assert(
      fc.property(
        year,
        month,
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -800, max: 800 }),
        (y, m, d, n) => {
          const iso = isoDay(y, m, d)
          expect(shiftIsoDay(iso, n)).toBe(format(addDays(parseISO(iso), n), "yyyy-MM-dd"))
        }
      )
    )
    expect(shiftIsoDay("2024-12-25", 10)).toBe("2025-01-04")
  })
})
