// The GitHub Action (action.yml) and the pre-commit hooks
// (.pre-commit-hooks.yaml) run as their definitions say: the shell of the
// action's lint step runs under bash as a GitHub runner runs it, and each
// hook's entry runs on the files its pattern selects, in a project whose
// node_modules/.bin/cchc is the built CLI (as `npm install -D @cchc/cli`
// would make it).
import { spawnSync } from "node:child_process"
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { parse } from "yaml"
import { assertBuilt, BIN, EXAMPLES, REPO_ROOT, removeWorkspace, workspace } from "./helpers.js"

interface Step {
  readonly id?: string
  readonly run?: string
  readonly uses?: string
}
interface Hook {
  readonly id: string
  readonly entry: string
  readonly files: string
}

const action = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as {
  runs: { using: string; steps: ReadonlyArray<Step> }
}
const hooks = parse(readFileSync(join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as ReadonlyArray<Hook>
const REPORT = "bao-cao-cchc-quy-iii-2026.txt"

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace()
  mkdirSync(join(dir, "node_modules/.bin"), { recursive: true })
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "documents", private: true }))
  const bin = join(dir, "node_modules/.bin/cchc")
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
  chmodSync(bin, 0o755)
  mkdirSync(join(dir, "documents"))
  copyFileSync(join(EXAMPLES, REPORT), join(dir, "documents", REPORT))
  writeFileSync(join(dir, "documents", "notes.json"), "{}")
})
afterAll(() => removeWorkspace(dir))

describe("action.yml", () => {
  test("is a composite action that uploads SARIF to code scanning", () => {
    expect(action.runs.using).toBe("composite")
    expect(
      action.runs.steps.some((step) => step.uses?.startsWith("github/codeql-action/upload-sarif@"))
    ).toBe(true)
  })

  test("its lint step writes annotations and a SARIF log, and reports the exit code of cchc", () => {
    const script = action.runs.steps.find((step) => step.id === "lint")!.run!
    const output = join(dir, "github-output")
    writeFileSync(output, "")
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
      cwd: dir,
      encoding: "utf8",
      env: {
        PATH: process.env["PATH"],
        NO_COLOR: "1",
        GITHUB_OUTPUT: output,
        CCHC_PATHS: "documents",
        CCHC_VERSION: "latest",
        CCHC_MAX_WARNINGS: "",
        CCHC_SARIF: "cchc.sarif"
      }
    })
    expect(run.stderr).toBe("")
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^::error file=documents\/bao-cao-cchc-quy-iii-2026\.txt,line=\d+/m)
    const sarif = JSON.parse(readFileSync(join(dir, "cchc.sarif"), "utf8"))
    expect(sarif.version).toBe("2.1.0")
    expect(sarif.runs[0].results.length).toBeGreaterThan(0)
    expect(readFileSync(output, "utf8")).toBe("exit-code=1\n")
  })
})

describe(".pre-commit-hooks.yaml", () => {
  test.each(hooks)("the $id hook selects documents and no other file", ({ files }) => {
    const pattern = new RegExp(files)
    expect(pattern.test(`documents/${REPORT}`)).toBe(true)
    expect(pattern.test("README.md")).toBe(true)
    expect(pattern.test("src/index.ts")).toBe(false)
    expect(pattern.test("documents/notes.json")).toBe(false)
  })

  test("the cchc-lint hook fails the commit of a document with errors", () => {
    const hook = hooks.find((h) => h.id === "cchc-lint")!
    const [command, ...args] = hook.entry.split(" ")
    const run = spawnSync(command!, [...args, `documents/${REPORT}`], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env["PATH"], NO_COLOR: "1", HOME: dir }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain("place-date")
  })

  test("the example configuration uses a hook that the definitions have", () => {
    const config = parse(readFileSync(join(REPO_ROOT, "examples/ci/pre-commit-config.yaml"), "utf8"))
    const ids = config.repos.flatMap((repo: { hooks: Array<{ id: string }> }) => repo.hooks.map((h) => h.id))
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(hooks.map((h) => h.id)).toContain(id)
  })
})
