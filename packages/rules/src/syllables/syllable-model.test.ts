import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { findInvalidSyllables } from "./find-invalid-syllables.js"
import { generateSyllables, MEDIAL_RIMES, ONSETS, PLAIN_RIMES } from "./syllable-model.js"
import { hasSyllable, isSyllableAt, isVietnameseSyllable } from "./syllable-set.js"
import { closestSyllables, isToneFault, splitTone } from "./syllable-suggestions.js"

const ALL = generateSyllables()

describe("the orthographic model", () => {
  test.each([
    "luật",
    "quốc",
    "nghiêng",
    "giếng",
    "gì",
    "già",
    "khuỷu",
    "người",
    "được",
    "ngoài",
    "kỹ",
    "kĩ",
    "lý",
    "lí",
    "quyết",
    "quỳnh",
    "quýt",
    "yêu",
    "uyên",
    "xoong",
    "thuở",
    "của",
    "tuổi",
    "nguyễn",
    "oằn",
    "hươu",
    "ý",
    "qui"
  ])("%s is a syllable", (word) => expect(isVietnameseSyllable(word)).toBe(true))

  test.each([
    ["luât", "a stop coda with ngang"],
    ["luầt", "a stop coda with huyền"],
    ["bách̉", "two tones"],
    ["qúy", "the tone on the u of qu"],
    ["gìa", "the tone on the i of gi"],
    ["kà", "k before a"],
    ["ghà", "gh before a"],
    ["cê", "c before ê"],
    ["ngiêm", "ng before i"],
    ["iêu", "iê without an onset"],
    ["kuy", "a medial after k"],
    ["boan", "a medial after a labial"],
    ["quô", "qu before ô (but quốc)"],
    ["trongg", "a coda that is no coda"],
    ["nghềề", "two nuclei"]
  ])("%s is not a syllable (%s)", (word) => expect(isVietnameseSyllable(word)).toBe(false))

  test("old and new tone placement of oa, oe, uy are both valid, with or without a coda only one", () => {
    for (const [a, b] of [
      ["hòa", "hoà"],
      ["khỏe", "khoẻ"],
      ["thủy", "thuỷ"],
      ["tòa", "toà"]
    ])
      expect([isVietnameseSyllable(a!), isVietnameseSyllable(b!)]).toEqual([true, true])
    expect(isVietnameseSyllable("hòan")).toBe(false)
    expect(isVietnameseSyllable("hoàn")).toBe(true)
  })

  test("case and normalisation do not matter", () => {
    for (const word of ["LUẬT", "Nghiêng", "THUỶ", "ĐƯỢC", "luật".normalize("NFD")])
      expect(isVietnameseSyllable(word)).toBe(true)
  })

  test("the list is lower case NFC and has no duplicates", () => {
    expect(new Set(ALL).size).toBe(ALL.length)
    for (const s of ALL) expect(s).toBe(s.normalize("NFC").toLowerCase())
    expect(ALL.length).toBeGreaterThan(10_000)
    expect(PLAIN_RIMES.length + MEDIAL_RIMES.length).toBeGreaterThan(140)
    expect(ONSETS).toContain("ngh")
  })

  test("a stop coda takes only sắc or nặng", () => {
    for (const s of ALL) {
      const { base, tone } = splitTone(s)
      if (/(?:p|t|c|ch)$/u.test(base)) expect(["\u0301", "\u0323"], s).toContain(tone)
    }
  })
})

// Letters that typing slips put in or take out.
const LETTERS = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
]

describe("properties", () => {
  test("every syllable the model generates passes, in lower case, capitals and NFD", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), (s) => {
        expect(hasSyllable(s)).toBe(true)
        expect(isSyllableAt(s, 0, s.length)).toBe(true)
        expect(isVietnameseSyllable(s.toUpperCase())).toBe(true)
        expect(isVietnameseSyllable(s.normalize("NFD"))).toBe(true)
        expect(findInvalidSyllables(`theo ${s} và`)).toEqual([])
      }),
      { numRuns: 2000 }
    )
  })

  test("a random edit of a letter gives a valid syllable or a report with its candidates", () => {
    const edit = fc.record({
      syllable: fc.constantFrom(...ALL),
      at: fc.nat(),
      letter: fc.constantFrom(...LETTERS),
      kind: fc.constantFrom("replace", "insert", "delete")
    })
    fc.assert(
      fc.property(edit, ({ syllable, at, letter, kind }) => {
        const i = at % syllable.length
        const edited =
          kind === "replace"
            ? syllable.slice(0, i) + letter + syllable.slice(i + 1)
            : kind === "insert"
              ? syllable.slice(0, i) + letter + syllable.slice(i)
              : syllable.slice(0, i) + syllable.slice(i + 1)
        const reports = findInvalidSyllables(`theo ${edited} và`)
        if (isVietnameseSyllable(edited)) {
          expect(reports).toEqual([])
          return
        }
        // Not a syllable: reported exactly when it is meant as Vietnamese
        // (a marked vowel, one run of vowels), with valid candidates.
        const bare = edited.normalize("NFD")
        const meant =
          /[\u0300-\u036f]/u.test(bare) &&
          bare.replace(/[\u0300-\u036f]/gu, "").match(/[aeiouy]+/gu)?.length === 1
        expect(reports.length).toBe(meant && edited.length >= 2 ? 1 : 0)
        for (const report of reports) {
          expect(report.word).toBe(edited)
          for (const candidate of report.candidates) expect(hasSyllable(candidate)).toBe(true)
          expect(report.candidates).not.toContain(edited)
        }
      }),
      { numRuns: 3000 }
    )
  })

  test("a tone edit of a marked vowel is always reported with a candidate", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL.filter((s) => /(?:p|t|c|ch)$/u.test(s))), (s) => {
        const { base } = splitTone(s)
        // The same letters with no tone: a stop coda with ngang.
        if (!/[ăâêôơư]/u.test(base) || !/^[^aeiouy]*[ăâêôơư][^aeiouyăâêôơư]*$/u.test(base)) return
        const [report] = findInvalidSyllables(`theo ${base} và`)
        expect(report?.toneOnStopCoda).toBe(true)
        expect(report?.candidates.length).toBeGreaterThan(0)
        expect(isToneFault(base)).toBe(true)
      })
    )
  })

  test("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), (a, b) => {
        findInvalidSyllables(a + " " + b)
        closestSyllables(a.slice(0, 8))
      }),
      { numRuns: 500 }
    )
  })
})
