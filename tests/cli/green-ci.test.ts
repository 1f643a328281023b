// A green CI must mean something: a run that could check nothing exits 2
// with the real cause, the configuration used is named, a damaged or stale
// cache is rebuilt instead of trusted, and a baseline entry that is not one
// is refused with its place.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => {
  // A folder made unreadable must be readable again to be removed.
  if (dir !== "") chmodSync(dir, 0o755)
  removeWorkspace(dir)
})

const wrong = fixture("docs/bao-cao-loi.txt")
const right = fixture("docs/bao-cao-dung.txt")

// Root reads any folder: the permission cases run as nobody then.
const isRoot = process.getuid?.() === 0
const unprivileged = isRoot ? { user: { uid: 65534, gid: 65534 } } : {}
const openWorkspace = () => {
  dir = workspace()
  chmodSync(dir, 0o777)
  return dir
}

describe("nothing could be checked", () => {
  test('"ignores": ["**"] exits 2 and says the configuration excluded every file', () => {
    dir = workspace("docs")
    writeFileSync(join(dir, "cchc.config.json"), '{ "ignores": ["**"] }\n')
    const run = cchc(["lint", "docs"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      "nothing was checked: all 2 files found are excluded by 'ignores' of cchc.config.json"
    )
    expect(run.stdout).not.toContain("0 files checked: no problems")
  })

  test("ignores that leave some files still exit by the findings", () => {
    dir = workspace("docs")
    writeFileSync(join(dir, "cchc.config.json"), '{ "ignores": ["docs/bao-cao-loi.txt"] }\n')
    expect(cchc(["lint", "docs"], { cwd: dir }).code).toBe(0)
  })

  test("an unreadable folder is reported with its cause, not skipped", () => {
    openWorkspace()
    mkdirSync(join(dir, "docs/closed"), { recursive: true })
    writeFileSync(join(dir, "docs/a.txt"), right)
    writeFileSync(join(dir, "docs/closed/b.txt"), wrong)
    chmodSync(join(dir, "docs"), 0o755)
    chmodSync(join(dir, "docs/closed"), 0o000)
    const { code, reports } = lintJson(["docs"], { cwd: dir, ...unprivileged })
    chmodSync(join(dir, "docs/closed"), 0o755)
    expect(code).toBe(2)
    const closed = reports.find((r) => r.file === "docs/closed")!
    expect(closed.diagnostics[0]).toMatchObject({
      messageId: "unreadable",
      message: "this folder cannot be read: permission denied (EACCES)",
      fatal: true
    })
    expect(reports.find((r) => r.file === "docs/a.txt")?.diagnostics.some((d) => d.fatal)).toBe(false)
  })

  test("a file in a folder the user may not enter is a permission error, not 'no such file'", () => {
    openWorkspace()
    mkdirSync(join(dir, "closed"))
    writeFileSync(join(dir, "closed/a.txt"), wrong)
    chmodSync(join(dir, "closed"), 0o000)
    const run = cchc(["lint", "closed/a.txt"], { cwd: dir, ...unprivileged })
    chmodSync(join(dir, "closed"), 0o755)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain("this file or folder cannot be read: permission denied (EACCES)")
    expect(run.stdout).not.toContain("no such file")
  })

  test("a loop of links is named as one, named or met in a folder", () => {
    dir = workspace()
    mkdirSync(join(dir, "docs"))
    symlinkSync("b.txt", join(dir, "docs/a.txt"))
    symlinkSync("a.txt", join(dir, "docs/b.txt"))
    const named = cchc(["lint", "docs/a.txt"], { cwd: dir })
    expect(named.code).toBe(2)
    expect(named.stdout).toContain("this file or folder cannot be read: a loop of symbolic links (ELOOP)")
    const walked = lintJson(["docs"], { cwd: dir })
    expect(walked.code).toBe(2)
    expect(walked.reports.map((r) => [r.file, r.diagnostics[0]?.message])).toEqual([
      ["docs/a.txt", "this linked file cannot be read: a loop of symbolic links (ELOOP)"],
      ["docs/b.txt", "this linked file cannot be read: a loop of symbolic links (ELOOP)"]
    ])
  })

  test("a missing path is still 'no such file or folder'", () => {
    dir = workspace()
    const run = cchc(["lint", "missing.txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain("no such file or folder")
  })
})

describe("which configuration was used", () => {
  test("--debug names it in the stylish summary, SARIF in the run properties", () => {
    dir = workspace("docs")
    writeFileSync(join(dir, "cchc.config.json"), '{ "extends": "strict" }\n')
    const debug = cchc(["lint", "docs", "--debug"], { cwd: dir })
    expect(debug.stdout).toContain("Configuration: cchc.config.json")
    expect(cchc(["lint", "docs"], { cwd: dir }).stdout).not.toContain("Configuration:")
    const sarif = JSON.parse(cchc(["lint", "docs", "--format", "sarif"], { cwd: dir }).stdout)
    expect(sarif.runs[0].properties.configurations).toEqual(["cchc.config.json"])
  })

  test("the built-in default when no file governs", () => {
    dir = workspace("docs")
    const debug = cchc(["lint", "docs", "--debug"], { cwd: dir })
    expect(debug.stdout).toContain("Configuration: (built-in: recommended)")
  })
})

describe("a link not followed is in every report", () => {
  test("JSON gives it an entry of its own, SARIF a note", () => {
    dir = workspace()
    mkdirSync(join(dir, "outside"))
    mkdirSync(join(dir, "project/docs"), { recursive: true })
    writeFileSync(join(dir, "outside/secret.txt"), "mật khẩu\n")
    writeFileSync(join(dir, "project/docs/a.txt"), right)
    symlinkSync(join(dir, "outside/secret.txt"), join(dir, "project/docs/leak.txt"))
    const cwd = join(dir, "project")
    const json = JSON.parse(cchc(["lint", "docs", "--format", "json"], { cwd }).stdout)
    expect(json.find((r: { file: string }) => r.file === "docs/leak.txt")).toEqual({
      file: "docs/leak.txt",
      isDocument: false,
      skipped: "a link to a file outside the working folder and the configuration root",
      diagnostics: []
    })
    const sarif = JSON.parse(cchc(["lint", "docs", "--format", "sarif"], { cwd }).stdout)
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({ level: "note", descriptor: { id: "link-not-followed" } })
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true)
  })
})

describe("--cache", () => {
  const cached = () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    const cacheFile = join(dir, "cache.json")
    const first = lintJson(["a.txt", "--cache-location", cacheFile], { cwd: dir })
    return { cacheFile, first, content: JSON.parse(readFileSync(cacheFile, "utf8")) }
  }

  test("a damaged entry is dropped and rebuilt, with a note, not a crash", () => {
    const { cacheFile, first, content } = cached()
    const path = join(dir, "a.txt")
    content.entries[path].result.messages = [{ ruleId: 5 }]
    writeFileSync(cacheFile, JSON.stringify(content))
    const run = cchc(["lint", "a.txt", "--cache-location", cacheFile], { cwd: dir })
    expect(run.stderr).toBe("")
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("The cache cache.json was damaged: 1 entry dropped and rebuilt.")
    const again = lintJson(["a.txt", "--cache-location", cacheFile], { cwd: dir })
    expect(again.reports).toEqual(first.reports)
    const rebuilt = JSON.parse(readFileSync(cacheFile, "utf8"))
    expect(rebuilt.entries[path].result.messages.length).toBe(first.reports[0]!.diagnostics.length)
  })

  test("a file that is not a cache at all is rebuilt", () => {
    const { cacheFile, first } = cached()
    writeFileSync(cacheFile, "[1, 2")
    expect(lintJson(["a.txt", "--cache-location", cacheFile], { cwd: dir }).reports).toEqual(first.reports)
  })

  test("results written by other code or rules are not reused", () => {
    const { cacheFile, first, content } = cached()
    const path = join(dir, "a.txt")
    // What an older build with fewer findings would have left: a valid
    // entry under the same content key, from another producer.
    content.producer = "another-build"
    content.entries[path].result.messages = []
    writeFileSync(cacheFile, JSON.stringify(content))
    const run = lintJson(["a.txt", "--cache-location", cacheFile], { cwd: dir })
    expect(run.reports).toEqual(first.reports)
    expect(run.reports[0]!.diagnostics.length).toBeGreaterThan(0)
  })
})

describe("--baseline entries", () => {
  const withBaseline = (entry: unknown) => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    writeFileSync(
      join(dir, "base.json"),
      JSON.stringify({ cchcBaseline: 1, createdWith: "0.1.0", files: { "a.txt": [entry] } })
    )
    return cchc(["lint", "a.txt", "--baseline", "base.json"], { cwd: dir })
  }
  const good = { ruleId: "document-number", messageId: "sequencePadding", fingerprint: "x", count: 1 }

  test.each([
    [{ ...good, count: -1 }, '"a.txt"[0].count: must be a positive integer, got -1'],
    [{ ...good, count: "x" }, '"a.txt"[0].count: must be a positive integer, got "x"'],
    [{ ...good, ruleId: 7 }, '"a.txt"[0].ruleId: must be a non-empty string, got 7'],
    ["document-number", '"a.txt"[0]: must be an object { ruleId, messageId, fingerprint, count }']
  ])("%o is refused: %s", (entry, reason) => {
    const run = withBaseline(entry)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`base.json: ${reason}`)
  })

  test("files that is not an object of arrays is refused with the file's key", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    writeFileSync(join(dir, "base.json"), JSON.stringify({ cchcBaseline: 1, files: { "a.txt": 3 } }))
    const run = cchc(["lint", "a.txt", "--baseline", "base.json"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('base.json: "a.txt": must be an array of entries, not number')
  })
})
