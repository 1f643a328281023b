/**
 * `syllable`: a word that is not a valid Vietnamese syllable (`luât` for
 * `luật`), with the closest valid syllables as suggestions.
 *
 * The word source is an orthographic model of the syllable
 * (`syllables/syllable-model.ts`: onset, medial, nucleus, coda and tone,
 * the tone/coda constraint, and the attested rimes) from which the list of
 * valid syllables is generated and tested in this package. Hunspell's
 * Vietnamese list (`dictionary-vi`) is GPL-licensed and cannot be bundled
 * in an MIT package; the MIT-tagged list of `@cspell/dict-vi-vn` is built
 * from the same Hunspell source, so its licence is not clear enough to
 * bundle either. A model knows no lexical gaps: a well-formed syllable that
 * happens to be unused (`chến` in `BIÊN CHẾN`) is left to `misspelling`.
 *
 * Never a safe fix: which syllable was meant (`luật` or `luất`) is for the
 * writer to say.
 */
import { PreparedText } from "@cchc/core"
import type { Fix } from "../diagnostic.js"
import { defineRule } from "../rule.js"
import { touchesRange, verbatimRanges, type TextRange } from "../engine/verbatim-ranges.js"
import { perObject } from "../internal/per-object.js"
import { findInvalidSyllables } from "../syllables/find-invalid-syllables.js"
import { matchCase } from "./misspelling.js"

/**
 * Options of `syllable`: `allow`, words that are not Vietnamese syllables
 * but are right where they are written (names, codes, abbreviations,
 * foreign words, units), in any case.
 *
 * @since 0.1.0
 * @category rules
 */
export interface SyllableOptions {
  readonly allow: ReadonlyArray<string>
}

/**
 * Words allowed without configuration: syllables of the names of
 * minority places written in lower case inside longer names, which follow
 * the spelling of their own languages (`k` and `h` as codas).
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { DEFAULT_ALLOWED_WORDS } from "./syllable.js"
 * DEFAULT_ALLOWED_WORDS.includes("đắk") // true
 * ```
 */
export const DEFAULT_ALLOWED_WORDS: ReadonlyArray<string> = ["đắk", "lắk", "búk", "păh", "drắk", "pắk"]

const DEFAULT_OPTIONS: SyllableOptions = { allow: [] }

const allowedSet = perObject(
  (allow: ReadonlyArray<string>): ReadonlySet<string> =>
    new Set([...DEFAULT_ALLOWED_WORDS, ...allow].map((w) => w.normalize("NFC").toLowerCase()))
)

const quote = (forms: ReadonlyArray<string>): string => forms.join("”, “")

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<SyllableOptions>({
  meta: {
    id: "syllable",
    description:
      "A word that is not a valid Vietnamese syllable (luât → luật), with the closest syllables as suggestions.",
    details: [
      "**Word source.** The syllables come from an orthographic model built and tested in this package, not from a word list: onset (âm đầu), medial, nucleus, coda and tone, with the rules of the written language (`c`/`k`, `g`/`gh`, `ng`/`ngh` by the vowel that follows; `q` only as `qu`; no medial after `b m p ph v`; the stop codas `-p -t -c -ch` take only sắc or nặng, so `luât` is not a syllable) and the attested rimes (vần) of the standard language plus the few of loan words (`xoong`). From it about 16,000 written syllables are generated, in both the old and the new tone placement for `oa`, `oe`, `uy` (`hòa`/`hoà`, `thủy`/`thuỷ`). Hunspell's Vietnamese dictionary (`dictionary-vi`) is GPL-licensed and cannot be bundled in this MIT package; the MIT-tagged `@cspell/dict-vi-vn` is built from that same Hunspell list, so its licence is not clear enough to bundle either. A model knows no lexical gaps: a well-formed syllable that is not used (`chến` in `BIÊN CHẾN`) is left to the curated [misspelling](misspelling.md) list.",
      "",
      "**What is checked.** A word between spaces (punctuation around it set aside) is looked up only when it is surely meant as Vietnamese: all its characters are Vietnamese letters (a digit, hyphen, slash, dot or apostrophe inside makes it a code, a number or a name: `QĐ-UBND`, `TP.HCM`, `H'Mông`; `f j w z`, other scripts and stray combining marks make it foreign), it has a vowel with a diacritic (so acronyms such as `HĐND` and words typed without marks such as `email` are left alone), it has one run of vowels (`panô`, `kilôgam` are loan words), and it is not in mixed case. A word with a capital (a name, a heading in capitals) is reported only when the same letters with another tone are a syllable (`LUÂT`), because the names of minority places and foreign names follow other spellings (`Đắk Lắk`, `Krông Búk`). Nothing is reported in code, web addresses or file names. Text in NFC or NFD, upper or lower case, is read alike.",
      "",
      "**Allow-list.** `allow` lists further words that are right where they are written (names, codes, abbreviations, foreign words, units), in any case; a few syllables of minority place names (`đắk`, `lắk`, `búk`, …) are allowed by default. The suggestions are the closest valid syllables (another tone or tone placement first, then a vowel changed in shape, then one letter removed, replaced or added) and are never applied as a safe fix."
    ].join("\n"),
    category: "language",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "suggestion",
    messages: {
      toneOnStopCoda: {
        vi: "“{found}” không phải âm tiết tiếng Việt: vần tận cùng bằng -p, -t, -c, -ch chỉ mang thanh sắc hoặc nặng; có thể là “{expected}”.",
        en: "“{found}” is not a Vietnamese syllable: a rime ending in -p, -t, -c, -ch takes only the sắc or nặng tone; perhaps “{expected}”."
      },
      notASyllable: {
        vi: "“{found}” không phải âm tiết tiếng Việt; có thể là “{expected}”.",
        en: "“{found}” is not a Vietnamese syllable; perhaps “{expected}”."
      },
      notASyllableNoCandidate: {
        vi: "“{found}” không phải âm tiết tiếng Việt.",
        en: "“{found}” is not a Vietnamese syllable."
      }
    },
    defaultOptions: DEFAULT_OPTIONS,
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { allow: { type: "array", items: { type: "string" } } }
    },
    examples: {
      valid: [EXAMPLE_HEAD + "Phổ biến Luật Đất đai tại UBND tỉnh Đắk Lắk; hòa giải, hoà giải ở cơ sở."],
      invalid: [EXAMPLE_HEAD + "Phổ biến các quy định của luât tại UBND tỉnh."]
    }
  },
  check: (context) => {
    const prepared = PreparedText.of(context.text)
    const allowed = allowedSet((context.options ?? DEFAULT_OPTIONS).allow ?? [])
    // Verbatim ranges (code, web addresses, file names) are found only when
    // a word is to be reported: most documents have none to report.
    let verbatim: ReadonlyArray<TextRange> | undefined
    for (const invalid of findInvalidSyllables(prepared.text, allowed)) {
      const start = prepared.toOriginal(invalid.start)
      const end = prepared.toOriginalEnd(invalid.end)
      verbatim ??= verbatimRanges(context.text)
      if (touchesRange(verbatim, start, end)) continue
      const expected = invalid.candidates.map((c) => matchCase(invalid.word, c))
      // An edit may only cover what the prepared text shows, so that nothing
      // hidden inside (`**`, a zero-width space) is lost.
      const editable = context.text.slice(start, end).normalize("NFC") === invalid.word
      const suggestions: Array<Fix> = editable
        ? expected.map((text) => ({
            tier: "suggestion" as const,
            description: `“${invalid.word}” → “${text}”`,
            edits: [{ start, end, text }]
          }))
        : []
      const messageId =
        expected.length === 0
          ? "notASyllableNoCandidate"
          : invalid.toneOnStopCoda
            ? "toneOnStopCoda"
            : "notASyllable"
      context.report({
        messageId,
        span: prepared.span(invalid.start, invalid.end),
        data: { found: invalid.word, expected: quote(expected) },
        suggestions
      })
    }
  }
})
