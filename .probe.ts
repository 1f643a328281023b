import { readFileSync, readdirSync } from "node:fs"
import { parseDocument } from "./packages/core/src/index.ts"
import { runRules } from "./packages/rules/src/engine/run-rules.ts"
const ids = process.argv.slice(2)
const dir = "/work/shared/corpus/seeds/"
const rules = await Promise.all(ids.map(async (id) => (await import(`./packages/rules/src/rules/${id}.ts`)).default))
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(dir + f, "utf8")
  const r = runRules({ document: parseDocument(text), text, rules: rules.map((rule) => ({ rule, severity: "warning", options: rule.meta.defaultOptions })), today: "2026-01-15" })
  console.log("=== " + f)
  for (const d of r.diagnostics) console.log(`${d.span.start.line}:${d.span.start.column} ${d.ruleId}/${d.messageId} ${d.message}${d.fix ? " FIX" : ""}${d.suggestions.length ? " SUG:" + d.suggestions.map(s => s.edits.map(e => e.text).join()).join("|") : ""}`)
  for (const s of r.skipped) console.log("skip", s.ruleId, s.reason)
}
