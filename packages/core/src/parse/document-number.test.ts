import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { arbitraryDocumentNumber } from "../testing/arbitraries.js"
import { classifyNumber, parseDocumentNumber } from "./document-number.js"

describe("document numbers", () => {
  test.each([
    [
      "Số: 35/KH-UBND",
      { family: "administrative", sequence: "35", year: null, typeCode: "KH", issuerCode: "UBND" }
    ],
    [
      "Số: 1175/STTTT-TTBCXB",
      { family: "official-letter", sequence: "1175", typeCode: null, issuerCode: "STTTT-TTBCXB" }
    ],
    [
      "Số: 93/2021/NQ-HĐND",
      { family: "normative", sequence: "93", year: 2021, typeCode: "NQ", issuerCode: "HĐND" }
    ],
    ["Luật số: 64/2025/QH15", null],
    ["64/2025/QH15", { family: "law", sequence: "64", year: 2025, typeCode: null, issuerCode: "QH15" }],
    ["04-NQ/TU", { family: "party", sequence: "04", typeCode: "NQ", issuerCode: "TU" }],
    ["30c/NQ-CP", { family: "administrative", sequence: "30c", typeCode: "NQ", issuerCode: "CP" }],
    ["Số: /BC-UBND", { family: "administrative", sequence: null, typeCode: "BC", issuerCode: "UBND" }],
    ["Số:      /BC-UBND", { family: "administrative", sequence: null, typeCode: "BC", issuerCode: "UBND" }],
    ["Số: 12/SY-UBND", { family: "copy", sequence: "12", typeCode: "SY", issuerCode: "UBND" }],
    ["Số: 05/CTr-UBND", { family: "administrative", sequence: "05", typeCode: "CTr" }],
    ["Số: 07/GN-UBND", { family: "administrative", typeCode: "GN" }]
  ])("%s", (text, expected) => {
    const n = parseDocumentNumber(text)
    if (expected === null) expect(n).toBeNull()
    else expect(n).toMatchObject(expected)
  })

  test("keeps the raw text of a blank draft number as written", () => {
    expect(parseDocumentNumber("Số: /BC-SNgV")?.raw).toBe("Số: /BC-SNgV")
  })

  test("is not fooled by text that is not a number", () => {
    expect(parseDocumentNumber("Số lượng truy cập")).toBeNull()
    expect(classifyNumber("hello")).toBeNull()
    expect(classifyNumber("1/1/1/1/1")).toBeNull()
  })

  test("property: formatted numbers parse back to their parts", () => {
    fc.assert(
      fc.property(arbitraryDocumentNumber, (n) => {
        const parsed = parseDocumentNumber(`Số: ${n.text}`)
        expect(parsed).toMatchObject({
          family: n.family,
          sequence: n.sequence,
          year: n.year,
          typeCode: n.typeCode,
          issuerCode: n.issuerCode
        })
      }),
      { numRuns: 300 }
    )
  })
})
