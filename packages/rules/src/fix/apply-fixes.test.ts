import { describe, expect, test } from "vitest"
import type { Fix } from "../diagnostic.js"
import { fixDiagnostic as diag, safeFix as safe } from "../testing/fix-diagnostic.js"
import { applyFixes } from "./apply-fixes.js"

describe("applyFixes", () => {
  test("applies safe fixes in text order", () => {
    const r = applyFixes("tháng 03 năm Noi", [diag("b", safe(13, 16, "Nơi")), diag("a", safe(6, 8, "3"))])
    expect(r.output).toBe("tháng 3 năm Nơi")
    expect(r.applied.map((d) => d.ruleId)).toEqual(["a", "b"])
    expect(r.conflicts).toEqual([])
  })
  test("never applies overlapping edits in one pass", () => {
    const r = applyFixes("abcdef", [diag("first", safe(1, 4, "X")), diag("second", safe(3, 5, "Y"))])
    expect(r.output).toBe("aXef")
    expect(r.conflicts.map((d) => d.ruleId)).toEqual(["second"])
  })
  test("two insertions at one offset conflict", () => {
    const r = applyFixes("ab", [diag("one", safe(1, 1, "X")), diag("two", safe(1, 1, "Y"))])
    expect(r.output).toBe("aXb")
    expect(r.conflicts).toHaveLength(1)
  })
  test("suggestions are applied only when asked", () => {
    const suggestion: Fix = { tier: "suggestion", description: "", edits: [{ start: 0, end: 1, text: "Z" }] }
    expect(applyFixes("abc", [diag("s", suggestion)]).output).toBe("abc")
    expect(applyFixes("abc", [diag("s", suggestion)], { tiers: ["safe", "suggestion"] }).output).toBe("Zbc")
  })
  test("a fix is applied whole or not at all", () => {
    const multi: Fix = {
      tier: "safe",
      description: "",
      edits: [
        { start: 1, end: 2, text: "B" },
        { start: 4, end: 5, text: "E" }
      ]
    }
    const r = applyFixes("abcdef", [diag("multi", multi), diag("blocker", safe(0, 2, "_"))])
    // The second edit of `multi` overlaps nothing, yet is not applied alone.
    expect(r.output).toBe("_cdef")
    expect(r.applied.map((d) => d.ruleId)).toEqual(["blocker"])
    expect(r.conflicts.map((d) => d.ruleId)).toEqual(["multi"])
  })
  test("a later fix whose edit falls between two accepted edits is checked against both", () => {
    const around: Fix = {
      tier: "safe",
      description: "",
      edits: [
        { start: 0, end: 1, text: "A" },
        { start: 6, end: 7, text: "G" }
      ]
    }
    const r = applyFixes("abcdefgh", [
      diag("around", around),
      diag("between", safe(3, 4, "D")),
      diag("clashes", safe(5, 7, "_"))
    ])
    expect(r.output).toBe("AbcDefGh")
    expect(r.applied.map((d) => d.ruleId)).toEqual(["around", "between"])
    expect(r.conflicts.map((d) => d.ruleId)).toEqual(["clashes"])
  })
  test("edits of one fix that overlap each other are refused", () => {
    const self: Fix = {
      tier: "safe",
      description: "",
      edits: [
        { start: 4, end: 5, text: "x" },
        { start: 0, end: 2, text: "y" },
        { start: 1, end: 3, text: "z" }
      ]
    }
    const r = applyFixes("abcdef", [diag("self", self)])
    expect(r.output).toBe("abcdef")
    expect(r.conflicts.map((d) => d.ruleId)).toEqual(["self"])
  })
  test("reads each edit once and applies many fixes in one pass", () => {
    let reads = 0
    const counted = (start: number): Fix => ({
      tier: "safe",
      description: "",
      edits: [
        {
          get start() {
            reads++
            return start
          },
          end: start + 1,
          text: "y"
        }
      ]
    })
    const fixes = Array.from({ length: 500 }, (_, i) => diag(`f${i}`, counted(2 * (499 - i))))
    const r = applyFixes("x\n".repeat(500), fixes)
    expect(r.output).toBe("y\n".repeat(500))
    expect(r.applied).toHaveLength(500)
    expect(reads).toBe(500)
  })
  test("edits outside the text are refused", () => {
    const r = applyFixes("abc", [diag("out", safe(2, 9, "x"))])
    expect(r.output).toBe("abc")
    expect(r.conflicts).toHaveLength(1)
  })
})
