// .pdf input end to end: a PDF of an example document lints with the
// findings of its text, and broken PDFs (a scan, a password, a bomb, a cut
// file) each get one located message while the other files get their
// reports.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, EXAMPLES, lintJson, REPO_ROOT, removeWorkspace, workspace } from "./helpers.js"
import { bombPdf, encryptedPdf, scannedPdf } from "../../packages/pdf/test/minimal-pdf.js"

const EXAMPLE = "bao-cao-cchc-quy-iii-2026"
let dir = ""

beforeAll(() => {
  assertBuilt()
  dir = workspace()
  copyFileSync(join(REPO_ROOT, "packages/pdf/test/fixtures", `${EXAMPLE}.pdf`), join(dir, `${EXAMPLE}.pdf`))
  copyFileSync(join(EXAMPLES, `${EXAMPLE}.txt`), join(dir, `${EXAMPLE}.txt`))
  writeFileSync(join(dir, "scan.pdf"), scannedPdf())
  writeFileSync(join(dir, "locked.pdf"), encryptedPdf())
  writeFileSync(join(dir, "bomb.pdf"), bombPdf(512 * 1024 * 1024))
  const whole = readFileSync(join(dir, `${EXAMPLE}.pdf`))
  writeFileSync(join(dir, "cut.pdf"), whole.subarray(0, Math.floor(whole.length / 2)))
}, 60_000)

afterAll(() => removeWorkspace(dir))

const keys = (report: { diagnostics: ReadonlyArray<{ ruleId: string | null; messageId: string }> }) =>
  report.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`).sort()

describe("cchc lint on .pdf files", () => {
  test("the PDF of an example document has the findings of its text", () => {
    const { reports } = lintJson([`${EXAMPLE}.pdf`, `${EXAMPLE}.txt`], { cwd: dir })
    const pdf = reports.find((r) => r.file === `${EXAMPLE}.pdf`)!
    const txt = reports.find((r) => r.file === `${EXAMPLE}.txt`)!
    expect(keys(txt).length).toBeGreaterThan(0)
    expect(keys(pdf)).toEqual(keys(txt))
  })

  test("broken PDFs get one located message each; the good one its report", () => {
    const files = ["scan.pdf", "locked.pdf", "bomb.pdf", "cut.pdf", `${EXAMPLE}.pdf`]
    const { code, reports } = lintJson(files, { cwd: dir })
    expect(code).toBe(2)
    for (const file of files.slice(0, 4)) {
      const report = reports.find((r) => r.file === file)!
      expect(report.diagnostics, file).toHaveLength(1)
      expect(report.diagnostics[0], file).toMatchObject({ ruleId: null, fatal: true })
    }
    const scan = reports.find((r) => r.file === "scan.pdf")!.diagnostics[0]!
    expect(scan.message).toMatch(/text layer|lớp văn bản|scanned|quét/iu)
    const good = reports.find((r) => r.file === `${EXAMPLE}.pdf`)!
    expect(good.diagnostics.some((d) => d.fatal === true)).toBe(false)
  })
})
