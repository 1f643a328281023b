/**
 * Agreement with the rule pack: what the formatter prints passes the
 * `recommended` preset of `@cchc/rules` without an error.
 */
import {
  arbitraryDocumentSpec,
  arbitraryDocumentSpecWithNamedDefect,
  type DocumentSpecDefect
} from "@cchc/core/testing"
import { ALL_RULES, lint } from "@cchc/rules"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { renderText } from "../render/render-text.js"

const RUNS = Number(process.env.RUNS ?? 200)
// `today` is not pinned: the arbitraries never draw a date later than today.
const CONFIG = { extends: "recommended" as const }

const errorsOf = (text: string) =>
  lint(text, CONFIG)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.ruleId}/${d.messageId}: ${d.message}`)

describe("renderText agrees with the rules", () => {
  test("the sample report has no error", () => {
    expect(errorsOf(renderText(sampleReport))).toEqual([])
  })

  test("no valid document gets an error from the recommended preset", () => {
    fc.assert(
      fc.property(arbitraryDocumentSpec, (spec) => {
        expect(errorsOf(renderText(spec))).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })
})

/** The rule that must report each defect the formatter leaves to the rules. */
const LINT_DEFECTS: ReadonlyArray<readonly [DocumentSpecDefect, string]> = [
  ["type-code-mismatch", "document-number"],
  ["legacy-type-code", "document-number"],
  ["district-issuer-after-reform", "administrative-era"],
  ["merged-department-after-reform", "administrative-era"]
]
const registered = new Set(ALL_RULES.map((r) => r.meta.id))

describe("the rules report what the formatter leaves to them", () => {
  for (const [defect, ruleId] of LINT_DEFECTS) {
    // Runs once the rule is in the recommended pack.
    test.skipIf(!registered.has(ruleId))(`${defect} is reported by ${ruleId}`, () => {
      fc.assert(
        fc.property(arbitraryDocumentSpecWithNamedDefect(defect), (spec) => {
          const found = lint(renderText(spec), CONFIG).diagnostics.filter(
            (d) => d.ruleId === ruleId && d.severity !== "info"
          )
          expect(found.length).toBeGreaterThan(0)
        }),
        { numRuns: 50 }
      )
    })
  }
})
