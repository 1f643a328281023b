import { describe, expect, test } from "vitest"
import type { Diagnostic } from "../diagnostic.js"
import { lint } from "../engine/lint.js"
import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { fixDiagnostic, safeFix } from "../testing/fix-diagnostic.js"
import { DEFAULT_MAX_FIX_PASSES, fixUntilStable } from "./fix-until-stable.js"

const TODAY = { today: "2026-01-15" }

// A check that counts its calls around `diagnose`.
const counted = (diagnose: (text: string) => ReadonlyArray<Diagnostic>) => {
  const calls: Array<string> = []
  const check = (text: string) => {
    calls.push(text)
    return { diagnostics: diagnose(text) }
  }
  return { calls, check }
}

describe("fixUntilStable", () => {
  test("a text without fixes comes back as it was, checked once", () => {
    const { calls, check } = counted(() => [fixDiagnostic("no-fix", null)])
    const fixed = fixUntilStable("abc", check)
    expect(fixed).toMatchObject({ output: "abc", passes: 0, applied: 0, stable: true })
    expect(calls).toEqual(["abc"])
  })

  test("fixes of the real rule pack: the month is unpadded and the check is of the fixed text", () => {
    const text = SAMPLE_REPORT.replace("tháng 3 năm 2024", "tháng 03 năm 2024")
    const fixed = fixUntilStable(text, (t) => lint(t, TODAY))
    expect(fixed.output).toBe(SAMPLE_REPORT)
    expect(fixed).toMatchObject({ passes: 1, applied: 1, stable: true })
    expect(fixed.result.diagnostics.filter((d) => d.fix?.tier === "safe")).toEqual([])
    expect(fixed.result.document.placeDate?.raw).toBe("Quảng Ngãi, ngày 05 tháng 3 năm 2024")
  })

  test("a fix held back by an overlapping one is applied in the next pass", () => {
    // "ab" → "X", and "c" upper-cased by an edit that also covers the
    // character before it: in "abc" the two overlap, so the second waits.
    const { check } = counted((text) => {
      const found: Array<Diagnostic> = []
      const ab = text.indexOf("ab")
      if (ab !== -1) found.push(fixDiagnostic("ab", safeFix(ab, ab + 2, "X")))
      const c = text.indexOf("c")
      if (c > 0) found.push(fixDiagnostic("c", safeFix(c - 1, c + 1, `${text[c - 1]}C`)))
      return found
    })
    const fixed = fixUntilStable("abc", check)
    expect(fixed).toMatchObject({ output: "XC", passes: 2, applied: 2, stable: true })
  })

  test("fixes that undo each other stop after maxPasses, marked unstable", () => {
    const { calls, check } = counted((text) => [
      fixDiagnostic("flip", safeFix(0, 1, text[0] === "a" ? "b" : "a"))
    ])
    const fixed = fixUntilStable("a", check, { maxPasses: 3 })
    expect(fixed).toMatchObject({ output: "b", passes: 3, applied: 3, stable: false })
    // One check per pass and one of the final text.
    expect(calls).toEqual(["a", "b", "a", "b"])
    expect(fixUntilStable("a", check).passes).toBe(DEFAULT_MAX_FIX_PASSES)
  })

  test("an edit that writes the text as it was ends the loop", () => {
    const { calls, check } = counted(() => [fixDiagnostic("same", safeFix(0, 1, "a"))])
    expect(fixUntilStable("abc", check)).toMatchObject({ output: "abc", passes: 0, stable: true })
    expect(calls).toHaveLength(1)
  })

  test("suggestions are left alone unless their tier is asked for", () => {
    const suggestion = {
      tier: "suggestion" as const,
      description: "",
      edits: [{ start: 0, end: 1, text: "Z" }]
    }
    const { check } = counted((text) => (text.startsWith("Z") ? [] : [fixDiagnostic("s", suggestion)]))
    expect(fixUntilStable("abc", check).output).toBe("abc")
    expect(fixUntilStable("abc", check, { tiers: ["suggestion"] }).output).toBe("Zbc")
  })

  test("prepare rewrites the fixes of each pass before they are applied", () => {
    const { check } = counted((text) =>
      text.includes("\n") ? [] : [fixDiagnostic("br", safeFix(1, 1, "\n"))]
    )
    const fixed = fixUntilStable("ab", check, {
      prepare: (ds) =>
        ds.map((d) => ({
          ...d,
          fix: { ...d.fix!, edits: d.fix!.edits.map((e) => ({ ...e, text: "\r\n" })) }
        }))
    })
    expect(fixed.output).toBe("a\r\nb")
  })
})
