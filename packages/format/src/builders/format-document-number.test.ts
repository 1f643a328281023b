import { describe, expect, test } from "vitest"
import { checkDocumentNumber, formatDocumentNumber, formatSequence } from "./format-document-number.js"

describe("formatDocumentNumber", () => {
  test("the forms of Nghị định 30/2020", () => {
    expect(formatDocumentNumber({ sequence: 5, typeCode: "KH", issuerCode: "UBND" })).toBe("Số: 05/KH-UBND")
    expect(formatDocumentNumber({ sequence: 12, typeCode: null, issuerCode: "UBND", unit: "VX" })).toBe(
      "Số: 12/UBND-VX"
    )
    expect(formatDocumentNumber({ sequence: 15, typeCode: "QĐ", issuerCode: "BNV" })).toBe("Số: 15/QĐ-BNV")
    expect(formatDocumentNumber({ sequence: 93, year: 2021, typeCode: "NQ", issuerCode: "HĐND" })).toBe(
      "Số: 93/2021/NQ-HĐND"
    )
    expect(formatDocumentNumber({ sequence: 2113, typeCode: "QĐ", issuerCode: "UBND" })).toBe(
      "Số: 2113/QĐ-UBND"
    )
  })

  test("an unnumbered draft keeps a gap for the number", () => {
    expect(formatDocumentNumber({ sequence: null, typeCode: "BC", issuerCode: "UBND" })).toBe(
      "Số:      /BC-UBND"
    )
    expect(
      formatDocumentNumber({ sequence: null, typeCode: "BC", issuerCode: "UBND" }, { blank: " …" })
    ).toBe("Số: …/BC-UBND")
  })

  test("keeps mixed-case codes and letter suffixes as written", () => {
    expect(formatDocumentNumber({ sequence: 3, typeCode: "QyĐ", issuerCode: "UBND" })).toBe("Số: 03/QyĐ-UBND")
    expect(formatDocumentNumber({ sequence: 7, typeCode: "TTr", issuerCode: "SNV" }, { label: false })).toBe(
      "07/TTr-SNV"
    )
    expect(formatDocumentNumber({ sequence: "30c", typeCode: "NQ", issuerCode: "CP" })).toBe("Số: 30c/NQ-CP")
    expect(formatSequence("5")).toBe("05")
    expect(formatSequence("005")).toBe("05")
    expect(formatSequence("7a")).toBe("07a")
  })

  test("a sequence string: leading zeros dropped, one letter kept, anything else refused", () => {
    expect(formatSequence(" 0030c ")).toBe("30c")
    expect(formatSequence("0")).toBe("00")
    expect(formatSequence("000")).toBe("00")
    expect(formatSequence("2113")).toBe("2113")
    expect(formatSequence("0".repeat(50_000) + "7đ")).toBe("07đ")
    expect(formatSequence("0".repeat(50_000) + "x")).toBe("00x")
    for (const bad of ["", "a", "7ab", "7A", "-7", "7 a", "0".repeat(50_000) + "X"])
      expect(() => formatSequence(bad), bad.slice(0, 10)).toThrow(RangeError)
  })

  test("refuses parts that cannot be a number", () => {
    expect(checkDocumentNumber({ sequence: 0, typeCode: "BC", issuerCode: "UBND" })).toBe(
      "sequence 0 is not a positive integer"
    )
    expect(checkDocumentNumber({ sequence: 1.5, typeCode: "BC", issuerCode: "UBND" })).not.toBeNull()
    expect(checkDocumentNumber({ sequence: "00", typeCode: "BC", issuerCode: "UBND" })).not.toBeNull()
    expect(checkDocumentNumber({ sequence: 1, typeCode: "B C", issuerCode: "UBND" })).not.toBeNull()
    expect(checkDocumentNumber({ sequence: 1, typeCode: "BC", issuerCode: "UBND/X" })).not.toBeNull()
    expect(checkDocumentNumber({ sequence: 1, year: 21, typeCode: "NQ", issuerCode: "HĐND" })).not.toBeNull()
    expect(() => formatDocumentNumber({ sequence: -3, typeCode: "BC", issuerCode: "UBND" })).toThrow(
      RangeError
    )
  })
})
