// `cchc render` of the JSON that `cchc parse --format json` prints, and
// `cchc convert`, on the built CLI.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace("docs", "specs")
})
afterAll(() => removeWorkspace(dir))

describe("cchc render of parse JSON", () => {
  test("prints the document the JSON describes, which parses to the same JSON", () => {
    const first = cchc(["render", "specs/bao-cao.json", "--to", "txt", "-o", "first.txt"], { cwd: dir })
    expect(first.code).toBe(0)
    const parsed = cchc(["parse", "--format", "json", "first.txt"], { cwd: dir })
    writeFileSync(join(dir, "parsed.json"), parsed.stdout)
    const again = cchc(["render", "parsed.json", "--to", "txt"], { cwd: dir })
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(readFileSync(join(dir, "first.txt"), "utf8"))
  })

  test("parse JSON of a text without the parts a document needs is refused with the reason, exit 2", () => {
    writeFileSync(join(dir, "note.txt"), "Một ghi chú không có thể thức văn bản.\n")
    writeFileSync(
      join(dir, "note.json"),
      cchc(["parse", "--format", "json", "note.txt"], { cwd: dir }).stdout
    )
    const run = cchc(["render", "note.json", "--to", "txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^cchc render: note\.json:1:1: cannot make a document spec of it: the document has no /u
    )
  })

  test("an unknown key in a spec is an error located at the key, with the closest known key", () => {
    const spec = JSON.parse(readFileSync(join(dir, "specs/bao-cao.json"), "utf8"))
    spec.kinhgui = ["Sở Nội vụ"]
    writeFileSync(join(dir, "typo.json"), JSON.stringify(spec, null, 2))
    const run = cchc(["render", "typo.json", "--to", "txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^cchc render: typo\.json:\d+:\d+: not a document spec: kinhgui: unknown key \(did you mean 'kinhGui'\?\)/u
    )
  })
})

describe("cchc convert", () => {
  test("a text document to .docx, which lints like the text it came from", () => {
    cchc(["render", "specs/bao-cao.json", "--to", "txt", "-o", "source.txt"], { cwd: dir })
    const run = cchc(["convert", "source.txt", "--to", "docx", "-o", "out/converted.docx"], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe("Wrote out/converted.docx (docx).\n")
    const lint = cchc(["lint", "out/converted.docx", "source.txt"], { cwd: dir })
    expect(lint.code).toBe(0)
    const back = cchc(["convert", "out/converted.docx", "--to", "txt"], { cwd: dir })
    expect(back.stdout).toBe(readFileSync(join(dir, "source.txt"), "utf8"))
  })

  test("--fix applies the safe fixes first: the unpadded number is printed padded", () => {
    const run = cchc(["convert", "docs/bao-cao-loi.txt", "--to", "txt", "--fix"], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("Số: 05/BC-UBND\n")
    expect(run.stderr).toMatch(/safe fixes applied first/u)
  })

  test("Markdown and HTML on standard output; docx needs -o; a missing file is exit 2", () => {
    expect(cchc(["convert", "docs/bao-cao-dung.txt", "--to", "md"], { cwd: dir }).stdout).toContain(
      "**BÁO CÁO**"
    )
    expect(cchc(["convert", "docs/bao-cao-dung.txt", "--to", "html"], { cwd: dir }).stdout).toMatch(
      /^<!DOCTYPE html>/u
    )
    const docx = cchc(["convert", "docs/bao-cao-dung.txt", "--to", "docx"], { cwd: dir })
    expect(docx.code).toBe(2)
    expect(docx.stderr).toContain("--to docx writes a binary file")
    expect(cchc(["convert", "nowhere.txt", "--to", "txt"], { cwd: dir }).code).toBe(2)
  })

  test("help names the command", () => {
    expect(cchc(["help", "convert"]).stdout).toContain("Usage: cchc convert FILE --to docx|txt|md|html")
    expect(cchc(["--help"]).stdout).toContain("convert FILE --to FMT")
  })
})
