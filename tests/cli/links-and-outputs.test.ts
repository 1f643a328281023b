// A folder walk does not follow a link out of the working tree (it would
// print the first line of /etc/passwd into a CI log), and no output (the
// report, the cache, a rendered document) is written over an input.
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const wrong = fixture("docs/bao-cao-loi.txt")
const secret = "root:x:0:0:mật khẩu của máy chủ:/root:/bin/bash\n"

describe("links found in a folder", () => {
  const tree = () => {
    dir = workspace()
    mkdirSync(join(dir, "outside"))
    mkdirSync(join(dir, "project/docs"), { recursive: true })
    mkdirSync(join(dir, "project/shared"))
    writeFileSync(join(dir, "outside/passwd.txt"), secret)
    writeFileSync(join(dir, "project/shared/bao-cao.txt"), wrong)
    symlinkSync(join(dir, "outside/passwd.txt"), join(dir, "project/docs/leak.txt"))
    symlinkSync("../shared/bao-cao.txt", join(dir, "project/docs/inside.txt"))
    return join(dir, "project")
  }

  test("a link out of the working folder is not followed, and said so once", () => {
    const cwd = tree()
    const run = cchc(["lint", "docs", "docs/*.txt"], { cwd })
    expect(run.stdout).not.toContain("mật khẩu")
    expect(run.stdout).not.toContain("root:x")
    const notes = run.stdout.split("\n").filter((line) => line.includes("Not followed"))
    expect(notes).toEqual([
      "Not followed: docs/leak.txt, a link to a file outside the working folder and the configuration root."
    ])
    // The link not followed has an entry with nothing checked, and none of its text.
    const { reports } = lintJson(["docs"], { cwd })
    expect(reports.map((r) => [r.file, r.diagnostics.length > 0])).toEqual([
      ["docs/inside.txt", true],
      ["docs/leak.txt", false]
    ])
  })

  test("a link inside the working folder is followed and fixed in its target", () => {
    const cwd = tree()
    const run = cchc(["lint", "docs", "--fix"], { cwd })
    expect(run.stdout).toContain("docs/inside.txt (fixed)")
    expect(readFileSync(join(cwd, "shared/bao-cao.txt"), "utf8")).toContain("Số: 05/BC-UBND")
    expect(readFileSync(join(dir, "outside/passwd.txt"), "utf8")).toBe(secret)
  })

  test("the folder of the configuration counts as inside", () => {
    const cwd = tree()
    writeFileSync(join(dir, "cchc.config.json"), "{}")
    const { reports } = lintJson(["docs"], { cwd })
    expect(reports.map((r) => r.file)).toEqual(["docs/inside.txt", "docs/leak.txt"])
  })
})

describe("outputs never overwrite inputs", () => {
  test.each([
    ["-o naming a checked file", ["lint", "a.txt", "-o", "a.txt"], "-o a.txt: a file being checked"],
    ["-o naming a file found in a folder", ["lint", ".", "-o", "a.txt"], "-o a.txt: a file being checked"],
    ["-o naming a hard link of a checked file", ["lint", "a.txt", "-o", "b.txt"], "the same file as a.txt"],
    ["--cache-location naming a document", ["lint", "a.txt", "--cache-location", "a.txt"], "not a document"],
    [
      "--cache-location naming the configuration",
      ["lint", "a.txt", "-c", "c.json", "--cache-location", "c.json"],
      "the configuration"
    ],
    [
      "-o naming the cache",
      ["lint", "a.txt", "--cache-location", "x.json", "-o", "x.json"],
      "--cache-location x.json: the file of -o"
    ]
  ])("%s is refused before anything is written", (_, args, reason) => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    writeFileSync(join(dir, "c.json"), "{}\n")
    linkSync(join(dir, "a.txt"), join(dir, "b.txt"))
    const run = cchc([...args, "--fix"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(reason)
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(wrong)
    expect(readFileSync(join(dir, "c.json"), "utf8")).toBe("{}\n")
  })

  test("cchc render SPEC -o SPEC is refused; the spec is kept", () => {
    dir = workspace("specs")
    const spec = readFileSync(join(dir, "specs/bao-cao.json"), "utf8")
    const run = cchc(["render", "specs/bao-cao.json", "--to", "txt", "-o", "specs/bao-cao.json"], {
      cwd: dir
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("-o specs/bao-cao.json: the spec")
    expect(readFileSync(join(dir, "specs/bao-cao.json"), "utf8")).toBe(spec)
    expect(cchc(["render", "specs/bao-cao.json", "-o", "out/bao-cao.txt"], { cwd: dir }).code).toBe(0)
  })
})
