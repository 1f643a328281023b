import { describe, expect, test } from "vitest"
import { checkDateParts, toDateParts } from "./date-parts.js"
import { formatDay, formatLongDate, formatMonth, formatShortDate } from "./format-date.js"
import { formatPlaceDate } from "./format-place-date.js"

describe("formatPlaceDate", () => {
  test("pads the day and months 1 and 2, and no other month (the decree's examples)", () => {
    expect(formatPlaceDate("Hà Nội", "2020-01-05")).toBe("Hà Nội, ngày 05 tháng 01 năm 2020")
    expect(formatPlaceDate("Thành phố Hồ Chí Minh", { day: 29, month: 6, year: 2019 })).toBe(
      "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    )
    expect(formatPlaceDate("Ba Bích", "2024-03-09")).toBe("Ba Bích, ngày 09 tháng 3 năm 2024")
    expect(formatPlaceDate("Ba Bích", "2024-02-10")).toBe("Ba Bích, ngày 10 tháng 02 năm 2024")
    expect(formatPlaceDate("Ba Bích", "2024-12-31")).toBe("Ba Bích, ngày 31 tháng 12 năm 2024")
  })

  test("reads a Date in Vietnam time", () => {
    // 20:00 UTC on the 4th is 03:00 on the 5th in Hà Nội.
    expect(formatPlaceDate("Hà Nội", new Date("2020-01-04T20:00:00Z"))).toBe(
      "Hà Nội, ngày 05 tháng 01 năm 2020"
    )
    expect(formatPlaceDate("Hà Nội", new Date("2020-01-04T20:00:00Z"), { timeZone: "UTC" })).toBe(
      "Hà Nội, ngày 04 tháng 01 năm 2020"
    )
    expect(formatPlaceDate("Hà Nội", "2021-07-14T18:30:00+00:00")).toBe("Hà Nội, ngày 15 tháng 7 năm 2021")
  })

  test("prints a blank draft date", () => {
    expect(formatPlaceDate("Ba Bích", null)).toBe("Ba Bích, ngày … tháng … năm …")
    expect(formatPlaceDate("Ba Bích", { day: null, month: 3, year: 2024 })).toBe(
      "Ba Bích, ngày … tháng 3 năm 2024"
    )
    expect(formatPlaceDate("Ba Bích", { day: null, month: null, year: 2024 }, { blank: "    " })).toBe(
      "Ba Bích, ngày      tháng      năm 2024"
    )
  })

  test("cleans the place and refuses what is not a date", () => {
    expect(formatPlaceDate("  Hà   Nội, ", "2020-01-05")).toBe("Hà Nội, ngày 05 tháng 01 năm 2020")
    expect(() => formatPlaceDate("", "2020-01-05")).toThrow(RangeError)
    expect(() => formatPlaceDate("Hà Nội", "2023-02-29")).toThrow("no day 29 in month 2 of 2023")
    expect(() => formatPlaceDate("Hà Nội", "05/01/2020")).toThrow(RangeError)
    expect(() => formatPlaceDate("Hà Nội", new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe("dates", () => {
  test("day and month", () => {
    expect([1, 9, 10, 31].map(formatDay)).toEqual(["01", "09", "10", "31"])
    expect([1, 2, 3, 9, 10, 12].map(formatMonth)).toEqual(["01", "02", "3", "9", "10", "12"])
  })

  test("long and short forms", () => {
    expect(formatLongDate("2015-06-19")).toBe("ngày 19 tháng 6 năm 2015")
    expect(formatShortDate("2021-07-15")).toBe("15/7/2021")
    expect(formatShortDate({ day: 8, month: 4, year: 2020 })).toBe("08/4/2020")
    expect(formatShortDate("2020-01-05")).toBe("05/01/2020")
    expect(() => formatShortDate({ day: null, month: 4, year: 2020 })).toThrow(RangeError)
  })

  test("date parts are checked against the calendar", () => {
    expect(checkDateParts({ day: 29, month: 2, year: 2024 })).toBeNull()
    expect(checkDateParts({ day: 31, month: 4, year: null })).toBe("no day 31 in month 4")
    expect(checkDateParts({ day: 0, month: 4, year: 2024 })).toBe("day 0 is not 1–31")
    expect(checkDateParts({ day: 1, month: 13, year: 2024 })).toBe("month 13 is not 1–12")
    expect(checkDateParts({ day: 1, month: 1, year: 24 })).toBe("year 24 is not a 4-digit year")
    expect(toDateParts("2021-07-15")).toEqual({ day: 15, month: 7, year: 2021 })
  })
})
