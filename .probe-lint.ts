import { readFileSync, readdirSync } from "node:fs"
import { lint } from "./packages/rules/src/index.ts"
const mine = new Set(["misspelling","abbreviation-first-use","citation-form","citation-type-code","citation-issuer","citation-date","citation-consistency","citation-superseded","metric-total","percentage-range","number-format"])
const dir = "/work/shared/corpus/seeds/"
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(dir + f, "utf8")
  const expected = JSON.parse(readFileSync(dir + f.replace(".txt", ".expected.json"), "utf8"))
  const r = lint(text, { today: "2026-01-15" })
  const mineDiags = r.diagnostics.filter((d) => mine.has(d.ruleId))
  console.log("=== " + f)
  for (const m of expected.mustReport.filter((m: any) => mine.has(m.rule))) {
    const ok = mineDiags.some((d) => d.ruleId === m.rule && (m.line === undefined || d.span.start.line === m.line))
    console.log(ok ? "  OK  " : "  MISS", m.rule, m.line ?? "", "-", m.why)
  }
  for (const id of expected.mustNotReport.filter((id: string) => mine.has(id))) {
    const bad = mineDiags.filter((d) => d.ruleId === id)
    console.log(bad.length === 0 ? "  OK  " : "  BAD ", "silent:", id, bad.map((d) => d.span.start.line).join(","))
  }
  for (const d of mineDiags) console.log(`    ${d.span.start.line}:${d.span.start.column} ${d.severity} ${d.ruleId}/${d.messageId}`)
}
