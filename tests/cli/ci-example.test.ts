// The plain shell CI example runs as documented.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, BIN, EXAMPLES, REPO_ROOT, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace("docs")
})
afterAll(() => removeWorkspace(dir))

describe("examples/ci/lint-documents.sh", () => {
  test("fails on documents with errors and leaves a JSON report", () => {
    const run = spawnSync("sh", [join(REPO_ROOT, "examples/ci/lint-documents.sh")], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env["PATH"], NO_COLOR: "1", DOCUMENTS: "docs", CCHC: `${process.execPath} ${BIN}` }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain("cchc: documents with errors (report: cchc-report/cchc.json).")
    expect(JSON.parse(readFileSync(join(dir, "cchc-report/cchc.json"), "utf8"))).toHaveLength(2)
  })

  test.skipIf(!existsSync(EXAMPLES))("the example folder has documents with deliberate mistakes", () => {
    const run = spawnSync("sh", [join(REPO_ROOT, "examples/ci/lint-documents.sh")], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: {
        PATH: process.env["PATH"],
        NO_COLOR: "1",
        DOCUMENTS: "examples/documents",
        CCHC: `${process.execPath} ${BIN}`,
        REPORT_DIR: join(dir, "report")
      }
    })
    expect(run.status).toBe(1)
  })
})
