import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { arbitraryPlaceDateLine } from "../testing/arbitraries.js"
import { isoDate, parsePlaceDate } from "./place-date.js"

describe("place-date", () => {
  test("reads the Decree-30 examples", () => {
    expect(parsePlaceDate("Hà Nội, ngày 05 tháng 01 năm 2020")).toMatchObject({
      place: "Hà Nội",
      day: 5,
      month: 1,
      year: 2020,
      dayText: "05",
      monthText: "01"
    })
    expect(parsePlaceDate("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")).toMatchObject({
      day: 29,
      month: 6
    })
  })

  test("a blank day is null, the rest is kept", () => {
    expect(parsePlaceDate("Ba Bích, ngày tháng 03 năm 2024")).toMatchObject({
      place: "Ba Bích",
      day: null,
      month: 3,
      monthText: "03",
      year: 2024
    })
    expect(parsePlaceDate("Hà Nội, ngày … tháng … năm 2025")).toMatchObject({
      day: null,
      month: null,
      year: 2025
    })
  })

  test("a sentence with a date is not a place-date line", () => {
    expect(parsePlaceDate("Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021")).toBeNull()
    expect(parsePlaceDate("Hôm nay trời đẹp.")).toBeNull()
  })

  test("isoDate checks the calendar", () => {
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29")
    expect(isoDate(2023, 2, 29)).toBeNull()
    expect(isoDate(2023, 13, 1)).toBeNull()
  })

  test("property: generated lines parse back to their parts", () => {
    fc.assert(
      fc.property(arbitraryPlaceDateLine, (line) => {
        expect(parsePlaceDate(line.text)).toMatchObject({
          place: line.place,
          day: line.day,
          month: line.month,
          year: line.year
        })
      }),
      { numRuns: 300 }
    )
  })
})
