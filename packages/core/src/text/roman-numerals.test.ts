import * as fc from "fast-check"
import { expect, test } from "vitest"
import { romanValue, toRoman } from "./roman-numerals.js"

test("Roman numerals round-trip", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
      expect(romanValue(toRoman(n))).toBe(n)
    })
  )
  expect(toRoman(2026)).toBe("MMXXVI")
  expect(romanValue("IIV")).not.toBeNull()
  expect(romanValue("I1")).toBeNull()
  expect(() => toRoman(0)).toThrow(RangeError)
})
