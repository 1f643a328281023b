/**
 * `repeated-word`: a word or phrase written twice in a row (`công tác
 * công tác`, `các` at the end of a line and again at the start of the
 * next), from `syllables/find-repeated-words.ts`. Vietnamese doubles words
 * on purpose (`nhà nhà`, `từ từ`), so one syllable counts only when it is
 * a function word that is never doubled. Deleting the second copy is a
 * suggestion, not a safe fix: the writer may have meant another word.
 */
import { PreparedText } from "@cchc/core"
import { touchesRange, verbatimRanges, type TextRange } from "../engine/verbatim-ranges.js"
import { defineRule } from "../rule.js"
import { findRepeatedWords } from "../syllables/find-repeated-words.js"

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "repeated-word",
    description:
      "A word or phrase written twice in a row (công tác công tác; các at the end of a line and again on the next).",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "warning" },
    fixable: "suggestion",
    messages: {
      repeated: {
        vi: "Lặp từ: “{found}” được viết hai lần liền nhau.",
        en: "Repeated words: “{found}” is written twice in a row."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false, properties: {} },
    examples: {
      valid: [EXAMPLE_HEAD + "Đẩy mạnh công tác cải cách hành chính; nhà nhà, người người thi đua."],
      invalid: [EXAMPLE_HEAD + "Đẩy mạnh công tác công tác cải cách hành chính trên các\ncác nền tảng số."]
    }
  },
  check: (context) => {
    const prepared = PreparedText.of(context.text)
    let verbatim: ReadonlyArray<TextRange> | undefined
    for (const repeated of findRepeatedWords(prepared.text)) {
      const start = prepared.toOriginal(repeated.start)
      const end = prepared.toOriginalEnd(repeated.end)
      verbatim ??= verbatimRanges(context.text)
      if (touchesRange(verbatim, start, end)) continue
      // Delete from the end of the first copy to the end of the second, so
      // that the text around keeps its spacing.
      const from = prepared.toOriginalEnd(repeated.firstEnd)
      const removed = context.text.slice(from, end)
      const editable = removed.normalize("NFC") === prepared.text.slice(repeated.firstEnd, repeated.end)
      context.report({
        messageId: "repeated",
        // Both copies, so that the report starts where the repetition does.
        span: prepared.span(repeated.firstStart, repeated.end),
        data: { found: repeated.phrase },
        suggestions: editable
          ? [
              {
                tier: "suggestion",
                description: `Xoá “${repeated.phrase}” thứ hai`,
                edits: [{ start: from, end, text: "" }]
              }
            ]
          : []
      })
    }
  }
})
