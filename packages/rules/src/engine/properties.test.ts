/**
 * Properties of the engine and of the whole rule pack, on generated and
 * broken inputs: rules never throw, and safe fixes are idempotent, touch
 * nothing outside their edits and leave nothing safe to fix.
 */
import { parseDocument } from "@cchc/core"
import { arbitraryHostileText, arbitraryMutation } from "@cchc/core/testing"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import type { TextEdit } from "../diagnostic.js"
import { applyFixes } from "../fix/apply-fixes.js"
import { fixUntilStable } from "../fix/fix-until-stable.js"
import { ALL_RULES } from "../rules/index.js"
import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { lint } from "./lint.js"
import { runRules } from "./run-rules.js"

const TODAY = "2026-01-15"
const CONFIG = { extends: "all" as const, today: TODAY }
const everyRule = ALL_RULES.map((rule) => ({
  rule,
  severity: "error" as const,
  options: rule.meta.defaultOptions
}))

// Defects with a safe fix, to combine on the samples.
const DEFECTS: ReadonlyArray<readonly [string, string]> = [
  ["Nơi nhận:", "Noi nhận"],
  ["tháng 3 năm 2024", "tháng 03 năm 2024"],
  ["ngày 05 tháng", "ngày 5 tháng"],
  ["Số: 05/BC-SNV", "Số 5/BC-SNV"],
  ["KT. GIÁM ĐỐC", "KT GIÁM ĐỐC"],
  ["SỞ NỘI VỤ", "Sở Nội vụ"],
  ["Nguyễn Văn An", "NGUYỄN VĂN AN"],
  ["- Sở Tư pháp;", "- Sở Tư pháp,"],
  ["Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"],
  ["Sở Nội vụ./.", "Sở Nội vụ."],
  ["Quảng Ngãi, ngày", "Quảng Ngãi ngày"],
  ["BÁO CÁO\n", "Báo cáo\n"]
]

const arbitraryBrokenReport = fc
  .subarray([...DEFECTS], { minLength: 1 })
  .map((defects) => defects.reduce((text, [from, to]) => text.replace(from, to), SAMPLE_REPORT))

const arbitraryInput = fc.oneof(
  arbitraryHostileText,
  arbitraryBrokenReport,
  fc
    .tuple(fc.constantFrom(SAMPLE_REPORT, SAMPLE_LETTER), arbitraryMutation)
    .map(([text, mutate]) => mutate(text)),
  fc.tuple(arbitraryBrokenReport, arbitraryMutation).map(([text, mutate]) => mutate(text))
)

const safeDiagnostics = (text: string) => lint(text, CONFIG).diagnostics.filter((d) => d.fix?.tier === "safe")

// Safe fixes pass after pass until none is left (conflicts wait for the
// next pass).
const fixAll = (text: string) => fixUntilStable(text, (t) => lint(t, CONFIG))

describe("rule pack properties", () => {
  test("no rule throws on any parsed input", () => {
    fc.assert(
      fc.property(arbitraryInput, (text) => {
        const result = runRules({ document: parseDocument(text), text, rules: everyRule, today: TODAY })
        const broken = result.skipped.filter((s) => s.reason.startsWith("internal error"))
        expect(broken).toEqual([])
        for (const d of result.diagnostics) {
          expect(d.span.start.offset).toBeGreaterThanOrEqual(0)
          expect(d.span.end.offset).toBeLessThanOrEqual(text.length)
          expect(d.span.start.offset).toBeLessThanOrEqual(d.span.end.offset)
        }
      }),
      { numRuns: 300 }
    )
  })

  test("one pass of safe fixes changes nothing outside its edits", () => {
    fc.assert(
      fc.property(arbitraryInput, (text) => {
        const { output, applied } = applyFixes(text, lint(text, CONFIG).diagnostics)
        const edits: Array<TextEdit> = applied.flatMap((d) => d.fix!.edits).sort((a, b) => a.start - b.start)
        // Rebuild the output from the untouched stretches and the edits.
        let rebuilt = ""
        let at = 0
        for (const e of edits) {
          expect(e.start).toBeGreaterThanOrEqual(at)
          rebuilt += text.slice(at, e.start) + e.text
          at = e.end
        }
        rebuilt += text.slice(at)
        expect(output).toBe(rebuilt)
        if (edits.length > 0) {
          expect(output.startsWith(text.slice(0, edits[0]!.start))).toBe(true)
          expect(output.endsWith(text.slice(edits[edits.length - 1]!.end))).toBe(true)
        }
      }),
      { numRuns: 200 }
    )
  })

  test("safe fixes are idempotent and leave nothing safe to fix", () => {
    fc.assert(
      fc.property(arbitraryInput, (text) => {
        const fixed = fixAll(text)
        expect(fixed.stable).toBe(true)
        expect(fixAll(fixed.output)).toMatchObject({ output: fixed.output, passes: 0 })
        // The check returned is of the fixed text, and nothing safe is left in it.
        expect(fixed.result.diagnostics).toEqual(lint(fixed.output, CONFIG).diagnostics)
        expect(
          safeDiagnostics(fixed.output).map((d) => `${d.ruleId}/${d.messageId} at ${d.span.start.line}`)
        ).toEqual([])
      }),
      { numRuns: 150 }
    )
  })

  test("fixing every safe defect of the sample report gives back the sample", () => {
    fc.assert(
      fc.property(arbitraryBrokenReport, (text) => {
        expect(fixAll(text).output).toBe(SAMPLE_REPORT)
      }),
      { numRuns: 100 }
    )
  })
})
