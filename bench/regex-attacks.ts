/**
 * Regular expressions that recheck finds vulnerable, attacked through the
 * public API: recheck's attack string for each is put into a document in
 * several places (the whole input, a body line, the number line, a Nơi
 * nhận item, and each of those ending in U+2028, which `.` does not match)
 * and `lint` with every rule runs on pumps of growing size. The growth
 * exponent of the time says whether the pattern is reachable with hostile
 * input: about 1 is linear, 2 quadratic, 3 cubic.
 *
 * Usage: `node --import tsx bench/regex-attacks.ts`; it runs one child
 * process per pattern, with a time limit. A pattern is "reached" when the
 * lint of some placement of its attack takes over LIMIT_MS before the pump
 * reaches MAX_PUMP characters.
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { check } from "recheck"
import { allRegexSites, REPO_ROOT } from "../fuzz/regex-sources.js"

interface Attack {
  readonly pumps: ReadonlyArray<{ readonly prefix: string; readonly pump: string }>
  readonly suffix: string
}

const example = readFileSync(
  new URL("../examples/documents/bao-cao-cchc-quy-iii-2026.txt", import.meta.url),
  "utf8"
)
const CONTEXTS: Record<string, (s: string) => string> = {
  "whole input": (s) => s,
  "body line": (s) => example.replace("\nII. TỒN TẠI, HẠN CHẾ\n", `\n${s}\nII. TỒN TẠI, HẠN CHẾ\n`),
  "number line": (s) => example.replace("Số: 7/BC-UBND", `Số: ${s}`),
  "Nơi nhận item": (s) => example.replace("- Sở Nội vụ;", `- ${s}`),
  // Patterns applied at the end of a citation or a law's name.
  "after a citation": (s) =>
    example.replace("Thực hiện Kế hoạch số 118/KH-SNV", `Thực hiện Kế hoạch số 118/KH-SNV${s}`),
  "after a law's name": (s) => example.replace("Thực hiện Kế hoạch", `Căn cứ Luật Tổ chức chính quyền${s}`)
}
// The pump grows by doubling until the lint takes LIMIT_MS (or the pump
// reaches MAX_PUMP); the growth exponent comes from the last two sizes.
const FIRST_PUMP = 250
const MAX_PUMP = 64_000
const LIMIT_MS = 250
const CHILD_TIMEOUT_MS = 180_000

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
      out.push({
        where: `${site.file}:${site.line}`,
        source: site.source,
        flags: site.flags,
        attack: result.attack as Attack,
        complexity: result.complexity.type
      })
  }
  return out
}

const build = (attack: Attack, k: number, lineSeparator: boolean) => {
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(k)).join("") + attack.suffix
  return lineSeparator ? text.replace(/\n/g, "\u2028") + "\u2028x" : text
}

type Pattern = Awaited<ReturnType<typeof vulnerablePatterns>>[number]

const childRun = async (pattern: Pattern) => {
  const { lint } = await import("./sdk.js").then((m) => m.rules)
  const time = (text: string) => {
    const start = performance.now()
    lint(text, { extends: "all", today: "2026-11-23" })
    return performance.now() - start
  }
  let worst = { context: "", pump: 0, ms: 0, exponent: 0 }
  for (const [name, place] of Object.entries(CONTEXTS)) {
    for (const separator of [false, true]) {
      const at = (k: number) => place(build(pattern.attack, k, separator))
      time(at(FIRST_PUMP))
      const base = Math.min(time(at(0)), time(at(0)))
      let previous = { pump: FIRST_PUMP, ms: Math.max(0.05, time(at(FIRST_PUMP)) - base) }
      let exponent = 1
      for (let k = FIRST_PUMP * 2; k <= MAX_PUMP; k *= 2) {
        const ms = Math.max(0.05, time(at(k)) - base)
        exponent = Math.log(ms / previous.ms) / Math.log(2)
        previous = { pump: k, ms }
        if (ms > LIMIT_MS) break
      }
      // Per unit of pump, so that contexts compare at different sizes.
      if (previous.ms / previous.pump > worst.ms / Math.max(1, worst.pump))
        worst = {
          context: `${name}${separator ? " + U+2028" : ""}`,
          pump: previous.pump,
          ms: previous.ms,
          exponent
        }
    }
  }
  process.stdout.write(JSON.stringify({ ...pattern, attack: undefined, ...worst }) + "\n")
}

const parentRun = async () => {
  const patterns = await vulnerablePatterns()
  const rows: Array<Record<string, unknown>> = []
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", new URL(import.meta.url).pathname, "--child", JSON.stringify(p)],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
        timeout: CHILD_TIMEOUT_MS
      }
    )
    const line = child.stdout?.trim().split("\n").pop() ?? ""
    const failure = line.startsWith("{")
      ? null
      : child.error !== undefined
        ? `over ${CHILD_TIMEOUT_MS / 1000} s`
        : `failed: ${child.stderr?.trim().split("\n").pop() ?? child.status}`
    const row =
      failure === null
        ? JSON.parse(line)
        : { where: p.where, source: p.source, flags: p.flags, complexity: p.complexity, failure }
    row.reached = failure !== null || row.ms > LIMIT_MS
    rows.push(row)
    process.stderr.write(
      `${row.where} ${
        failure ??
        `${row.reached ? "REACHED" : "not reached"}: worst ${row.context}, pump ${row.pump}: ${row.ms.toFixed(0)} ms, growth exponent ${row.exponent.toFixed(2)}`
      }\n`
    )
  }
  return rows
}

export const runRegexAttacks = parentRun

if (process.argv[2] === "--child") await childRun(JSON.parse(process.argv[3]!) as Pattern)
else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await parentRun()
  process.stdout.write(JSON.stringify(rows, null, 2) + "\n")
}
