// cchc.config.json / .cchcrc.json: found by walking up from each file,
// `extends` chains of presets and files, overrides by kind and glob,
// ignores, and clear errors that name the key and its line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, lintJson, removeWorkspace, ruleIds, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const wrong = fixture("docs/bao-cao-loi.txt")

const write = (path: string, content: string | object) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content, null, 2))
}

describe("configuration files", () => {
  test("the nearest configuration governs each file", () => {
    dir = workspace()
    write("cchc.config.json", { rules: { "place-date": "off" } })
    write("a/bao-cao.txt", wrong)
    write("b/.cchcrc.json", { rules: { "document-number": "off" } })
    write("b/bao-cao.txt", wrong)
    const { reports } = lintJson(["."], { cwd: dir })
    expect(ruleIds(reports.find((r) => r.file === "a/bao-cao.txt"))).not.toContain("place-date")
    expect(ruleIds(reports.find((r) => r.file === "a/bao-cao.txt"))).toContain("document-number")
    // b's own file wins over the one above it (no cascading).
    expect(ruleIds(reports.find((r) => r.file === "b/bao-cao.txt"))).toContain("place-date")
    expect(ruleIds(reports.find((r) => r.file === "b/bao-cao.txt"))).not.toContain("document-number")
  })

  test("extends chains presets and files, later ones winning", () => {
    dir = workspace()
    write("shared/base.json", {
      extends: "strict",
      rules: { "document-number": "warning", "end-mark": "off" }
    })
    write("project/cchc.config.json", { extends: ["../shared/base.json"], rules: { "end-mark": "error" } })
    write("project/bao-cao.txt", wrong)
    const { reports } = lintJson(["project"], { cwd: dir })
    const diagnostics = reports[0]!.diagnostics
    expect(diagnostics.find((d) => d.ruleId === "document-number")!.severity).toBe("warning")
    expect(diagnostics.find((d) => d.ruleId === "end-mark")!.severity).toBe("error")
  })

  test('"root": true ends the search: a configuration above never governs the files below, and extends still loads files above', () => {
    dir = workspace()
    // A stray configuration above that would switch every rule off.
    write("cchc.config.json", { extends: [] })
    write("shared/base.json", { extends: "recommended", rules: { "end-mark": "warning" } })
    write("project/cchc.config.json", { root: true, extends: ["../shared/base.json"] })
    write("project/docs/2024/bao-cao.txt", wrong)
    write("other/bao-cao.txt", wrong)
    const { reports } = lintJson(["."], { cwd: dir })
    const inProject = reports.find((r) => r.file === "project/docs/2024/bao-cao.txt")!
    expect(ruleIds(inProject)).toEqual(expect.arrayContaining(["document-number", "place-date"]))
    expect(inProject.diagnostics.find((d) => d.ruleId === "end-mark")!.severity).toBe("warning")
    // Counter-test: outside the root, the configuration above still governs.
    expect(reports.find((r) => r.file === "other/bao-cao.txt")!.diagnostics).toEqual([])
    const debug = cchc(["lint", "project", "--debug"], { cwd: dir })
    expect(debug.stdout).toContain("Configuration: project/cchc.config.json")
  })

  test("overrides apply by document kind and by glob", () => {
    dir = workspace()
    write("cchc.config.json", {
      overrides: [
        { kinds: ["BC"], rules: { "place-date": "off" } },
        { files: ["drafts/**"], rules: { "document-number": "off" } },
        { kinds: ["Kế hoạch"], rules: { recipients: "off" } }
      ]
    })
    write("bao-cao.txt", wrong)
    write("drafts/bao-cao.txt", wrong)
    const { reports } = lintJson(["."], { cwd: dir })
    const top = ruleIds(reports.find((r) => r.file === "bao-cao.txt"))
    const draft = ruleIds(reports.find((r) => r.file === "drafts/bao-cao.txt"))
    expect(top).not.toContain("place-date")
    expect(top).toContain("document-number")
    expect(top).toContain("recipients")
    expect(draft).not.toContain("document-number")
  })

  test("ignores skip files found in folders", () => {
    dir = workspace()
    write(".cchcrc.json", { ignores: ["old/", "*.md"] })
    write("old/2019/bao-cao.txt", wrong)
    write("notes.md", wrong)
    write("bao-cao.txt", wrong)
    const { reports } = lintJson(["."], { cwd: dir })
    expect(reports.map((r) => r.file)).toEqual(["bao-cao.txt"])
  })

  test("--config replaces discovery", () => {
    dir = workspace()
    write("cchc.config.json", { rules: { "place-date": "off" } })
    write("other.json", { extends: [], rules: { "place-date": "error" } })
    write("bao-cao.txt", wrong)
    expect(ruleIds(lintJson(["bao-cao.txt", "--config", "other.json"], { cwd: dir }).reports[0])).toEqual([
      "place-date"
    ])
  })

  test("today fixes the date rules judge against", () => {
    dir = workspace()
    write("cchc.config.json", { today: "2024-03-01" })
    write("none.json", {})
    write("bao-cao.txt", wrong)
    // The document is dated 05/3/2024: later than that "today", not later than the real one.
    const place = lintJson(["bao-cao.txt"], { cwd: dir }).reports[0]!.diagnostics.filter(
      (d) => d.ruleId === "place-date"
    )
    expect(place.map((d) => d.messageId).sort()).toEqual(["future", "monthPadded"])
    const real = lintJson(["bao-cao.txt", "--config", "none.json"], { cwd: dir })
    expect(
      real.reports[0]!.diagnostics.filter((d) => d.ruleId === "place-date").map((d) => d.messageId)
    ).toEqual(["monthPadded"])
  })
})

describe("configuration errors", () => {
  const errorOf = (config: string) => {
    removeWorkspace(dir)
    dir = workspace()
    write("cchc.config.json", config)
    write("bao-cao.txt", wrong)
    write("elsewhere/.cchcrc.json", {})
    write("elsewhere/bao-cao.txt", wrong)
    const run = lintJson(["."], { cwd: dir })
    expect(run.code).toBe(2)
    // The files under the valid configuration are still checked.
    expect(run.reports.find((r) => r.file === "elsewhere/bao-cao.txt")!.diagnostics.length).toBeGreaterThan(0)
    expect(run.reports.find((r) => r.file === "bao-cao.txt")).toBeUndefined()
    const report = run.reports.find((r) => r.file === "cchc.config.json")!
    expect(report.diagnostics).toHaveLength(1)
    return report.diagnostics[0]!
  }

  test('"root" must be a boolean', () => {
    const error = errorOf('{\n  "root": "yes"\n}\n')
    expect(error.message).toContain("root: must be true or false, not a string")
    expect(error.line).toBe(2)
  })

  test("an unknown key is named, with a suggestion and its line", () => {
    const error = errorOf('{\n  "extends": "recommended",\n  "rulez": { "end-mark": "off" }\n}\n')
    expect(error).toMatchObject({ messageId: "invalid-config", line: 3, column: 3 })
    expect(error.message).toContain("unknown key 'rulez' (did you mean 'rules'?)")
    expect(error.message).toContain("(1 file under it not checked)")
  })

  test("unknown rules, presets and severities are named", () => {
    expect(errorOf('{ "rules": { "end-mrak": "off" } }').message).toContain(
      "rules.end-mrak: unknown rule 'end-mrak' (did you mean 'end-mark'?)"
    )
    expect(errorOf('{ "extends": ["recomended"] }').message).toContain(
      "unknown preset 'recomended' (did you mean 'recommended'?)"
    )
    expect(errorOf('{ "rules": { "end-mark": "warn" } }').message).toContain(
      "'warn' is not a severity (did you mean 'warning'?)"
    )
    expect(errorOf('{ "overrides": [{ "rules": {} }] }').message).toContain(
      "overrides[0]: an override needs 'kinds' (document kinds) or 'files' (globs)"
    )
    expect(errorOf('{ "today": "2024-02-30" }').message).toContain("today: must be a calendar date")
  })

  test("malformed JSON is located", () => {
    const error = errorOf('{\n  "rules": {\n    "end-mark": "off",\n  }\n}\n')
    expect(error).toMatchObject({ line: 4, column: 3 })
    expect(error.message).toContain("invalid JSON: expected a string in double quotes")
  })

  test("a missing or cyclic extends is named", () => {
    expect(errorOf('{ "extends": ["./nope.json"] }').message).toContain(
      "extends[0]: no such configuration file './nope.json'"
    )
    removeWorkspace(dir)
    dir = workspace()
    write("cchc.config.json", { extends: ["./a.json"] })
    write("a.json", { extends: ["./cchc.config.json"] })
    write("bao-cao.txt", wrong)
    const run = cchc(["lint", "."], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      "the configurations extend each other in a cycle: cchc.config.json → a.json → cchc.config.json"
    )
  })

  test("a broken --config stops the run with one line", () => {
    dir = workspace()
    write("bad.json", '{ "rules": 5 }')
    const run = cchc(["lint", ".", "--config", "bad.json"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      "cchc lint: bad.json:1:3: rules: must be an object of rule id to severity, not a number\n"
    )
  })
})

describe("cchc init", () => {
  test("writes a starter configuration with a $schema that exists and validates it", () => {
    dir = workspace()
    const run = cchc(["init"], { cwd: dir })
    expect(run.code).toBe(0)
    const config = JSON.parse(readFileSync(join(dir, "cchc.config.json"), "utf8"))
    expect(config.extends).toEqual(["recommended"])
    const schemaPath = join(dir, config.$schema)
    const schema = JSON.parse(readFileSync(schemaPath, "utf8"))
    expect(Object.keys(schema.definitions.rules.properties)).toContain("place-date")
    // The starter configuration lints cleanly as a configuration.
    write("bao-cao.txt", wrong)
    expect(cchc(["lint", "."], { cwd: dir }).code).toBe(1)
    expect(cchc(["init"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "cchc init: cchc.config.json: already exists; use --force to overwrite it\n"
    })
    expect(cchc(["init", "--force", "--preset", "strict"], { cwd: dir }).code).toBe(0)
  })
})
