// .docx input end to end: the text and formatting read by @cchc/docx, and
// hostile archives (a zip bomb, millions of paragraphs) refused with one
// located message each while the other files get their reports.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, lintJson, removeWorkspace, workspace } from "./helpers.js"
import { faultyDocx } from "../../packages/docx/test/faulty-docx.js"
import { manyParagraphs, zipBomb } from "./support/docx-bombs.js"

let dir = ""

beforeAll(() => {
  assertBuilt()
  dir = workspace("specs")
  expect(
    cchc(["render", "specs/bao-cao.json", "--to", "docx", "-o", "bao-cao.docx"], { cwd: dir }).code
  ).toBe(0)
  writeFileSync(join(dir, "bomb.docx"), zipBomb("honest"))
  writeFileSync(join(dir, "bomb-lying.docx"), zipBomb("lying"))
  // Two million paragraphs in about half a megabyte.
  writeFileSync(
    join(dir, "paragraphs.docx"),
    manyParagraphs(2_000_000, (i) => `<w:p><w:r><w:t>${i % 500}</w:t></w:r></w:p>`)
  )
  // Small enough to pass the size checks: stopped by the paragraph limit while parsing.
  writeFileSync(
    join(dir, "paragraphs-small.docx"),
    manyParagraphs(240_000, (i) => `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`)
  )
}, 120_000)

afterAll(() => removeWorkspace(dir))

const fatal = (reports: ReturnType<typeof lintJson>["reports"], file: string) => {
  const report = reports.find((r) => r.file === file)!
  expect(report.diagnostics).toHaveLength(1)
  expect(report.diagnostics[0]).toMatchObject({ ruleId: null, fatal: true, messageId: "too-large" })
  return report.diagnostics[0]!.message
}

describe("hostile .docx files", () => {
  test("each gets one located error and the other files their reports, at --concurrency 1 too", () => {
    for (const concurrency of ["1", "2"]) {
      const { code, reports } = lintJson(
        [
          "bomb.docx",
          "bomb-lying.docx",
          "paragraphs.docx",
          "paragraphs-small.docx",
          "bao-cao.docx",
          "--concurrency",
          concurrency
        ],
        { cwd: dir }
      )
      expect(code).toBe(2)
      expect(fatal(reports, "bomb.docx")).toMatch(/word\/document\.xml declares 1024\.0 MB/)
      expect(fatal(reports, "bomb-lying.docx")).toMatch(
        /word\/document\.xml inflates to more than the 4 KB it declares/
      )
      expect(fatal(reports, "paragraphs.docx")).toMatch(
        /word\/document\.xml declares .* over the 32\.0 MB limit/
      )
      expect(fatal(reports, "paragraphs-small.docx")).toMatch(/more than 100000 paragraphs/)
      const good = reports.find((r) => r.file === "bao-cao.docx")!
      expect(good.isDocument).toBe(true)
      expect(good.diagnostics.filter((d) => d.fatal)).toEqual([])
    }
  }, 120_000)
})

describe("--fix on a .docx", () => {
  test("writes FILE.fixed.docx beside it, leaves the file alone, and the copy re-lints without formatting fixes", () => {
    const original = faultyDocx()
    writeFileSync(join(dir, "loi.docx"), original)
    const run = lintJson(["loi.docx", "--fix"], { cwd: dir })
    expect(readFileSync(join(dir, "loi.docx"))).toEqual(Buffer.from(original))
    expect(run.reports[0]!.fixed).toBe(true)
    const again = lintJson(["loi.fixed.docx"], { cwd: dir })
    const left = again.reports[0]!.diagnostics.filter((d) => d.ruleId?.startsWith("layout-"))
    expect(left).toEqual([])
  })
})

describe("--fix --fix-dir DIR on a .docx", () => {
  const layoutLeft = (file: string, cwd: string) =>
    lintJson([file], { cwd }).reports[0]!.diagnostics.filter((d) => d.ruleId?.startsWith("layout-"))

  test("writes DIR/<name>.fixed.docx, creating DIR, and nothing beside the file", () => {
    const original = faultyDocx()
    mkdirSync(join(dir, "one"), { recursive: true })
    writeFileSync(join(dir, "one/loi.docx"), original)
    const run = lintJson(["one/loi.docx", "--fix", "--fix-dir", "out/fixed"], { cwd: dir })
    expect(run.reports[0]!.fixed).toBe(true)
    expect(readFileSync(join(dir, "one/loi.docx"))).toEqual(Buffer.from(original))
    expect(existsSync(join(dir, "one/loi.fixed.docx"))).toBe(false)
    expect(layoutLeft("out/fixed/loi.fixed.docx", dir)).toEqual([])
  })

  test("inputs that share a name keep the folders that tell them apart", () => {
    for (const folder of ["two/a", "two/b/c"]) {
      mkdirSync(join(dir, folder), { recursive: true })
      writeFileSync(join(dir, folder, "loi.docx"), faultyDocx())
    }
    writeFileSync(join(dir, "two/khac.docx"), faultyDocx())
    const run = lintJson(["two", "--fix", "--fix-dir", "out2"], { cwd: dir })
    expect(run.reports.every((r) => r.fixed)).toBe(true)
    expect(readdirSync(join(dir, "out2"), { recursive: true }).map(String).sort()).toEqual([
      "a",
      "a/loi.fixed.docx",
      "b",
      "b/c",
      "b/c/loi.fixed.docx",
      "khac.fixed.docx"
    ])
  })

  test("never through a symbolic link: the link and what it points to stay as they were", () => {
    mkdirSync(join(dir, "three"), { recursive: true })
    writeFileSync(join(dir, "three/loi.docx"), faultyDocx())
    mkdirSync(join(dir, "out3"), { recursive: true })
    writeFileSync(join(dir, "target.bin"), "keep")
    symlinkSync(join(dir, "target.bin"), join(dir, "out3/loi.fixed.docx"))
    const run = lintJson(["three/loi.docx", "--fix", "--fix-dir", "out3"], { cwd: dir })
    const report = run.reports[0]!
    expect(report.fixed ?? false).toBe(false)
    expect(report.diagnostics[0]).toMatchObject({ messageId: "fix-not-written" })
    expect(report.diagnostics[0]!.message).toMatch(/symbolic link/)
    expect(lstatSync(join(dir, "out3/loi.fixed.docx")).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, "target.bin"), "utf8")).toBe("keep")
  })

  test("never over a file being checked, and only with --fix", () => {
    mkdirSync(join(dir, "four"), { recursive: true })
    writeFileSync(join(dir, "four/loi.docx"), faultyDocx())
    const kept = faultyDocx()
    writeFileSync(join(dir, "four/loi.fixed.docx"), kept)
    const over = cchc(["lint", "four/loi.docx", "four/loi.fixed.docx", "--fix", "--fix-dir", "four"], {
      cwd: dir
    })
    expect(over.code).toBe(2)
    expect(over.stderr).toMatch(/--fix-dir .*loi\.fixed\.docx: a file being checked/)
    expect(readFileSync(join(dir, "four/loi.fixed.docx"))).toEqual(Buffer.from(kept))
    const alone = cchc(["lint", "four/loi.docx", "--fix-dir", "out4"], { cwd: dir })
    expect(alone.code).toBe(2)
    expect(alone.stderr).toMatch(/--fix-dir DIR needs --fix/)
    expect(existsSync(join(dir, "out4"))).toBe(false)
  })
})
