// parse, render, rules, help and version; and a fast start.
import { spawnSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { decodeDocument } from "@cchc/core"
import * as Result from "effect/Result"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, BIN, cchc, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace("docs", "specs")
})
afterAll(() => removeWorkspace(dir))

describe("cchc parse", () => {
  test("--format json prints the JSON contract of one document", () => {
    const run = cchc(["parse", "docs/bao-cao-loi.txt"], { cwd: dir })
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(Result.isSuccess(decodeDocument(json))).toBe(true)
    expect(json).toMatchObject({ isDocument: true, kind: { code: "BC" }, number: { raw: "Số: 5/BC-UBND" } })
  })

  test("several files give an array, in order", () => {
    const json = JSON.parse(
      cchc(["parse", "docs/bao-cao-dung.txt", "docs/bao-cao-loi.txt"], { cwd: dir }).stdout
    )
    expect(json.map((d: { number: { raw: string } }) => d.number.raw)).toEqual([
      "Số: 15/BC-UBND",
      "Số: 5/BC-UBND"
    ])
  })

  test("--format text prints a readable summary", () => {
    const run = cchc(["parse", "docs/bao-cao-loi.txt", "--format", "text"], { cwd: dir })
    expect(run.stdout).toContain("docs/bao-cao-loi.txt\n  Kind:         Báo cáo (BC)\n")
    expect(run.stdout).toContain(
      "  Signature:    TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Đinh Văn Sáu\n"
    )
    expect(run.stdout).toContain("    I. KẾT QUẢ THỰC HIỆN\n")
  })

  test("an unreadable file is one line on stderr, the others are still printed, exit 2", () => {
    writeFileSync(join(dir, "empty.txt"), "")
    const run = cchc(["parse", "empty.txt", "docs/bao-cao-loi.txt"], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe("cchc parse: empty.txt: empty file: there is nothing to check\n")
    expect(JSON.parse(run.stdout)).toHaveLength(1)
  })
})

describe("cchc render", () => {
  test("renders a spec to text, Markdown and HTML on standard output", () => {
    const txt = cchc(["render", "specs/bao-cao.json", "--to", "txt"], { cwd: dir })
    expect(txt.code).toBe(0)
    expect(txt.stdout).toContain("Số: 05/BC-UBND")
    expect(txt.stdout).toContain("Ba Bích, ngày 15 tháng 6 năm 2024")
    expect(cchc(["render", "specs/bao-cao.json", "--to", "md"], { cwd: dir }).stdout).toContain("**BÁO CÁO**")
    expect(cchc(["render", "specs/bao-cao.json", "--to", "html"], { cwd: dir }).stdout).toMatch(
      /^<!DOCTYPE html>|<html/i
    )
  })

  test("a rendered document passes the rules it was built to follow", () => {
    cchc(["render", "specs/bao-cao.json", "-o", "out/bao-cao.txt"], { cwd: dir })
    const { reports } = lintJson(["out/bao-cao.txt", "--quiet"], { cwd: dir })
    expect(reports[0]!.diagnostics).toEqual([])
  })

  test("writes .docx to -o, which lint reads back with its header and footer blocks", () => {
    const run = cchc(["render", "specs/bao-cao.json", "--to", "docx", "-o", "out/bao-cao.docx"], { cwd: dir })
    expect(run.code).toBe(0)
    expect(readFileSync(join(dir, "out/bao-cao.docx")).subarray(0, 2).toString()).toBe("PK")
    const parsed = JSON.parse(cchc(["parse", "out/bao-cao.docx"], { cwd: dir }).stdout)
    expect(parsed).toMatchObject({
      isDocument: true,
      number: { raw: "Số: 05/BC-UBND" },
      placeDate: { day: 15, month: 6, year: 2024 },
      signature: { signer: "Đinh Văn Sáu" },
      recipients: { archive: { units: ["VT", "VP"] } }
    })
    const { code, reports } = lintJson(["out/bao-cao.docx", "--quiet"], { cwd: dir })
    expect(reports[0]!.diagnostics).toEqual([])
    expect(code).toBe(0)
  })

  test("a spec that does not decode or cannot be laid out is located", () => {
    const bad = cchc(["render", "specs/bad-date.json", "--to", "txt"], { cwd: dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      "cchc render: specs/bad-date.json:5:38: not a document spec: placeDate.day: no day 31 in month 6 of 2024\n"
    )
    writeFileSync(join(dir, "broken.json"), '{ "kind": "Báo cáo", }')
    expect(cchc(["render", "broken.json", "--to", "txt"], { cwd: dir }).stderr).toMatch(
      /^cchc render: broken\.json:1:22: invalid JSON/
    )
    expect(cchc(["render", "specs/bao-cao.json", "--to", "docx"], { cwd: dir }).stderr).toContain(
      "--to docx writes a binary file: give it -o OUT.docx"
    )
    expect(cchc(["render", "specs/bao-cao.json"], { cwd: dir }).code).toBe(2)
  })
})

describe("cchc rules", () => {
  test("lists every rule with presets and fix tier", () => {
    const run = cchc(["rules"], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout.split("\n")[0]).toMatch(/^RULE\s+CATEGORY\s+RECOMMENDED\s+STRICT\s+FIX\s+DESCRIPTION$/)
    expect(run.stdout).toMatch(/\nplace-date\s+layout\s+error\s+error\s+safe fix\s+/)
    const json = JSON.parse(cchc(["rules", "--format", "json"], { cwd: dir }).stdout)
    expect(json.find((r: { id: string }) => r.id === "place-date")).toMatchObject({
      fixable: "safe",
      presets: { recommended: "error" }
    })
  })

  test("shows one rule's documentation, and suggests a close id", () => {
    const run = cchc(["rules", "place-date"], { cwd: dir })
    expect(run.stdout).toMatch(/^place-date\n\n/)
    expect(run.stdout).toContain("monthPadded\n    Tháng từ 3 đến 12 không có số 0 ở trước")
    expect(run.stdout).toContain("/dist/docs/place-date.md")
    expect(cchc(["rules", "plase-date"], { cwd: dir })).toMatchObject({ code: 2 })
  })
})

describe("help, version and start-up", () => {
  test("--help and --version", () => {
    expect(cchc(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    expect(cchc(["--help"]).stdout).toContain("Usage: cchc <command> [options]")
    expect(cchc(["lint", "--help"]).stdout).toContain("Usage: cchc lint [PATH|GLOB]... [options]")
    expect(cchc(["help", "render"]).stdout).toContain("Usage: cchc render")
    expect(cchc([])).toMatchObject({ code: 2 })
  })

  test("starts within 250 ms of a bare node", () => {
    const time = (args: ReadonlyArray<string>) => {
      let best = Number.POSITIVE_INFINITY
      for (let i = 0; i < 5; i++) {
        const start = process.hrtime.bigint()
        spawnSync(process.execPath, args, { env: { PATH: process.env["PATH"] } })
        best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
      }
      return best
    }
    const bare = time(["-e", "0"])
    const cli = time([BIN, "--help"])
    expect(cli - bare).toBeLessThan(250)
  })
})
