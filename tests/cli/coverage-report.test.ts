// The coverage a CI sees on the built `cchc`: `--format json` carries each
// file's regime and the rules that gave no verdict with their reason, and
// the SARIF log carries the same in its run properties, so a run where
// most rules were skipped is not read as "every rule passed".
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import * as D from "../regimes/documents.js"
import { assertBuilt, cchc, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const write = (path: string, content: string | object) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content, null, 2))
}

interface Skipped {
  readonly ruleId: string
  readonly skip: string
  readonly reason: string
}
interface Entry {
  readonly file: string
  readonly regime?: { readonly kind: string }
  readonly skipped?: ReadonlyArray<Skipped>
}

const lint = (args: ReadonlyArray<string>): ReadonlyArray<Entry> =>
  JSON.parse(cchc(["lint", ...args, "--format", "json"], { cwd: dir }).stdout) as ReadonlyArray<Entry>

describe("json", () => {
  test("a Party resolution says it was judged as Party and which state rules were not applied, and why", () => {
    dir = workspace()
    write("docs/nghi-quyet.txt", D.PARTY_RESOLUTION)
    const [entry] = lint(["docs/nghi-quyet.txt"])
    expect(entry!.regime).toEqual({ kind: "party" })
    const notApplicable = entry!.skipped!.filter((s) => s.skip === "not-applicable")
    expect(notApplicable.length).toBeGreaterThan(0)
    expect(notApplicable.map((s) => s.ruleId)).toContain("signing-authority")
    for (const s of entry!.skipped!) {
      expect(Object.keys(s).sort()).toEqual(["reason", "ruleId", "skip"])
      expect(s.reason.length).toBeGreaterThan(0)
    }
  })

  test("counter-test: a state document is judged as state, and a rule turned off is listed as off", () => {
    dir = workspace()
    write("cchc.config.json", { rules: { "end-mark": "off" } })
    write("docs/cong-van.txt", D.STATE_LETTER_WITH_PARTY_PREFIX)
    const [entry] = lint(["docs/cong-van.txt"])
    expect(entry!.regime).toEqual({ kind: "state" })
    expect(entry!.skipped!.map((s) => s.ruleId)).not.toContain("signing-authority")
    expect(entry!.skipped).toContainEqual(expect.objectContaining({ ruleId: "end-mark", skip: "off" }))
  })

  test("a file that could not be read has no regime and no skipped list", () => {
    dir = workspace()
    const [entry] = lint(["missing.txt"])
    expect(entry!.regime).toBeUndefined()
    expect(entry!.skipped).toBeUndefined()
  })
})

describe("sarif", () => {
  test("the run properties list each file's regime and skipped rules", () => {
    dir = workspace()
    write("docs/nghi-quyet.txt", D.PARTY_RESOLUTION)
    write("docs/cong-van.txt", D.STATE_LETTER_WITH_PARTY_PREFIX)
    cchc(["lint", "docs", "--format", "sarif", "-o", "cchc.sarif"], { cwd: dir })
    const sarif = JSON.parse(readFileSync(join(dir, "cchc.sarif"), "utf8"))
    const files = sarif.runs[0].properties.files as ReadonlyArray<{
      file: string
      regime: string
      skipped: ReadonlyArray<Skipped>
    }>
    const party = files.find((f) => f.file === "docs/nghi-quyet.txt")!
    const state = files.find((f) => f.file === "docs/cong-van.txt")!
    expect(party.regime).toBe("party")
    expect(party.skipped.map((s) => s.ruleId)).toContain("signing-authority")
    expect(state.regime).toBe("state")
    expect(state.skipped.map((s) => s.ruleId)).not.toContain("signing-authority")
  })
})
