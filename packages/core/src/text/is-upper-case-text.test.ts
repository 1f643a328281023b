import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { isUpperCaseText } from "./fold.js"

// What the function replaced: case changes of the whole string.
const byCaseChange = (text: string): boolean =>
  text === text.toUpperCase() && [...text].some((c) => c.toLowerCase() !== c.toUpperCase())

describe("isUpperCaseText", () => {
  test("upper-case Vietnamese, with digits and punctuation", () => {
    expect(isUpperCaseText("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")).toBe(true)
    expect(isUpperCaseText("KT. CHỦ TỊCH")).toBe(true)
    expect(isUpperCaseText("Ủy ban nhân dân")).toBe(false)
    expect(isUpperCaseText("SỐ 12/2024")).toBe(true)
    expect(isUpperCaseText("12/2024")).toBe(false)
    expect(isUpperCaseText("")).toBe(false)
  })

  test("letters outside the BMP by their case, lone surrogates as caseless", () => {
    expect(isUpperCaseText("𐐀𐐁")).toBe(true)
    expect(isUpperCaseText("𐐀𐐨")).toBe(false)
    expect(isUpperCaseText("A\ud800")).toBe(true)
  })

  test("agrees with comparing case changes, character by character", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aAăĂđĐỦủ 1.\u00df𐐀𐐨\ud800") }), (text) => {
        // ß upper-cases to "SS": the whole-string comparison says no, the
        // character-wise reading says lower case: both false.
        expect(isUpperCaseText(text)).toBe(byCaseChange(text))
      }),
      { numRuns: 500 }
    )
  })
})
