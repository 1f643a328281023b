import * as fc from "fast-check"
import { expect, test } from "vitest"
import { trimEndWhile } from "./trim-end.js"

const isDigit = (c: string) => c >= "0" && c <= "9"

test("trimEndWhile drops the passing characters at the end only", () => {
  expect(trimEndWhile("Sở Nội vụ;.", (c) => ".;".includes(c))).toBe("Sở Nội vụ")
  expect(trimEndWhile(";a;", (c) => c === ";")).toBe(";a")
  expect(trimEndWhile("a;b", (c) => c === ";")).toBe("a;b")
  expect(trimEndWhile(";;;", (c) => c === ";")).toBe("")
  expect(trimEndWhile("", () => true)).toBe("")
  expect(trimEndWhile("2024", isDigit)).toBe("")
})

test("trimEndWhile tests whole code points", () => {
  const seen: Array<string> = []
  expect(
    trimEndWhile("a𝐀b", (c) => {
      seen.push(c)
      return c !== "a"
    })
  ).toBe("a")
  expect(seen).toEqual(["b", "𝐀", "a"])
  // A lone surrogate is one character of its own.
  expect(trimEndWhile("a\ud835", (c) => c === "\ud835")).toBe("a")
})

test("trimEndWhile agrees with an end-anchored regular expression", () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("a", ".", ";", ",", " ", "\n", "đ", "𝐀") }), (text) => {
      expect(trimEndWhile(text, (c) => /[\s.,;]/u.test(c))).toBe(text.replace(/[\s.,;]+$/u, ""))
    })
  )
})

test("trimEndWhile is linear on a long run that does not reach the end", () => {
  // Linear in calls of the test, whatever the run: counted, not timed.
  const text = ";".repeat(200_000) + "x"
  let calls = 0
  const isSemicolon = (c: string) => {
    calls++
    return c === ";"
  }
  expect(trimEndWhile(text, isSemicolon)).toBe(text)
  expect(trimEndWhile(text.slice(0, -1), isSemicolon)).toBe("")
  expect(calls).toBeLessThanOrEqual(text.length + 1)
})
