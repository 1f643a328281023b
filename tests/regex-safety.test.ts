// Every regular expression of the packages is checked for catastrophic
// backtracking with recheck (https://makenowjust-labs.github.io/recheck/):
// the literals and `new RegExp` calls of packages/*/src, the patterns the
// code builds when it loads and runs, and the `pattern` keywords of the
// rules' option schemas. A pattern that recheck finds vulnerable (its
// matching time grows polynomially or exponentially with some input) fails
// with its file and line, the kind of growth and recheck's attack string.
//
// A pattern may be listed in EXCEPTIONS only when it is linear by
// construction and the reason says why; each entry is reviewed like code.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { check } from "recheck"
import { describe, expect, test } from "vitest"
import { allRegexSites, recordBuiltPatterns, REPO_ROOT } from "../fuzz/regex-sources.js"

interface Exception {
  readonly file: string
  readonly source: string
  readonly reason: string
}

const EXCEPTIONS: ReadonlyArray<Exception> = [
  {
    file: "packages/rules/src/rules/metric-total.ts",
    source: String.raw`\B(?=(?:\d{3})+$)`,
    reason:
      "groups the integer part of String(n) for a finite number: at most 21 digits (larger numbers print in exponent form)"
  },
  {
    file: "packages/format/src/builders/format-vietnamese-number.ts",
    source: String.raw`\.?0+$`,
    reason: "trims Math.abs(value).toFixed(d) with d ≤ 20 (checked just above): at most 42 characters"
  },
  {
    file: "packages/cli/src/reporters/code-frame.ts",
    source: String.raw`\s+$`,
    reason:
      "trims a code-frame excerpt, which lint-file.ts cuts to EXCERPT_BEFORE + EXCERPT_AFTER = 200 characters"
  },
  {
    file: "packages/cli/src/commands/rules.ts",
    source: String.raw`\n+$`,
    reason: "trims text generated from the rules' own metadata, never from user input"
  }
]

// Dynamic sites that the run below does not reach, with where their
// patterns are checked instead.
const DYNAMIC_ELSEWHERE: ReadonlyArray<{ readonly file: string; readonly reason: string }> = [
  {
    file: "packages/rules/src/config/validate-options.ts",
    reason:
      "compiles the `pattern` keyword of rule option schemas: those patterns are checked below, from ALL_RULES"
  }
]

const exampleTexts = [
  "bao-cao-cchc-quy-iii-2026.txt",
  "cong-van-bao-cao-dich-vu-cong-2026.txt",
  "ke-hoach-tuyen-truyen-cchc-2026.txt"
].map((f) => readFileSync(join(REPO_ROOT, "examples/documents", f), "utf8"))

// Load the packages and exercise them while RegExp is recorded, so that the
// patterns built from data (kind names, unit lists, titles) are seen as built.
let optionPatterns: Array<{ source: string; where: string }> = []
const built = await recordBuiltPatterns(async () => {
  const core = await import("@cchc/core")
  const rules = await import("@cchc/rules")
  const format = await import("@cchc/format")
  const testing = await import("@cchc/core/testing")
  const fc = await import("fast-check")
  for (const text of exampleTexts) {
    const result = rules.lint(text, { extends: "all", today: "2026-11-23" })
    rules.applyFixes(text, result.diagnostics)
    core.encodeDocument(result.document)
  }
  for (const spec of fc.sample(testing.arbitraryDocumentSpec, { seed: 1, numRuns: 20 }))
    format.renderText(spec)
  const walk = (schema: unknown, where: string): void => {
    if (typeof schema !== "object" || schema === null) return
    for (const [key, value] of Object.entries(schema)) {
      if (key === "pattern" && typeof value === "string") optionPatterns.push({ source: value, where })
      else walk(value, `${where}.${key}`)
    }
  }
  for (const rule of rules.ALL_RULES) walk(rule.meta.optionsSchema, `rule ${rule.meta.id} optionsSchema`)
})

const sites = allRegexSites()

interface Candidate {
  readonly source: string
  readonly flags: string
  readonly where: Array<string>
  readonly files: Set<string>
}
const candidates = new Map<string, Candidate>()
const add = (source: string, flags: string, where: string, file: string) => {
  const key = `/${source}/${flags}`
  const entry = candidates.get(key) ?? { source, flags, where: [], files: new Set<string>() }
  entry.where.push(where)
  entry.files.add(file)
  candidates.set(key, entry)
}
for (const site of sites)
  if (site.source !== null && site.flags !== "?")
    add(site.source, site.flags, `${site.file}:${site.line}`, site.file)
for (const b of built) add(b.source, b.flags, `${b.file}:${b.line} (built at run time)`, b.file)
for (const p of optionPatterns) add(p.source, "u", p.where, "packages/rules/src/config/validate-options.ts")

describe("regular expressions of the packages", () => {
  test("the extractor finds the packages' regular expressions", () => {
    // A floor well below today's count: if the extraction breaks, this fails
    // instead of the suite passing on nothing.
    expect(sites.length).toBeGreaterThan(100)
    expect(built.length).toBeGreaterThan(0)
  })

  test("every pattern built at run time was seen being built", () => {
    const unseen = sites
      .filter((s) => s.source === null || s.flags === "?")
      .filter(
        (s) => !built.some((b) => b.file === s.file) && !DYNAMIC_ELSEWHERE.some((d) => d.file === s.file)
      )
      .map((s) => `${s.file}:${s.line} ${s.name ?? ""}`)
    expect(unseen, "dynamic RegExp sites whose patterns were never built while the packages ran").toEqual([])
  })

  test("every exception still matches a pattern of the packages", () => {
    const stale = EXCEPTIONS.filter(
      (e) => ![...candidates.values()].some((c) => c.source === e.source && c.files.has(e.file))
    )
    expect(stale.map((e) => `${e.file} /${e.source}/`)).toEqual([])
  })

  test.each(
    [...candidates.values()].map(
      (c) =>
        [
          `${c.where[0]} /${c.source.length > 70 ? c.source.slice(0, 70) + "…" : c.source}/${c.flags}`,
          c
        ] as const
    )
  )("%s", async (_name, candidate) => {
    // recheck does not take the `d` flag (match indices), which does not
    // change how a pattern matches.
    const flags = candidate.flags.replace(/[d]/g, "")
    const result = await check(candidate.source, flags, { timeout: 20_000 })
    const excepted = EXCEPTIONS.find((e) => e.source === candidate.source && candidate.files.has(e.file))
    if (result.status === "vulnerable" && excepted === undefined) {
      expect.fail(
        `catastrophic backtracking (${result.complexity.type}${result.complexity.type === "polynomial" ? ` degree ${result.complexity.degree}` : ""}) in /${candidate.source}/${candidate.flags}\n` +
          `  at ${candidate.where.join("\n  at ")}\n` +
          `  attack: ${result.attack.pattern}`
      )
    }
    expect(
      result.status === "unknown" ? `recheck could not decide: ${result.error.kind}` : result.status,
      candidate.where.join(", ")
    ).not.toMatch(/could not decide/)
  })
})
