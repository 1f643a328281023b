// `cchc lint`: every output format and the exit codes, on fixture documents.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, lintJson, removeWorkspace, ruleIds, workspace } from "./helpers.js"

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace("docs")
  // A configuration that only asks whether the input is a document: a clean run.
  writeFileSync(
    join(dir, "only-documents.json"),
    JSON.stringify({ extends: [], rules: { "not-a-document": "error" } })
  )
})
afterAll(() => removeWorkspace(dir))

describe("stylish", () => {
  test("groups by file: line:column, severity, message, rule id, a code frame and a summary (Vietnamese by default)", () => {
    const run = cchc(["lint", "docs/bao-cao-loi.txt"], { cwd: dir, env: { CCHC_LOCALE: "" } })
    expect(run.code).toBe(1)
    const lines = run.stdout.split("\n")
    expect(lines[0]).toBe("docs/bao-cao-loi.txt")
    const numberLine = lines.findIndex((l) =>
      /^\s+5:1\s+error\s+Số dưới 10 phải có số 0 ở trước: "Số: 05\/BC-UBND".*\s{2}document-number$/.test(l)
    )
    expect(numberLine).toBeGreaterThan(0)
    expect(lines[numberLine + 1]).toMatch(/^\s+5 \| Số: 5\/BC-UBND$/)
    expect(lines[numberLine + 2]).toMatch(/^\s+\| \^{13}$/)
    expect(run.stdout).toMatch(/✖ \d+ vấn đề \(\d+ lỗi, \d+ cảnh báo\) trong 1 tệp trên 1/)
    expect(run.stdout).toContain("có thể sửa bằng tùy chọn --fix")
  })

  test("colours only on request, and NO_COLOR wins over a terminal", () => {
    expect(cchc(["lint", "docs/bao-cao-loi.txt"], { cwd: dir }).stdout).not.toContain("\u001b[")
    expect(cchc(["lint", "docs/bao-cao-loi.txt", "--color"], { cwd: dir }).stdout).toContain("\u001b[31m")
    expect(
      cchc(["lint", "docs/bao-cao-loi.txt"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "" } }).stdout
    ).toContain("\u001b[")
  })

  test("a clean run says so and exits 0", () => {
    const run = cchc(["lint", "docs", "--config", "only-documents.json"], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe("✔ 2 files checked: no problems\n")
  })
})

describe("json", () => {
  test("is an array of { file, isDocument, diagnostics } with located, fixable findings", () => {
    const { code, reports } = lintJson(["docs"], { cwd: dir })
    expect(code).toBe(1)
    expect(reports.map((r) => r.file)).toEqual(["docs/bao-cao-dung.txt", "docs/bao-cao-loi.txt"])
    const wrong = reports[1]!
    expect(wrong.isDocument).toBe(true)
    expect(ruleIds(wrong)).toEqual(
      expect.arrayContaining(["document-number", "place-date", "recipients", "end-mark"])
    )
    const place = wrong.diagnostics.find((d) => d.ruleId === "place-date")!
    expect(place).toMatchObject({
      messageId: "monthPadded",
      severity: "error",
      line: 10,
      column: 24,
      endLine: 10,
      endColumn: 26
    })
    expect(place.message).toBe('Tháng từ 3 đến 12 không có số 0 ở trước: "tháng 3" (đang viết "tháng 03").')
    expect(place.messageEn).toMatch(/month/i)
    expect(place.fix).toMatchObject({ tier: "safe", edits: [{ text: "3" }] })
    expect(Object.keys(place).sort()).toEqual([
      "column",
      "endColumn",
      "endLine",
      "fix",
      "line",
      "message",
      "messageEn",
      "messageId",
      "ruleId",
      "severity"
    ])
  })
})

describe("github", () => {
  test("prints one workflow command per finding, escaped", () => {
    const run = cchc(["lint", "docs/bao-cao-loi.txt", "--format", "github"], { cwd: dir })
    expect(run.code).toBe(1)
    const lines = run.stdout.trim().split("\n")
    expect(
      lines.every((l) =>
        /^::(error|warning|notice) file=docs\/bao-cao-loi\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/.test(
          l
        )
      )
    ).toBe(true)
    expect(lines).toContain(
      '::error file=docs/bao-cao-loi.txt,line=10,col=24,endLine=10,endColumn=26,title=place-date::Tháng từ 3 đến 12 không có số 0 ở trước: "tháng 3" (đang viết "tháng 03").%0A(Months 3–12 take no leading zero: "tháng 3" (written "tháng 03").)'
    )
  })
})

describe("exit codes and filters", () => {
  test("--quiet keeps errors only", () => {
    const { reports } = lintJson(["docs", "--quiet"], { cwd: dir })
    const severities = reports.flatMap((r) => r.diagnostics.map((d) => d.severity))
    expect(severities.length).toBeGreaterThan(0)
    expect(new Set(severities)).toEqual(new Set(["error"]))
  })

  test("--max-warnings fails a run with only warnings when there are more than allowed", () => {
    const onlyWarnings = ["docs", "--config", "only-documents.json", "--rule", "end-mark:warning"]
    expect(cchc(["lint", ...onlyWarnings], { cwd: dir }).code).toBe(0)
    const strict = cchc(["lint", ...onlyWarnings, "--max-warnings", "0"], { cwd: dir })
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain("more than --max-warnings 0 allows")
    expect(cchc(["lint", ...onlyWarnings, "--max-warnings", "5"], { cwd: dir }).code).toBe(0)
  })

  test("--rule overrides severities, and rejects unknown rules and severities", () => {
    const { reports } = lintJson(
      ["docs/bao-cao-loi.txt", "--rule", "place-date:off", "--rule", "document-number:warning"],
      { cwd: dir }
    )
    expect(ruleIds(reports[0])).not.toContain("place-date")
    expect(reports[0]!.diagnostics.find((d) => d.ruleId === "document-number")!.severity).toBe("warning")
    const unknown = cchc(["lint", "docs", "--rule", "plase-date:off"], { cwd: dir })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown rule 'plase-date' (did you mean 'place-date'?)")
    expect(cchc(["lint", "docs", "--rule", "place-date:warn"], { cwd: dir }).stderr).toContain(
      "did you mean 'warning'?"
    )
  })

  test("usage errors exit 2 with one line and a pointer to --help", () => {
    for (const args of [
      ["lint", "--format", "xml"],
      ["lint", "--max-warnings", "many"],
      ["lint", "--bogus"],
      ["lint", "--update-baseline"],
      ["lnit"]
    ]) {
      const run = cchc(args, { cwd: dir })
      expect(run.code, args.join(" ")).toBe(2)
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(run.stdout).toBe("")
    }
    expect(cchc(["lint", "--format", "xml"], { cwd: dir }).stderr).toBe(
      "cchc lint: --format must be one of stylish, json, sarif, github; got 'xml'\nRun 'cchc lint --help' for usage.\n"
    )
  })

  test("--output-file writes the report and prints nothing", () => {
    const run = cchc(["lint", "docs", "--format", "json", "-o", "reports/cchc.json"], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe("")
    expect(lintJson(["docs"], { cwd: dir }).reports).toEqual(
      JSON.parse(readFileSync(join(dir, "reports/cchc.json"), "utf8"))
    )
  })
})
