import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { CharacterKinds, LETTER, LETTERS, widthAt } from "./character-kinds.js"

describe("CharacterKinds", () => {
  test("agrees with the regex class it memoises, on any text, astral and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const chars = [...text]
        let at = 0
        for (const ch of chars) {
          expect(widthAt(text, at)).toBe(ch.length)
          expect(LETTERS.kindAt(text, at) === LETTER).toBe(/^\p{L}$/u.test(ch))
          at += ch.length
        }
        expect(at).toBe(text.length)
      }),
      { numRuns: 300 }
    )
  })

  test("classifies each character once", () => {
    let calls = 0
    const kinds = new CharacterKinds((c) => (calls++, c === "a" ? 1 : 2))
    expect(
      [..."aab𝐀𝐀"].map((_, i, all) => kinds.kindAt(all.join(""), all.slice(0, i).join("").length))
    ).toEqual([1, 1, 2, 2, 2])
    expect(calls).toBe(3)
  })
})
