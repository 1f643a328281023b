// --concurrency N: the same report from worker threads as from one thread.
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
const templates = [
  fixture("docs/bao-cao-loi.txt"),
  fixture("docs/bao-cao-dung.txt"),
  fixture("cross/bao-cao-nam.txt"),
  fixture("cross/ke-hoach-tuyen-truyen.txt")
]

beforeAll(() => {
  assertBuilt()
  dir = workspace()
  mkdirSync(join(dir, "batch"))
  for (let i = 0; i < 120; i++) {
    const text = templates[i % templates.length]!.replace(/Số: \d+/, `Số: ${(i % 30) + 1}`)
    writeFileSync(join(dir, "batch", `van-ban-${String(i).padStart(3, "0")}.txt`), text)
  }
  writeFileSync(join(dir, "batch", "empty.txt"), "")
})
afterAll(() => removeWorkspace(dir))

describe("--concurrency", () => {
  test("workers give the same report, in the same order, as one thread", () => {
    const one = lintJson(["batch"], { cwd: dir })
    const three = lintJson(["batch", "--concurrency", "3"], { cwd: dir })
    expect(three.reports).toEqual(one.reports)
    expect(three.code).toBe(one.code)
    expect(one.code).toBe(2)
    expect(one.reports).toHaveLength(121)
  })

  test("--fix on workers fixes every file", () => {
    cchc(["lint", "batch", "--fix", "--concurrency", "2"], { cwd: dir })
    const after = lintJson(["batch"], { cwd: dir }).reports
    expect(
      after.flatMap((r) => r.diagnostics).some((d) => (d.fix as { tier?: string } | null)?.tier === "safe")
    ).toBe(false)
  })

  test("rejects a bad value", () => {
    expect(cchc(["lint", "batch", "--concurrency", "0"], { cwd: dir }).stderr).toContain(
      "--concurrency needs a whole number from 1 to 64, got '0'"
    )
  })
})
