// The seed corpus (../shared/corpus/seeds beside the repository), linted
// as one batch; skipped with a message when the folder is absent.
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { assertBuilt, lintJson, SEEDS } from "./helpers.js"

const hasSeeds = existsSync(SEEDS)
if (!hasSeeds) console.warn(`[cchc] seed corpus not found at ${SEEDS}: CLI corpus tests skipped`)

describe.skipIf(!hasSeeds)("cchc lint on the seed corpus", () => {
  test("reads every seed, tells the web article apart, and reports citations across files", () => {
    assertBuilt()
    const { code, reports } = lintJson([SEEDS])
    expect(code).toBe(1)
    expect(reports).toHaveLength(5)
    expect(reports.every((r) => r.diagnostics.every((d) => !d.fatal))).toBe(true)
    const web = reports.find((r) => r.file.endsWith("tin-bai-web-bac-giang.txt"))!
    expect(web.isDocument).toBe(false)
    expect(web.diagnostics.map((d) => d.ruleId)).toEqual(["not-a-document"])
    expect(reports.filter((r) => r.isDocument)).toHaveLength(4)
  })

  test("the same findings with --concurrency 2 and from the cache", () => {
    const plain = lintJson([SEEDS]).reports
    expect(lintJson([SEEDS, "--concurrency", "2"]).reports).toEqual(plain)
    const dir = mkdtempSync(join(tmpdir(), "cchc-seeds-"))
    try {
      const cache = join(dir, "cache.json")
      expect(lintJson([SEEDS, "--cache-location", cache]).reports).toEqual(plain)
      expect(lintJson([SEEDS, "--cache-location", cache]).reports).toEqual(plain)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
