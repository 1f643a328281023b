// The SARIF output of `cchc lint` validated against the official SARIF
// 2.1.0 JSON Schema (OASIS, errata 01: `sarif-schema-2.1.0.json` beside
// this test, taken unchanged from the oasis-tcs/sarif-spec repository,
// `Schemata/sarif-schema-2.1.0.json`).
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import Ajv from "ajv-draft-04"
import addFormats from "ajv-formats"
import { afterAll, beforeAll, describe, expect, test } from "vitest"

const here = fileURLToPath(new URL(".", import.meta.url))
const root = resolve(here, "../../..")
const bin = process.env["CCHC_TEST_BIN"] ?? join(root, "packages/cli/dist/bin.js")
const schema = JSON.parse(readFileSync(join(here, "sarif-schema-2.1.0.json"), "utf8"))

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(schema)

let dir = ""
beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run 'pnpm build' before the CLI tests`)
  dir = mkdtempSync(join(tmpdir(), "cchc-sarif-"))
  cpSync(join(root, "tests/cli/fixtures"), join(dir, "fixtures"), { recursive: true })
  // Unusable inputs become tool execution notifications: they must validate too.
  writeFileSync(join(dir, "fixtures", "trống rỗng.txt"), "")
  writeFileSync(join(dir, "fixtures", "ảnh.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
  writeFileSync(
    join(dir, "only-documents.json"),
    JSON.stringify({ extends: [], rules: { "not-a-document": "error" } })
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sarifOf = (args: ReadonlyArray<string>) => {
  const run = spawnSync(process.execPath, [bin, "lint", "--format", "sarif", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" }
  })
  return { code: run.status, log: JSON.parse(run.stdout) }
}

describe("cchc lint --format sarif", () => {
  test("is valid SARIF 2.1.0 with results, rules and notifications", () => {
    const { code, log } = sarifOf(["fixtures", "no-such-folder"])
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    // The validator does reject what SARIF forbids.
    expect(validate({ ...log, version: "2.0.0" })).toBe(false)
    expect(
      validate({
        ...log,
        runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: "fatal" }] }]
      })
    ).toBe(false)
    expect(code).toBe(2)
    const run = log.runs[0]
    expect(run.results.length).toBeGreaterThan(0)
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(
      run.invocations[0].toolExecutionNotifications
        .map((n: { descriptor: { id: string } }) => n.descriptor.id)
        .sort()
    ).toEqual(["binary", "empty", "missing-path"])
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      const region = result.locations[0].physicalLocation.region
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(region.startColumn).toBeGreaterThanOrEqual(1)
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(
        new RegExp(`^https://unpkg.com/@cchc/rules@[^/]+/dist/docs/${rule.id}\\.md$`)
      )
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
    }
  })

  test("maps severities to levels and keeps file names with Vietnamese letters as URIs", () => {
    const { log } = sarifOf(["fixtures/docs/bao-cao-loi.txt", "fixtures/trống rỗng.txt"])
    expect(validate(log)).toBe(true)
    const levels = new Set(log.runs[0].results.map((r: { level: string }) => r.level))
    expect([...levels].every((l) => ["error", "warning", "note"].includes(l as string))).toBe(true)
    expect(levels.has("error")).toBe(true)
    const uris = log.runs[0].invocations[0].toolExecutionNotifications.map(
      (n: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        n.locations[0]!.physicalLocation.artifactLocation.uri
    )
    expect(uris).toEqual(["fixtures/tr%E1%BB%91ng%20r%E1%BB%97ng.txt"])
  })

  test("a clean run is valid and successful", () => {
    const { code, log } = sarifOf(["fixtures/docs", "--config", "only-documents.json"])
    expect(validate(log)).toBe(true)
    expect(code).toBe(0)
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true)
  })
})
