import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { PreparedText } from "./prepared-text.js"

describe("PreparedText", () => {
  test("clean text is kept as is", () => {
    const p = PreparedText.of("Số: 05/KH-UBND\nHà Nội")
    expect(p.text).toBe("Số: 05/KH-UBND\nHà Nội")
    expect(p.toOriginal(4)).toBe(4)
  })

  test("removes BOM, zero-width characters and Markdown emphasis, maps back", () => {
    const original = "\uFEFF**KT. CHỦ\u200B TỊCH**\r\nPHÓ"
    const p = PreparedText.of(original)
    expect(p.text).toBe("KT. CHỦ TỊCH\nPHÓ")
    const at = p.text.indexOf("TỊCH")
    expect(original.slice(p.toOriginal(at), p.toOriginalEnd(at + 4))).toBe("TỊCH")
    const pho = p.text.indexOf("PHÓ")
    expect(p.span(pho, pho + 3).start).toEqual({ offset: original.indexOf("PHÓ"), line: 2, column: 1 })
  })

  test("composes decomposed letters to NFC and maps spans over them", () => {
    const original = "Ho\u0300a Bi\u0300nh" // "Hòa Bình" decomposed
    const p = PreparedText.of(original)
    expect(p.text).toBe("Hòa Bình")
    const at = p.text.indexOf("Bình")
    expect(original.slice(p.toOriginal(at), p.toOriginalEnd(at + 4))).toBe("Bi\u0300nh")
  })

  test("CR and NBSP become line feed and space", () => {
    const p = PreparedText.of("a\rb\u00a0c\td")
    expect(p.text).toBe("a\nb c d")
  })

  test("property: every prepared character maps inside the original, in order", () => {
    const alphabet = fc.constantFrom(
      "a",
      "ơ",
      "\u0300",
      "\u0323",
      "*",
      "**",
      "\r",
      "\n",
      "\r\n",
      "\uFEFF",
      "\u200B",
      "\u00a0",
      " ",
      "Đ",
      "😀"
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((xs) => xs.join("")),
        (original) => {
          const p = PreparedText.of(original)
          let previous = 0
          for (let i = 0; i <= p.text.length; i++) {
            const s = p.toOriginal(i)
            const e = p.toOriginalEnd(i)
            expect(s).toBeGreaterThanOrEqual(0)
            expect(s).toBeLessThanOrEqual(original.length)
            expect(e).toBeLessThanOrEqual(original.length)
            expect(s).toBeGreaterThanOrEqual(previous)
            previous = s
          }
          const span = p.span(0, p.text.length)
          expect(span.end.offset).toBeLessThanOrEqual(original.length)
        }
      ),
      { numRuns: 500 }
    )
  })

  test("property: ASCII letters keep their own offsets' characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "\r\n", "**", "\uFEFF", "e\u0301") }),
        (original) => {
          const p = PreparedText.of(original)
          for (let i = 0; i < p.text.length; i++) {
            const ch = p.text[i]!
            if (ch === "a" || ch === "b") expect(original[p.toOriginal(i)]).toBe(ch)
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})
