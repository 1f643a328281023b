/**
 * The seed corpus as acceptance tests of the rule pack: every `mustReport`
 * of `../shared/corpus/seeds/*.expected.json` is reported (same rule, and
 * same line when one is given) and no rule of `mustNotReport` fires.
 */
import { describe, expect, test } from "vitest"
import { lint } from "@cchc/rules"
import { hasSeeds, loadSeeds, SEEDS_DIR, warnNoSeeds } from "./seeds.js"

interface Expectations {
  readonly mustReport: ReadonlyArray<{ readonly rule: string; readonly line?: number; readonly why: string }>
  readonly mustNotReport: ReadonlyArray<string>
}

// A fixed "today" after every seed, so that date rules give stable verdicts.
const TODAY = "2026-11-22"

if (!hasSeeds) {
  warnNoSeeds()
  test.skip(`seed corpus rules (${SEEDS_DIR} not found)`, () => {})
}

for (const seed of loadSeeds()) {
  const expected = seed.expected as Expectations
  const result = lint(seed.text, { extends: "all", today: TODAY })
  const found = (rule: string) => result.diagnostics.filter((d) => d.ruleId === rule)
  const listing = (rule: string) =>
    found(rule)
      .map((d) => `${d.span.start.line}:${d.span.start.column} ${d.messageId}`)
      .join(", ") || "nothing"
  describe(`rules on ${seed.name}`, () => {
    for (const must of expected.mustReport) {
      test(`reports ${must.rule}${must.line === undefined ? "" : ` on line ${must.line}`}: ${must.why}`, () => {
        const hits = found(must.rule).filter(
          (d) => must.line === undefined || d.span.start.line === must.line
        )
        expect(hits.length, `${must.rule} reported ${listing(must.rule)}`).toBeGreaterThan(0)
      })
    }
    for (const rule of expected.mustNotReport) {
      test(`does not report ${rule}`, () => {
        expect(found(rule).length, `${rule} reported ${listing(rule)}`).toBe(0)
      })
    }
  })
}
