// --cache (keyed by content and configuration) and --baseline (record
// today's findings, report only new ones).
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const wrong = fixture("docs/bao-cao-loi.txt")

describe("--cache", () => {
  test("reuses results of unchanged files and gives the same report", () => {
    dir = workspace("docs", "cross")
    const first = cchc(["lint", ".", "--format", "json", "--cache"], { cwd: dir })
    expect(existsSync(join(dir, ".cchc-cache/lint.json"))).toBe(true)
    const second = cchc(["lint", ".", "--format", "json", "--cache"], { cwd: dir })
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(first.code)
    // Cross-file findings are recomputed from cached documents.
    expect(second.stdout).toContain("citation-consistency")
  })

  test("a cached result is not reused when the content or the configuration changes", () => {
    dir = workspace()
    writeFileSync(join(dir, "bao-cao.txt"), wrong)
    const cacheFile = join(dir, "cache.json")
    const before = lintJson(["bao-cao.txt", "--cache-location", cacheFile], { cwd: dir }).reports[0]!
    expect(before.diagnostics.some((d) => d.ruleId === "document-number")).toBe(true)
    writeFileSync(join(dir, "bao-cao.txt"), wrong.replace("Số: 5/BC-UBND", "Số: 05/BC-UBND"))
    const edited = lintJson(["bao-cao.txt", "--cache-location", cacheFile], { cwd: dir }).reports[0]!
    expect(edited.diagnostics.some((d) => d.ruleId === "document-number")).toBe(false)
    writeFileSync(join(dir, "cchc.config.json"), JSON.stringify({ rules: { "place-date": "off" } }))
    const reconfigured = lintJson(["bao-cao.txt", "--cache-location", cacheFile], { cwd: dir }).reports[0]!
    expect(reconfigured.diagnostics.some((d) => d.ruleId === "place-date")).toBe(false)
    const cache = JSON.parse(readFileSync(cacheFile, "utf8"))
    expect(Object.keys(cache.entries)).toEqual([join(dir, "bao-cao.txt")])
  })

  test("a damaged cache is rebuilt, not an error", () => {
    dir = workspace("docs")
    writeFileSync(join(dir, "cache.json"), "{ not json")
    const run = cchc(["lint", "docs", "--cache-location", "cache.json"], { cwd: dir })
    expect(run.code).toBe(1)
    expect(JSON.parse(readFileSync(join(dir, "cache.json"), "utf8")).producer).toBeDefined()
  })

  test("--fix with --cache still fixes a file whose cached result had fixes", () => {
    dir = workspace("docs")
    cchc(["lint", "docs", "--cache"], { cwd: dir })
    cchc(["lint", "docs", "--cache", "--fix"], { cwd: dir })
    expect(readFileSync(join(dir, "docs/bao-cao-loi.txt"), "utf8")).toContain("Số: 05/BC-UBND")
  })
})

describe("--baseline", () => {
  test("records today's findings when the file is missing, then reports only new ones", () => {
    dir = workspace("docs")
    const record = cchc(["lint", "docs", "--baseline", "cchc-baseline.json"], { cwd: dir })
    expect(record.code).toBe(0)
    expect(record.stdout).toMatch(/Baseline recorded in cchc-baseline\.json: \d+ findings\./)
    const baseline = JSON.parse(readFileSync(join(dir, "cchc-baseline.json"), "utf8"))
    expect(Object.keys(baseline.files)).toEqual(["docs/bao-cao-dung.txt", "docs/bao-cao-loi.txt"])

    expect(cchc(["lint", "docs", "--baseline", "cchc-baseline.json"], { cwd: dir }).code).toBe(0)

    // Old findings moved by an edit above them stay hidden; a new one shows.
    const edited = `Dòng thêm ở đầu.\n\n${readFileSync(join(dir, "docs/bao-cao-dung.txt"), "utf8").replace("Số: 15/BC-UBND", "Số: 5/BC-UBND")}`
    writeFileSync(join(dir, "docs/bao-cao-dung.txt"), edited)
    const { code, reports } = lintJson(["docs", "--baseline", "cchc-baseline.json"], { cwd: dir })
    expect(code).toBe(1)
    expect(reports.find((r) => r.file === "docs/bao-cao-loi.txt")!.diagnostics).toEqual([])
    expect(
      reports.find((r) => r.file === "docs/bao-cao-dung.txt")!.diagnostics.map((d) => d.messageId)
    ).toContain("unpadded")
  })

  test("says how many recorded findings are gone, and --update-baseline drops them", () => {
    dir = workspace("docs")
    cchc(["lint", "docs", "--baseline", "b.json"], { cwd: dir })
    cchc(["lint", "docs", "--fix"], { cwd: dir })
    const run = cchc(["lint", "docs", "--baseline", "b.json"], { cwd: dir })
    expect(run.stdout).toMatch(
      /\d+ findings? in the baseline no longer occurs?: run with --update-baseline to drop them\./
    )
    const update = cchc(["lint", "docs", "--baseline", "b.json", "--update-baseline"], { cwd: dir })
    expect(update.stdout).toContain("Baseline updated in b.json")
    expect(cchc(["lint", "docs", "--baseline", "b.json"], { cwd: dir }).stdout).not.toContain(
      "no longer occur"
    )
  })

  test("a file that is not a baseline is an error, not overwritten", () => {
    dir = workspace("docs")
    writeFileSync(join(dir, "b.json"), '{"something": "else"}')
    const run = cchc(["lint", "docs", "--baseline", "b.json"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("b.json: not a cchc baseline")
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe('{"something": "else"}')
  })
})
