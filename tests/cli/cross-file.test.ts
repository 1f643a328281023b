// Linting several files together checks citations across them.
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace("cross")
})
afterAll(() => removeWorkspace(dir))

describe("citations across files", () => {
  test("one number cited as a Quyết định here and a Kế hoạch there is reported in both", () => {
    const { reports } = lintJson(["cross"], { cwd: dir })
    const consistency = (file: string) =>
      reports
        .find((r) => r.file === file)!
        .diagnostics.filter(
          (d) => d.ruleId === "citation-consistency" && d.messageId === "kindDiffersAcrossFiles"
        )
    const inPlan = consistency("cross/ke-hoach-tuyen-truyen.txt")
    const inReport = consistency("cross/bao-cao-nam.txt")
    expect(inPlan).toHaveLength(1)
    expect(inReport).toHaveLength(1)
    expect(inPlan[0]!.message).toContain("2113/QĐ-UBND")
    expect(inPlan[0]!.message).toContain("cross/bao-cao-nam.txt (dòng 16)")
    expect(inReport[0]).toMatchObject({ line: 16, column: 11 })
  })

  test("a single file has no cross-file findings, and the rule can be turned off", () => {
    expect(
      lintJson(["cross/bao-cao-nam.txt"], { cwd: dir }).reports[0]!.diagnostics.some(
        (d) => d.messageId === "kindDiffersAcrossFiles"
      )
    ).toBe(false)
    const off = lintJson(["cross", "--rule", "citation-consistency:off"], { cwd: dir }).reports
    expect(off.flatMap((r) => r.diagnostics).some((d) => d.ruleId === "citation-consistency")).toBe(false)
  })

  test("the severity follows the configuration", () => {
    const { reports } = lintJson(["cross", "--rule", "citation-consistency:error"], { cwd: dir })
    const found = reports
      .flatMap((r) => r.diagnostics)
      .filter((d) => d.messageId === "kindDiffersAcrossFiles")
    expect(found.map((d) => d.severity)).toEqual(["error", "error"])
  })
})
