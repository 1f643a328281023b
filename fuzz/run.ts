/**
 * `pnpm fuzz`: checks the properties of `fuzz/properties.ts` on generated
 * inputs, for a number of cases or a length of time, against the built
 * packages (`CCHC_FROM_SOURCE=1` for the sources).
 *
 *   pnpm fuzz --cases 100000 --seed 42
 *   pnpm fuzz --time 30m
 *   pnpm fuzz --seed 42 --path "1234:5:0"   (replay a reported failure)
 *
 * A failure is shrunk to a small input, printed and written as JSON to
 * the system's temporary folder, and the command exits with status 1.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import * as fc from "fast-check"
import { core, fromSource, legacy, loadCliLayers, loadRender, rules, testing } from "../bench/sdk.js"
import { arbitraryFuzzInput, DOCUMENT_FAMILIES, type FuzzInput } from "./inputs.js"
import { KNOWN_ISSUES } from "./known-issues.js"
import { checkCliLayers, type CliLayers } from "./cli-layers.js"
import { checkInput, PropertyViolation } from "./properties.js"

const { values: args } = parseArgs({
  options: {
    cases: { type: "string" },
    time: { type: "string" },
    seed: { type: "string" },
    path: { type: "string" }
  }
})

const parseDuration = (s: string): number => {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim())
  if (!m) throw new Error(`cannot read the duration ${s} (examples: 90s, 30m, 2h)`)
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "ms" | "s" | "m" | "h"]
}

const timeLimit = args.time === undefined ? undefined : parseDuration(args.time)
const cases =
  args.cases !== undefined ? Number(args.cases) : timeLimit !== undefined ? Number.MAX_SAFE_INTEGER : 10_000
const seed = args.seed !== undefined ? Number(args.seed) : Date.now() ^ (Math.random() * 2 ** 31)

const render = await loadRender()
const sdk = { core, rules, legacy }
const cli = await loadCliLayers()
const input = arbitraryFuzzInput({ testing, render, encodeLegacy: legacy.encodeLegacyText ?? null })

const families = new Map<string, number>()
let executed = 0
let documents = 0
let fixed = 0
let revealed = 0
const knownHits = new Map<string, number>()
const started = performance.now()
let lastReport = started

const property = fc.asyncProperty(input, async (x: FuzzInput) => {
  const report = checkInput(sdk, x.text, KNOWN_ISSUES, { fixSemantics: DOCUMENT_FAMILIES.has(x.family) })
  if (cli !== null) await checkCliLayers(cli, x.text, report.findings, report.fixedText)
  for (const id of new Set(report.knownIssues)) knownHits.set(id, (knownHits.get(id) ?? 0) + 1)
  executed++
  families.set(x.family, (families.get(x.family) ?? 0) + 1)
  if (report.isDocument) documents++
  if (report.fixPasses > 0) fixed++
  if (report.revealedErrors > 0) revealed++
  const now = performance.now()
  if (now - lastReport > 30_000) {
    lastReport = now
    process.stderr.write(`  ${executed} cases, ${((now - started) / 1000).toFixed(0)} s\n`)
  }
})

process.stderr.write(
  `fuzz: seed ${seed}, ${timeLimit !== undefined ? `${args.time}` : `${cases} cases`}, ${fromSource ? "sources" : "built packages"}, families: ${[
    "hostile-text",
    "random-unicode",
    "mutated-document",
    "lost-diacritics",
    ...(render && testing.arbitraryDocumentSpec ? ["rendered-spec"] : []),
    ...(legacy.encodeLegacyText ? ["legacy-tcvn3", "legacy-vni"] : [])
  ].join(
    ", "
  )}; CLI layers: ${cli === null ? "not loaded (build @cchc/cli)" : `decoder, reporters, writer, readers ${cli.readers.map((r) => r.name).join(", ")}`}\n`
)
const details = await fc.check(property, {
  seed,
  numRuns: cases,
  ...(args.path !== undefined ? { path: args.path } : {}),
  ...(timeLimit !== undefined ? { interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false } : {})
})
const seconds = (performance.now() - started) / 1000
const summary = {
  seed,
  cases: details.numRuns,
  seconds: Math.round(seconds),
  casesPerSecond: Math.round(details.numRuns / seconds),
  documents,
  fixedInputs: fixed,
  inputsWithRevealedErrors: revealed,
  families: Object.fromEntries([...families].sort()),
  knownIssues: Object.fromEntries([...knownHits].sort()),
  failed: details.failed
}
if (!details.failed) {
  process.stdout.write(`fuzz: OK ${JSON.stringify(summary)}\n`)
} else {
  const [counterexample] = (details.counterexample ?? [{ family: "?", text: "" }]) as [FuzzInput]
  const error = details.errorInstance
  const property = error instanceof PropertyViolation ? error.property : "unexpected"
  const dir = join(tmpdir(), "cchc-fuzz")
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `failure-${seed}-${property}.json`)
  writeFileSync(
    file,
    JSON.stringify(
      {
        ...summary,
        property,
        path: details.counterexamplePath,
        message: String(error instanceof Error ? error.message : error),
        input: counterexample
      },
      null,
      2
    )
  )
  process.stdout.write(
    `fuzz: FAILED ${property} after ${details.numRuns} cases (seed ${seed}, path "${details.counterexamplePath}")\n` +
      `family: ${counterexample.family}\ninput: ${JSON.stringify(counterexample.text)}\n` +
      `${error instanceof Error ? error.message : String(error)}\nwritten to ${file}\n`
  )
  process.exitCode = 1
}
