import { describe, expect, test } from "vitest"
import { findBreakdowns, scanMetrics } from "./metrics.js"
import { parseVietnameseNumber } from "./vietnamese-number.js"
import * as fc from "fast-check"

const metrics = (text: string) => scanMetrics(text).map((m) => m.metric)

describe("metrics", () => {
  test("Vietnamese numerals", () => {
    expect(parseVietnameseNumber("3.250")).toBe(3250)
    expect(parseVietnameseNumber("1,5")).toBe(1.5)
    expect(parseVietnameseNumber("03")).toBe(3)
    expect(parseVietnameseNumber("6000")).toBe(6000)
    expect(parseVietnameseNumber("3.25")).toBeNull()
  })

  test("property: grouped thousands round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
        expect(parseVietnameseNumber(grouped)).toBe(n)
      })
    )
  })

  test("units, qualifiers, ranges and rates", () => {
    expect(metrics("thực hiện trên 30 tin, bài phản ánh")[0]).toMatchObject({
      value: 30,
      qualifier: "over",
      unit: "tin, bài"
    })
    expect(metrics("với gần 6000 lượt")[0]).toMatchObject({ value: 6000, qualifier: "about", unit: "lượt" })
    expect(metrics("250m² pano")[0]).toMatchObject({ value: 250, unit: "m²" })
    expect(metrics("(15 phút/chương trình)")[0]).toMatchObject({
      value: 15,
      unit: "phút",
      per: "chương trình"
    })
    expect(metrics("mỗi tháng 01 chương trình/10-15 phút")[0]).toMatchObject({ value: 1, per: "10-15 phút" })
    expect(metrics("phát 10-15 phút mỗi ngày")[0]).toMatchObject({ value: 10, upper: 15, unit: "phút" })
    expect(metrics("đăng tải 3.250 tin, bài")[0]).toMatchObject({ value: 3250 })
  })

  test("years, dates, levels and ordinals are not metrics", () => {
    expect(
      metrics("năm 2020, ngày 03/8/2020, mức độ 3, lần thứ 5, Covid-19, giai đoạn 2021-2030, ISO 9001:2015")
    ).toEqual([])
  })

  test("a total and its parts", () => {
    const text =
      "tiếp nhận 18 hồ sơ đúng thời hạn, (trong đó 11 hồ sơ trả trước hạn; 07 hồ sơ rút). Hiện tại, 01 công chức"
    const found = scanMetrics(text)
    expect(findBreakdowns(text, found)).toEqual([expect.objectContaining({ total: 0, parts: [1, 2] })])
  })
})
