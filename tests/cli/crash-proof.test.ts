// One input must not take the run down, and a configuration must mean what
// it says: a report of 300,000 findings is printed (no spread into
// Math.max), JSON nested thousands deep is a located error (no stack
// overflow in the recursive reader), `__proto__` is an unknown key (never
// the prototype setter), and a configuration above the repository root is
// not obeyed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, FIXTURES, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const wrong = fixture("docs/bao-cao-loi.txt")
const right = fixture("docs/bao-cao-dung.txt")

describe("a report too long for a spread", () => {
  test("300,000 findings in one file are all reported by the stylish reporter", () => {
    dir = workspace()
    // Each line holds 20 decimals written with a point (number-format).
    const line = `Ủy ban đã làm ${Array.from({ length: 20 }, () => "10.5%").join(" và ")}.\n`
    const text = wrong.replace("Tiếp tục đẩy mạnh", `${line.repeat(15_000)}Tiếp tục đẩy mạnh`)
    writeFileSync(join(dir, "dai.txt"), text)
    const run = cchc(["lint", "dai.txt"], { cwd: dir })
    expect(run.stderr).toBe("")
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("✖ 300005 problems (3 errors, 300002 warnings) in 1 file of 1")
  }, 60_000)
})

describe("JSON nested too deep", () => {
  test("a configuration nested 20,000 deep is a located error, not a stack overflow", () => {
    dir = workspace()
    writeFileSync(join(dir, "cchc.config.json"), `{"rules":${"[".repeat(20_000)}${"]".repeat(20_000)}}`)
    writeFileSync(join(dir, "a.txt"), right)
    const run = cchc(["lint", "a.txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout + run.stderr).not.toContain("call stack")
    expect(run.stdout).toContain("invalid JSON: nested deeper than 128 levels")
    expect(run.stdout).toMatch(/1:137 +error/)
  })

  test("a spec whose sections nest 20,000 deep is a located error", () => {
    dir = workspace()
    const spec = JSON.parse(readFileSync(join(FIXTURES, "specs/bao-cao.json"), "utf8"))
    // JSON.stringify is recursive too: build the text by hand.
    const open = '{"heading":"Mục","children":['.repeat(20_000)
    const sections = `[${open}{"heading":"Cuối"}${"]}".repeat(20_000)}]`
    writeFileSync(join(dir, "s.json"), JSON.stringify({ ...spec, sections: "@" }).replace('"@"', sections))
    const run = cchc(["render", "s.json", "--to", "txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).not.toContain("call stack")
    expect(run.stderr).toContain("s.json:1:")
    expect(run.stderr).toContain("nested deeper than 128 levels")
  })

  test("sections nested deeper than 32 levels are refused at the section that goes too deep", () => {
    dir = workspace()
    const spec = JSON.parse(readFileSync(join(FIXTURES, "specs/bao-cao.json"), "utf8"))
    const nested = (levels: number): Record<string, unknown> => {
      let deep: Record<string, unknown> = { heading: "Cuối", paragraphs: ["Nội dung."] }
      for (let i = 1; i < levels; i++) deep = { heading: `Mục ${i}`, children: [deep] }
      return deep
    }
    writeFileSync(join(dir, "s.json"), JSON.stringify({ ...spec, sections: [nested(33)] }, null, 1))
    const run = cchc(["render", "s.json", "--to", "txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("sections nest deeper than 32 levels")
    const thirtyThird = `sections[0]${".children[0]".repeat(32)}`
    expect(run.stderr).toContain(thirtyThird)
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ ...spec, sections: [nested(32)] }))
    expect(cchc(["render", "ok.json", "--to", "txt"], { cwd: dir }).code).toBe(0)
  })
})

describe("configuration keys", () => {
  test("__proto__ is an unknown key, not a prototype that switches every rule off", () => {
    dir = workspace()
    writeFileSync(join(dir, "cchc.config.json"), '{\n  "__proto__": { "extends": [] }\n}\n')
    writeFileSync(join(dir, "a.txt"), wrong)
    const run = cchc(["lint", "a.txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain("unknown key '__proto__'")
    expect(run.stdout).toMatch(/2:3 +error/)
  })
})

describe("where the configuration is looked for", () => {
  test("a configuration above the repository root is not obeyed", () => {
    dir = workspace()
    writeFileSync(join(dir, "cchc.config.json"), '{ "extends": [] }\n')
    mkdirSync(join(dir, "repo/.git"), { recursive: true })
    mkdirSync(join(dir, "repo/docs"))
    writeFileSync(join(dir, "repo/docs/a.txt"), wrong)
    const run = cchc(["lint", "docs/a.txt"], { cwd: join(dir, "repo") })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("document-number")
  })

  test("a linked worktree's .git file is a repository root too", () => {
    dir = workspace()
    writeFileSync(join(dir, "cchc.config.json"), '{ "extends": [] }\n')
    mkdirSync(join(dir, "repo"))
    writeFileSync(join(dir, "repo/.git"), "gitdir: /elsewhere/.git/worktrees/repo\n")
    writeFileSync(join(dir, "repo/a.txt"), wrong)
    expect(cchc(["lint", "a.txt"], { cwd: join(dir, "repo") }).code).toBe(1)
  })

  test("without a repository, the nearest configuration above is still used", () => {
    dir = workspace()
    writeFileSync(join(dir, "cchc.config.json"), '{ "extends": [] }\n')
    mkdirSync(join(dir, "docs"))
    writeFileSync(join(dir, "docs/a.txt"), wrong)
    const run = cchc(["lint", "a.txt"], { cwd: join(dir, "docs") })
    expect(run.code).toBe(0)
  })
})
