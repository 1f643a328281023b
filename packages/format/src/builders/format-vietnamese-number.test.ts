import { describe, expect, test } from "vitest"
import { formatMetric, formatVietnameseNumber } from "./format-vietnamese-number.js"

describe("Vietnamese numerals", () => {
  test("dots between thousands, a comma before decimals", () => {
    expect(formatVietnameseNumber(3250)).toBe("3.250")
    expect(formatVietnameseNumber(12_630_000)).toBe("12.630.000")
    expect(formatVietnameseNumber(1.5)).toBe("1,5")
    expect(formatVietnameseNumber(98.567)).toBe("98,57")
    expect(formatVietnameseNumber(2, { fractionDigits: 1 })).toBe("2,0")
    expect(formatVietnameseNumber(-3250.25)).toBe("-3.250,25")
    expect(formatVietnameseNumber(999)).toBe("999")
    expect(formatVietnameseNumber(0)).toBe("0")
    expect(() => formatVietnameseNumber(Number.NaN)).toThrow(RangeError)
  })

  test("padding is an option", () => {
    expect(formatVietnameseNumber(3, { minimumDigits: 2 })).toBe("03")
    expect(formatVietnameseNumber(3)).toBe("3")
    expect(formatVietnameseNumber(12, { minimumDigits: 2 })).toBe("12")
  })

  test("metrics", () => {
    expect(formatMetric(250, "m²")).toBe("250 m²")
    expect(formatMetric(15, "phút", { per: "chương trình" })).toBe("15 phút/chương trình")
    expect(formatMetric(3, "bài", { pad: true })).toBe("03 bài")
    expect(formatMetric(3, "bài")).toBe("3 bài")
    expect(formatMetric(30, "tin, bài", { qualifier: "over" })).toBe("trên 30 tin, bài")
    expect(formatMetric(3250, "lượt người", { qualifier: "about" })).toBe("khoảng 3.250 lượt người")
    expect(formatMetric(10, "phút", { upper: 15 })).toBe("10-15 phút")
    expect(formatMetric(1.5, "ha")).toBe("1,5 ha")
  })
})
