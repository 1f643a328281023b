// The language of the CLI: Vietnamese by default, English with --locale en
// or CCHC_LOCALE=en, for help, summaries, usage errors, findings and the rule table.
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { EN, takeLocale, VI } from "../../packages/cli/src/index.js"
import { assertBuilt, cchc, lintJson, removeWorkspace, workspace } from "./helpers.js"

/** The default: no CCHC_LOCALE at all (the helpers set English otherwise). */
const VIETNAMESE = { CCHC_LOCALE: "" }

let dir = ""
beforeAll(() => {
  assertBuilt()
  dir = workspace("docs")
})
afterAll(() => removeWorkspace(dir))

describe("choosing the locale", () => {
  test("Vietnamese unless the option or CCHC_LOCALE says otherwise; the option wins", () => {
    expect(takeLocale(["lint"], {}).locale).toBe("vi")
    expect(takeLocale(["lint"], { CCHC_LOCALE: "en" }).locale).toBe("en")
    expect(takeLocale(["lint"], { CCHC_LOCALE: "en_US.UTF-8" }).locale).toBe("en")
    expect(takeLocale(["lint"], { CCHC_LOCALE: "fr" }).locale).toBe("vi")
    expect(takeLocale(["lint", "--locale", "vi"], { CCHC_LOCALE: "en" }).locale).toBe("vi")
    expect(takeLocale(["lint", "--locale=en", "a.txt"], {})).toEqual({
      locale: "en",
      argv: ["lint", "a.txt"]
    })
  })

  test("after -- a --locale is a file name, not the option", () => {
    expect(takeLocale(["lint", "--", "--locale", "en"], {})).toEqual({
      locale: "vi",
      argv: ["lint", "--", "--locale", "en"]
    })
  })

  test("a missing or unknown value is a usage error (exit 2), not a silent fallback", () => {
    expect(takeLocale(["lint", "--locale", "de"], {}).invalid).toBe("de")
    expect(takeLocale(["lint", "--locale"], {}).invalid).toBe("")
    const run = cchc(["lint", "--locale", "de"], { cwd: dir, env: VIETNAMESE })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("--locale phải là vi hoặc en; nhận được 'de'")
  })
})

describe("the catalogue", () => {
  test("both languages document the same options for every command", () => {
    const optionsOf = (usage: string) =>
      [...usage.matchAll(/^ {2}(-[^\s,]+(?:, -[^\s]+)?)/gm)].map((m) => m[1])
    expect(optionsOf(VI.mainUsage)).toEqual(optionsOf(EN.mainUsage))
    for (const command of Object.keys(EN.commandUsage) as Array<keyof typeof EN.commandUsage>) {
      expect(optionsOf(VI.commandUsage[command]).length).toBeGreaterThan(1)
      expect(optionsOf(VI.commandUsage[command])).toEqual(optionsOf(EN.commandUsage[command]))
    }
  })
})

describe("help", () => {
  test("Vietnamese by default, English with --locale en or CCHC_LOCALE=en", () => {
    const vi = cchc(["--help"], { env: VIETNAMESE })
    expect(vi.code).toBe(0)
    expect(vi.stdout).toContain("Cách dùng: cchc <lệnh> [tùy chọn]")
    expect(vi.stdout).toContain("Nghị định 30/2020/NĐ-CP")
    expect(cchc(["--help", "--locale", "en"], { env: VIETNAMESE }).stdout).toBe(EN.mainUsage)
    expect(cchc(["--help"], { env: { CCHC_LOCALE: "en" } }).stdout).toBe(EN.mainUsage)
    expect(cchc(["lint", "--help"], { env: VIETNAMESE }).stdout).toBe(VI.commandUsage.lint)
    expect(cchc(["lint", "--locale", "en", "--help"], { env: VIETNAMESE }).stdout).toBe(EN.commandUsage.lint)
  })
})

describe("usage errors", () => {
  test("the framing speaks the chosen language", () => {
    const vi = cchc(["lint", "--nope"], { cwd: dir, env: VIETNAMESE })
    expect(vi.code).toBe(2)
    expect(vi.stderr).toBe(
      "cchc lint: 'cchc lint' không có tùy chọn --nope\nChạy 'cchc lint --help' để xem cách dùng.\n"
    )
    const en = cchc(["lint", "--nope", "--locale", "en"], { cwd: dir, env: VIETNAMESE })
    expect(en.stderr).toBe(
      "cchc lint: unknown option --nope for 'cchc lint'\nRun 'cchc lint --help' for usage.\n"
    )
    expect(cchc(["lnt"], { env: VIETNAMESE }).stderr).toContain("Chạy 'cchc --help' để xem các lệnh.")
  })
})

describe("lint findings and summary", () => {
  test("each finding in the chosen language: message (vi) by default, messageEn with --locale en", () => {
    const [report] = lintJson(["docs/bao-cao-loi.txt"], { cwd: dir }).reports
    const withEnglish = report!.diagnostics.find((d) => d.messageEn !== null && d.messageEn !== d.message)
    expect(withEnglish).toBeDefined()
    const vi = cchc(["lint", "docs/bao-cao-loi.txt"], { cwd: dir, env: VIETNAMESE })
    const en = cchc(["lint", "docs/bao-cao-loi.txt", "--locale", "en"], { cwd: dir, env: VIETNAMESE })
    expect(vi.code).toBe(1)
    expect(en.code).toBe(1)
    expect(vi.stdout).toContain(withEnglish!.message)
    expect(en.stdout).toContain(withEnglish!.messageEn)
    expect(en.stdout).not.toContain(`  ${withEnglish!.message}  `)
    expect(vi.stdout).toMatch(/✖ \d+ vấn đề \(\d+ lỗi, \d+ cảnh báo\) trong 1 tệp trên 1/)
    expect(en.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\) in 1 file of 1/)
  })
})

describe("cchc rules", () => {
  test("headings in the chosen language; descriptions as the metadata has them (English)", () => {
    const vi = cchc(["rules"], { env: VIETNAMESE }).stdout
    const en = cchc(["rules", "--locale", "en"], { env: VIETNAMESE }).stdout
    expect(vi.split("\n")[0]).toMatch(/^QUY TẮC\s+NHÓM\s+RECOMMENDED\s+STRICT\s+SỬA\s+MÔ TẢ \(tiếng Anh\)$/)
    expect(en.split("\n")[0]).toMatch(/^RULE\s+CATEGORY\s+RECOMMENDED\s+STRICT\s+FIX\s+DESCRIPTION$/)
    expect(vi).toMatch(/\d+ quy tắc\. 'cchc rules MÃ' hiển thị tài liệu của một quy tắc\./)
    // The same descriptions in both: there is no Vietnamese description to show.
    const description = (line: string) => line.split(/\s{2,}/).at(-1)
    expect(vi.split("\n").slice(1, 6).map(description)).toEqual(en.split("\n").slice(1, 6).map(description))
  })
})
