// .docx input end to end: the text and formatting read by @cchc/docx, and
// hostile archives (a zip bomb, millions of paragraphs) refused with one
// located message each while the other files get their reports.
import { readFileSync, writeFileSync } from "node:fs"
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
