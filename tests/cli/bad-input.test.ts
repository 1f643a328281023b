// Bad input: each unusable file or argument gets one located message, the
// other files are still checked, nothing is written, exit code 2.
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { encodeLegacyText } from "@cchc/core"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import {
  assertBuilt,
  cchc,
  fixture,
  lintJson,
  removeWorkspace,
  type JsonFileReport,
  workspace
} from "./helpers.js"

let dir = ""
const wrong = fixture("docs/bao-cao-loi.txt")

beforeAll(() => {
  assertBuilt()
  dir = workspace("docs")
  writeFileSync(join(dir, "empty.txt"), "")
  writeFileSync(join(dir, "blank.md"), "\n \n\t\n")
  writeFileSync(join(dir, "scan.txt"), Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(64)]))
  writeFileSync(
    join(dir, "image.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  )
  writeFileSync(join(dir, "tcvn3.txt"), encodeLegacyText(wrong, "tcvn3"))
  writeFileSync(join(dir, "vni-8bit.txt"), Buffer.from(encodeLegacyText(wrong, "vni"), "latin1"))
  writeFileSync(
    join(dir, "latin1.txt"),
    Buffer.from("Rapport annuel\nr\u00e9sum\u00e9 de l'ann\u00e9e, caf\u00e9, cr\u00e8me\n", "latin1")
  )
  writeFileSync(join(dir, "fake.docx"), "this is not a Word document")
  writeFileSync(join(dir, "notes.odt"), "PK")
  // Over the limit of --max-file-size 1 (MB), while the others are under it.
  writeFileSync(join(dir, "huge.txt"), `${wrong}\n${"Nội dung lặp lại để tạo tệp lớn. ".repeat(40_000)}`)
})
afterAll(() => removeWorkspace(dir))

const fatalOf = (reports: ReadonlyArray<JsonFileReport>, file: string) => {
  const report = reports.find((r) => r.file === file)
  expect(report, file).toBeDefined()
  expect(report!.diagnostics).toHaveLength(1)
  expect(report!.diagnostics[0]).toMatchObject({ ruleId: null, severity: "error", fatal: true })
  return report!.diagnostics[0]!
}

describe("bad input", () => {
  test("each gets one clear, located message; the good files are still checked; exit 2", () => {
    const files = readdirSync(dir).filter((f) => f !== "docs")
    const before = new Map(files.map((f) => [f, readFileSync(join(dir, f))]))
    const { code, reports } = lintJson(
      [".", "notes.odt", "missing.txt", "missing-folder", "*.nothing", "--fix", "--max-file-size", "1"],
      { cwd: dir }
    )
    expect(code).toBe(2)
    expect(fatalOf(reports, "empty.txt")).toMatchObject({
      messageId: "empty",
      message: "empty file: there is nothing to check"
    })
    expect(fatalOf(reports, "blank.md").messageId).toBe("empty")
    expect(fatalOf(reports, "scan.txt").message).toContain("a PDF file")
    expect(fatalOf(reports, "image.txt")).toMatchObject({ messageId: "binary" })
    expect(fatalOf(reports, "tcvn3.txt")).toMatchObject({ messageId: "legacy-encoding", line: 1 })
    expect(fatalOf(reports, "tcvn3.txt").message).toMatch(
      /TCVN3 \(ABC\) encoding \("[^"]+" → "[^"]+"\).*--convert-legacy/
    )
    expect(fatalOf(reports, "vni-8bit.txt").message).toContain("VNI encoding")
    expect(fatalOf(reports, "latin1.txt")).toMatchObject({ messageId: "not-utf8", line: 2 })
    expect(fatalOf(reports, "fake.docx").message).toContain("not a readable .docx")
    // Found in a folder, a file of another type is passed over; named, it is a problem.
    expect(fatalOf(reports, "notes.odt").messageId).toBe("unsupported-type")
    expect(fatalOf(reports, "huge.txt").message).toMatch(/over the 1\.0 MB limit/)
    expect(fatalOf(reports, "missing.txt")).toMatchObject({
      messageId: "missing-path",
      message: "no such file or folder"
    })
    expect(fatalOf(reports, "missing-folder").messageId).toBe("missing-path")
    expect(fatalOf(reports, "*.nothing").messageId).toBe("no-match")
    // The documents were still checked and fixed.
    expect(reports.find((r) => r.file === "docs/bao-cao-loi.txt")!.isDocument).toBe(true)
    expect(readFileSync(join(dir, "docs/bao-cao-loi.txt"), "utf8")).toContain("Số: 05/BC-UBND")
    // Nothing else was written.
    for (const [file, bytes] of before) expect(readFileSync(join(dir, file)), file).toEqual(bytes)
    expect(
      readdirSync(dir)
        .filter((f) => f !== "docs")
        .sort()
    ).toEqual([...files].sort())
  })

  test("stylish prints each problem on one line with its file and no stack trace", () => {
    const run = cchc(["lint", "empty.txt", "tcvn3.txt", "nope.txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain("empty.txt\n  1:1  error  empty file: there is nothing to check  input")
    expect(run.stdout).toMatch(/tcvn3\.txt\n\s+1:\d+\s+error\s+text typed in the legacy TCVN3/)
    expect(run.stdout).toContain("nope.txt\n  1:1  error  no such file or folder  input")
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /)
  })

  test("--convert-legacy checks a TCVN3 or VNI text like its Unicode original", () => {
    const original = lintJson(["docs/bao-cao-loi.txt"], { cwd: dir }).reports[0]!
    for (const file of ["tcvn3.txt", "vni-8bit.txt"]) {
      const converted = lintJson([file, "--convert-legacy"], { cwd: dir }).reports[0]!
      expect(
        converted.diagnostics.some((d) => d.fatal),
        file
      ).toBe(false)
      expect(
        converted.diagnostics.map((d) => d.ruleId),
        file
      ).toEqual(expect.arrayContaining(["document-number", "place-date", "recipients"]))
    }
    expect(original.diagnostics.length).toBeGreaterThan(0)
  })

  test("a very large file within the limit is checked", () => {
    const run = lintJson(["huge.txt", "--max-file-size", "5"], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.reports[0]!.isDocument).toBe(true)
  })

  test("a stack trace never reaches the user", () => {
    for (const args of [
      ["lint", "--config", "missing.json"],
      ["parse"],
      ["render", "missing.json", "--to", "txt"],
      ["rules", "nope"]
    ]) {
      const run = cchc(args, { cwd: dir })
      expect(run.code, args.join(" ")).toBe(2)
      expect(run.stderr.trim().split("\n").length, args.join(" ")).toBeLessThanOrEqual(2)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
    expect(cchc(["lint", "--config", "missing.json"], { cwd: dir }).stderr).toBe(
      "cchc lint: missing.json: no such configuration file\n"
    )
  })
})
