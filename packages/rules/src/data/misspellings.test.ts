import { describe, expect, test } from "vitest"
import { applyFixes } from "../fix/apply-fixes.js"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import rule from "../rules/misspelling.js"
import { MISSPELLINGS } from "./misspellings.js"

// Each example is put in the body of a minimal report so that the engine
// treats the text as a document and runs the rule.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const lintBody = (body: string) => lintWithRule(rule, HEAD + body, {}, DEFAULT_TEST_TODAY).diagnostics

describe("misspellings dictionary", () => {
  test("wrong forms are unique and differ from their right forms", () => {
    const seen = new Set<string>()
    for (const entry of MISSPELLINGS) {
      expect(seen.has(entry.wrong), entry.wrong).toBe(false)
      seen.add(entry.wrong)
      expect(entry.right, entry.wrong).not.toContain(entry.wrong)
      expect(entry.wrong, "lower case, single spaces").toBe(
        entry.wrong.toLowerCase().replace(/\s+/g, " ").trim()
      )
      expect(entry.examples.length, entry.wrong).toBeGreaterThan(0)
    }
  })

  for (const entry of MISSPELLINGS) {
    describe(`${entry.wrong} → ${entry.right.join(" | ")}`, () => {
      entry.examples.forEach(([text, fixed], i) => {
        test(`example ${i + 1}: ${text}`, () => {
          const diagnostics = lintBody(text)
          expect(diagnostics.map((d) => d.messageId)).toEqual([
            entry.ambiguous ? "possiblyMisspelled" : "misspelled"
          ])
          const tiers =
            entry.ambiguous || entry.right.length > 1 ? (["suggestion"] as const) : (["safe"] as const)
          const withFixes = diagnostics.map((d) =>
            d.fix === null ? { ...d, fix: d.suggestions[0] ?? null } : d
          )
          expect(applyFixes(HEAD + text, withFixes, { tiers }).output).toBe(HEAD + fixed)
        })
      })
      entry.counterExamples?.forEach((text, i) => {
        test(`counter-example ${i + 1}: ${text}`, () => {
          expect(lintBody(text)).toEqual([])
        })
      })
    })
  }
})
