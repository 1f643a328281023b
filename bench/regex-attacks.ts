/**
 * Regular expressions that recheck finds vulnerable, attacked through the
 * public API: recheck's attack string for each is put into a document in
 * several places (the whole input, a body line, the number line, a Nơi
 * nhận item, and each of those ending in U+2028, which `.` does not match)
 * and `lint` with every rule runs at two sizes. The growth exponent of the
 * time says whether the pattern is reachable with hostile input: about 1
 * is linear, 2 quadratic, 3 cubic.
 *
 * Usage: `node --import tsx bench/regex-attacks.ts [--child INDEX]`; the
 * parent runs one child per pattern with a time limit.
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { check } from "recheck"
import { allRegexSites, REPO_ROOT } from "../fuzz/regex-sources.js"

interface Attack {
  readonly pumps: ReadonlyArray<{ readonly prefix: string; readonly pump: string }>
  readonly suffix: string
}

const example = readFileSync(new URL("../examples/documents/bao-cao-cchc-quy-iii-2026.txt", import.meta.url), "utf8")
const CONTEXTS: Record<string, (s: string) => string> = {
  "whole input": (s) => s,
  "body line": (s) => example.replace("\nII. TỒN TẠI, HẠN CHẾ\n", `\n${s}\nII. TỒN TẠI, HẠN CHẾ\n`),
  "number line": (s) => example.replace("Số: 7/BC-UBND", `Số: ${s}`),
  "Nơi nhận item": (s) => example.replace("- Sở Nội vụ;", `- ${s}`)
}
const PUMP_SIZES = [500, 2000] as const

/** The vulnerable patterns of the packages with their attack, in a stable order. */
export const vulnerablePatterns = async () => {
  const seen = new Set<string>()
  const out: Array<{ where: string; source: string; flags: string; attack: Attack; complexity: string }> = []
  for (const site of allRegexSites()) {
    if (site.source === null || site.flags === "?") continue
    const key = `/${site.source}/${site.flags}`
    if (seen.has(key)) continue
    seen.add(key)
    const result = await check(site.source, site.flags.replace(/d/g, ""), { timeout: 10_000 })
    if (result.status === "vulnerable")
      out.push({ where: `${site.file}:${site.line}`, source: site.source, flags: site.flags, attack: result.attack as Attack, complexity: result.complexity.type })
  }
  return out
}

const build = (attack: Attack, k: number, lineSeparator: boolean) => {
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(k)).join("") + attack.suffix
  return lineSeparator ? text.replace(/\n/g, "\u2028") + "\u2028x" : text
}

const childRun = async (index: number) => {
  const { lint } = await import("./sdk.js").then((m) => m.rules)
  const pattern = (await vulnerablePatterns())[index]!
  const time = (text: string) => {
    const start = performance.now()
    lint(text, { extends: "all", today: "2026-11-23" })
    return performance.now() - start
  }
  let worst = { context: "", small: 0, large: 0, exponent: 0 }
  for (const [name, place] of Object.entries(CONTEXTS)) {
    for (const separator of [false, true]) {
      const [small, large] = PUMP_SIZES.map((k) => place(build(pattern.attack, k, separator)))
      time(small!)
      const base = Math.min(time(place(build(pattern.attack, 0, separator))), time(place(build(pattern.attack, 0, separator))))
      const ts = Math.max(0.05, Math.min(time(small!), time(small!)) - base)
      const tl = Math.max(0.05, time(large!) - base)
      const exponent = Math.log(tl / ts) / Math.log(PUMP_SIZES[1] / PUMP_SIZES[0])
      if (tl > worst.large) worst = { context: `${name}${separator ? " + U+2028" : ""}`, small: ts, large: tl, exponent }
    }
  }
  process.stdout.write(JSON.stringify({ ...pattern, attack: undefined, ...worst }) + "\n")
}

const parentRun = async () => {
  const patterns = await vulnerablePatterns()
  const rows: Array<Record<string, unknown>> = []
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!
    const child = spawnSync(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname, "--child", String(i)], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: 120_000
    })
    const line = child.stdout?.trim().split("\n").pop() ?? ""
    const row = line.startsWith("{") ? JSON.parse(line) : { where: p.where, source: p.source, flags: p.flags, complexity: p.complexity, context: "?", timedOut: true }
    rows.push(row)
    process.stderr.write(
      `${row.where} ${row.timedOut ? "TIMED OUT (over 120 s)" : `worst: ${row.context}, ${row.small.toFixed(1)} → ${row.large.toFixed(1)} ms, exponent ${row.exponent.toFixed(2)}`}\n`
    )
  }
  return rows
}

export const runRegexAttacks = parentRun

if (process.argv[2] === "--child") await childRun(Number(process.argv[3]))
else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await parentRun()
  process.stdout.write(JSON.stringify(rows, null, 2) + "\n")
}
