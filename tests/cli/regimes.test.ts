// The regimes on the built `cchc`: `--fix` leaves a document of a regime
// that no rule with a fix governs byte-identical (rule-pack-corrections
// a.1, c.2, c.3), and `regime` in the configuration, also per file, judges
// documents under the regime it names.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import * as D from "../regimes/documents.js"
import { assertBuilt, cchc, lintJson, removeWorkspace, ruleIds, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const write = (path: string, content: string | object) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content, null, 2))
}

describe("--fix on documents of other regimes", () => {
  test.each([
    ["nghi-quyet-60-nq-tw.txt", D.PARTY_RESOLUTION],
    ["bao-cao-15-bc-du.txt", D.PARTY_REPORT],
    ["nghi-quyet-1658-ubtvqh15.txt", D.UBTVQH_RESOLUTION]
  ])("%s stays byte-identical and passes", (name, text) => {
    dir = workspace()
    write(`docs/${name}`, text)
    const before = readFileSync(join(dir, `docs/${name}`))
    const run = cchc(["lint", `docs/${name}`, "--fix"], { cwd: dir })
    expect(readFileSync(join(dir, `docs/${name}`))).toEqual(before)
    expect(run.stdout).not.toContain("(fixed)")
    expect(run.code).toBe(0)
  })

  test("counter-test: the same Nơi nhận in a state document is still fixed", () => {
    dir = workspace()
    const text = D.STATE_LETTER_WITH_PARTY_PREFIX.replace("- Như trên;", "- Như trên,")
    write("docs/cong-van.txt", text)
    cchc(["lint", "docs/cong-van.txt", "--fix"], { cwd: dir })
    expect(readFileSync(join(dir, "docs/cong-van.txt"), "utf8")).toContain("- Như trên;")
  })
})

describe("regime in the configuration", () => {
  test("an override by files judges those documents as Party documents", () => {
    dir = workspace()
    write("cchc.config.json", { overrides: [{ files: ["dang/**"], regime: "party" }] })
    write("dang/cong-van.txt", D.STATE_LETTER_WITH_PARTY_PREFIX)
    write("ubnd/cong-van.txt", D.STATE_LETTER_WITH_PARTY_PREFIX)
    const { reports } = lintJson(["."], { cwd: dir })
    expect(ruleIds(reports.find((r) => r.file === "dang/cong-van.txt"))).not.toContain("signing-authority")
    expect(ruleIds(reports.find((r) => r.file === "ubnd/cong-van.txt"))).toContain("signing-authority")
  })

  test("an unknown regime is an error that names the key and the regimes", () => {
    dir = workspace()
    write("cchc.config.json", { regime: "dang" })
    write("cong-van.txt", D.STATE_LETTER_WITH_PARTY_PREFIX)
    const run = cchc(["lint", "cong-van.txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('regime: "dang" is not a regime')
    expect(run.stdout).toContain("state, party, normative")
  })
})

describe("parse --format json", () => {
  test("shows the regime with its signals", () => {
    dir = workspace()
    write("nq.txt", D.PARTY_RESOLUTION)
    const run = cchc(["parse", "nq.txt", "--format", "json"], { cwd: dir })
    const parsed = JSON.parse(run.stdout)
    const doc = Array.isArray(parsed) ? parsed[0] : parsed
    const regime = (doc.document ?? doc).regime
    expect(regime.kind).toBe("party")
    expect(regime.signals.map((s: { cue: string }) => s.cue)).toContain("party-header")
  })
})
