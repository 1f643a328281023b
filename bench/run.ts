/**
 * `pnpm bench`: generates the corpus, measures every stage in child
 * processes, prints a table and writes `bench/results.json`.
 *
 * Options: `--documents N` (2000), `--runs N` (5), `--seed N`, `--quick`
 * (200 documents, 3 runs, sizes up to 1 MB: a smoke run), `--skip a,b`
 * with any of `peer`, `cli`, `sizes`, `hostile`, `legacy`, `docx`.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, tmpdir, totalmem } from "node:os"
import { join, resolve } from "node:path"
import { parseArgs } from "node:util"
import { generateCorpus, HOSTILE, longDocument } from "./corpus.js"
import { CLI_BIN, fromSource, legacy, loadDocxRender, loadRender, testing } from "./sdk.js"

const { values: args } = parseArgs({
  options: {
    documents: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "20261123" },
    quick: { type: "boolean", default: false },
    skip: { type: "string", default: "" }
  }
})
const quick = args.quick
const documents = quick ? 200 : Number(args.documents)
const runs = quick ? 3 : Number(args.runs)
const seed = Number(args.seed)
const skip = new Set(args.skip.split(",").filter(Boolean))

const MB = 1_000_000
const ROOT = new URL("../", import.meta.url).pathname
const WORK = join(tmpdir(), "cchc-bench", `${seed}-${documents}`)
const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const bytesOf = (files: ReadonlyArray<string>) => files.reduce((n, f) => n + readFileSync(f).length, 0)
const log = (s: string) => process.stderr.write(s + "\n")

// ---------------------------------------------------------------------------
// Inputs

rmSync(WORK, { recursive: true, force: true })
mkdirSync(join(WORK, "corpus"), { recursive: true })
mkdirSync(join(WORK, "single"), { recursive: true })
const render = await loadRender()
const corpus = generateCorpus(documents, seed, testing, render)
const corpusFiles = corpus.map((d) => {
  const path = join(WORK, "corpus", d.name)
  writeFileSync(path, d.text)
  return path
})
const corpusBytes = bytesOf(corpusFiles)
log(
  `corpus: ${documents} documents, ${(corpusBytes / MB).toFixed(2)} MB in ${WORK} (spec-rendered: ${render !== null && testing.arbitraryDocumentSpec !== undefined})`
)

const SIZES: ReadonlyArray<readonly [string, number]> = [
  ["10 KB", 10_000],
  ["100 KB", 100_000],
  ["1 MB", MB],
  ...(quick ? [] : ([["10 MB", 10 * MB]] as const))
]
const single = (name: string, text: string) => {
  const path = join(WORK, "single", name)
  writeFileSync(path, text)
  return path
}
const sizeFiles = new Map(
  SIZES.map(([label, bytes]) => [label, single(`long-${bytes}.txt`, longDocument(bytes))])
)

const manifest = (name: string, files: ReadonlyArray<string>, extra: Record<string, unknown> = {}) => {
  const path = join(WORK, `${name}.json`)
  writeFileSync(path, JSON.stringify({ files, peerDir: join(WORK, "peer"), ...extra }))
  return path
}

// ---------------------------------------------------------------------------
// Measuring

interface Measure {
  readonly medianMs: number
  readonly times: ReadonlyArray<number>
  readonly peakRssMB: number | null
  readonly error?: string
}

const runPhase = (
  phase: string,
  manifestPath: string,
  phaseRuns = runs,
  timeoutMs = 30 * 60_000
): Measure => {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "bench/phase.ts"), phase, manifestPath, String(phaseRuns)],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 64 * MB,
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" }
    }
  )
  const line = child.stdout?.trim().split("\n").pop() ?? ""
  if (child.status !== 0 || !line.startsWith("{")) {
    const error =
      child.error?.message ?? (child.stderr?.trim().split("\n").slice(-3).join(" ") || `exit ${child.status}`)
    log(`  ${phase}: FAILED ${error}`)
    return { medianMs: Number.NaN, times: [], peakRssMB: null, error }
  }
  const out = JSON.parse(line) as { times: Array<number>; peakRssMB: number }
  return { medianMs: median(out.times), times: out.times, peakRssMB: out.peakRssMB }
}

interface Row {
  readonly name: string
  readonly measure: Measure
  readonly documents: number
  readonly bytes: number
}
const rate = (r: Row) => ({
  docsPerSec: r.documents / (r.measure.medianMs / 1000),
  mbPerSec: r.bytes / MB / (r.measure.medianMs / 1000)
})

// ---------------------------------------------------------------------------
// The corpus

const corpusManifest = manifest("corpus", corpusFiles)
const corpusRow = (name: string, phase: string): Row => {
  log(`corpus: ${name}`)
  return {
    name,
    measure: runPhase(phase, corpusManifest, phase === "textlint" ? Math.min(runs, 3) : runs),
    documents: documents,
    bytes: corpusBytes
  }
}
// Real web copies (wrapped lines, emphasis, table cells) where the shared
// corpus is beside the repository, and the .pdf fixtures of the reader.
const REAL = resolve(ROOT, "../shared/corpus/real")
const realFiles = existsSync(REAL)
  ? readdirSync(REAL)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(REAL, f))
  : []
const PDFS = join(ROOT, "packages/pdf/test/fixtures")
const pdfFiles = existsSync(PDFS)
  ? readdirSync(PDFS)
      .filter((f) => f.endsWith(".pdf"))
      .map((f) => join(PDFS, f))
  : []
// The corpus as .docx files, rendered by @cchc/format (the texts that do
// not convert to a spec are left out), read by @cchc/docx and by mammoth.
const docxFiles: Array<string> = []
const renderDocxFile = skip.has("docx") ? null : await loadDocxRender()
if (renderDocxFile !== null) {
  mkdirSync(join(WORK, "docx"), { recursive: true })
  for (const [i, d] of corpus.entries()) {
    const bytes = await renderDocxFile(d.text)
    if (bytes === null) continue
    const path = join(WORK, "docx", `${String(i).padStart(5, "0")}.docx`)
    writeFileSync(path, bytes)
    docxFiles.push(path)
  }
  log(`docx: ${docxFiles.length} of ${documents} documents rendered as .docx`)
}
const filesRow = (name: string, phase: string, files: ReadonlyArray<string>): Row => {
  log(`corpus: ${name}`)
  return {
    name,
    measure: runPhase(phase, manifest(phase, files)),
    documents: files.length,
    bytes: bytesOf(files)
  }
}

const corpusRows: Array<Row> = [
  corpusRow("floor: read + NFC + lines", "floor"),
  corpusRow("parseDocument", "parse"),
  corpusRow("lint, recommended", "lint-recommended"),
  corpusRow("lint, all", "lint-all"),
  corpusRow("lint + applyFixes", "lint-fix"),
  corpusRow("applyFixes alone", "apply-fixes"),
  ...(skip.has("peer") ? [] : [corpusRow("textlint + prh (peer)", "textlint")]),
  ...(realFiles.length === 0
    ? []
    : [filesRow("real web copies: lint, recommended", "lint-recommended", realFiles)]),
  ...(realFiles.length === 0 ? [] : [filesRow("real web copies: parseDocument", "parse", realFiles)]),
  ...(pdfFiles.length === 0 ? [] : [filesRow(".pdf text layer (pdfjs-dist)", "read-pdf", pdfFiles)]),
  ...(docxFiles.length === 0
    ? []
    : [
        filesRow(".docx text + formatting (@cchc/docx readDocx)", "read-docx", docxFiles),
        filesRow(".docx raw text (mammoth extractRawText, peer)", "mammoth", docxFiles)
      ])
]

// ---------------------------------------------------------------------------
// The CLI

interface CliResult {
  readonly coldStart?: { readonly nodeMs: number; readonly cchcMs: number; readonly overheadMs: number }
  readonly corpus: Array<Row>
  readonly error?: string
}
const runCli = (): CliResult => {
  if (skip.has("cli")) return { corpus: [], error: "skipped" }
  if (!existsSync(CLI_BIN)) return { corpus: [], error: `${CLI_BIN} not built` }
  const devNull = openSync("/dev/null", "w")
  const timed = (argv: ReadonlyArray<string>, env: NodeJS.ProcessEnv = process.env) => {
    const start = performance.now()
    const child = spawnSync(process.execPath, argv, {
      cwd: ROOT,
      stdio: ["ignore", devNull, "pipe"],
      env,
      timeout: 30 * 60_000
    })
    const ms = performance.now() - start
    // Exit codes 0 and 1 (findings) are success for a linter.
    if (child.status !== 0 && child.status !== 1)
      throw new Error(
        `cchc ${argv.slice(1).join(" ")}: exit ${child.status} ${child.stderr?.toString().slice(-300)}`
      )
    return ms
  }
  try {
    log("cli: cold start")
    const one = corpusFiles[0]!
    const coldRuns = Math.max(runs * 2, 10)
    timed(["-e", "0"])
    timed([CLI_BIN, "lint", one])
    const node: Array<number> = []
    const cchc: Array<number> = []
    // Interleaved so that a slow moment of the machine hits both alike.
    for (let i = 0; i < coldRuns; i++) {
      node.push(timed(["-e", "0"]))
      cchc.push(timed([CLI_BIN, "lint", one]))
    }
    const coldStart = { nodeMs: median(node), cchcMs: median(cchc), overheadMs: median(cchc) - median(node) }
    const corpusRuns: Array<Row> = []
    for (const concurrency of [1, 2]) {
      log(`cli: corpus, --concurrency ${concurrency}`)
      const rssFile = join(WORK, `cli-rss-${concurrency}.txt`)
      const argv = [
        CLI_BIN,
        "lint",
        join(WORK, "corpus"),
        "--concurrency",
        String(concurrency),
        "--format",
        "json"
      ]
      timed(argv)
      const times: Array<number> = []
      for (let i = 0; i < Math.min(runs, 3); i++) {
        rmSync(rssFile, { force: true })
        const env = {
          ...process.env,
          CCHC_BENCH_RSS_FILE: rssFile,
          NODE_OPTIONS: `--require ${join(ROOT, "bench/peak-rss.cjs")}`
        }
        times.push(timed(argv, env))
      }
      const rss = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n").map(Number) : []
      corpusRuns.push({
        name: `cchc lint --concurrency ${concurrency}`,
        measure: { medianMs: median(times), times, peakRssMB: rss.length ? Math.max(...rss) / 1024 : null },
        documents,
        bytes: corpusBytes
      })
    }
    return { coldStart, corpus: corpusRuns }
  } catch (error) {
    return { corpus: [], error: error instanceof Error ? error.message : String(error) }
  }
}
const cli = runCli()

// ---------------------------------------------------------------------------
// Sizes, hostile inputs, legacy encodings

const sizePhases = ["parse", "lint-recommended", "lint-all", "apply-fixes"] as const
const sizes = skip.has("sizes")
  ? []
  : SIZES.map(([label, bytes]) => {
      log(`single document: ${label}`)
      const m = manifest(`size-${bytes}`, [sizeFiles.get(label)!])
      const phaseRuns = bytes >= 10 * MB ? Math.min(runs, 3) : runs
      return {
        label,
        bytes,
        phases: Object.fromEntries(sizePhases.map((p) => [p, runPhase(p, m, phaseRuns)])) as Record<
          (typeof sizePhases)[number],
          Measure
        >
      }
    })

const HOSTILE_SIZES = [100_000, MB] as const
const HOSTILE_TIMEOUT_MS = 120_000
const hostile = skip.has("hostile")
  ? []
  : Object.entries(HOSTILE).map(([name, make]) => {
      log(`hostile: ${name}`)
      const measure = (bytes: number) => {
        const path = single(`hostile-${name}-${bytes}.txt`, make(bytes))
        return {
          bytes: readFileSync(path).length,
          measure: runPhase("lint-all", manifest(`hostile-${name}-${bytes}`, [path]), 3, HOSTILE_TIMEOUT_MS)
        }
      }
      const small = measure(HOSTILE_SIZES[0])
      // When 100 KB already exceeds the limit, 1 MB would only waste the limit again.
      const large =
        small.measure.error === undefined
          ? measure(HOSTILE_SIZES[1])
          : { bytes: HOSTILE_SIZES[1], measure: { ...small.measure, error: "not run: 100 KB failed" } }
      return { name, small, large, ratio: large.measure.medianMs / small.measure.medianMs }
    })

const legacyResults = (() => {
  if (skip.has("legacy")) return []
  if (legacy.encodeLegacyText === undefined || legacy.detectLegacyEncoding === undefined)
    return [{ name: "legacy encodings", error: "not available" }]
  const unicode = longDocument(MB)
  const out: Array<{ name: string; bytes: number; measure: Measure }> = []
  const add = (name: string, phase: string, text: string, extra: Record<string, unknown> = {}) => {
    log(`legacy: ${name}`)
    const path = single(`legacy-${name.replace(/\W+/g, "-")}.txt`, text)
    out.push({
      name,
      bytes: readFileSync(path).length,
      measure: runPhase(phase, manifest(`legacy-${out.length}`, [path], extra))
    })
  }
  add("detect, Unicode 1 MB", "detect-legacy", unicode)
  for (const encoding of ["tcvn3", "vni"] as const) {
    const encoded = legacy.encodeLegacyText!(unicode, encoding)
    add(`detect, ${encoding} 1 MB`, "detect-legacy", encoded)
    add(`convert, ${encoding} 1 MB`, "convert-legacy", encoded, { legacy: encoding })
  }
  return out
})()

// ---------------------------------------------------------------------------
// Report

const byName = (name: string) => corpusRows.find((r) => r.name.startsWith(name))
const floor = byName("floor")!.measure.medianMs
const peer = byName("textlint")?.measure.medianMs
const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) =>
    "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |"
  return [
    line(header),
    "| " + widths.map((w, i) => (i === 0 ? "-".repeat(w) : "-".repeat(w - 1) + ":")).join(" | ") + " |",
    ...rows.map(line)
  ].join("\n")
}
const f = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? "–" : n.toFixed(digits)

const allCorpusRows = [...corpusRows, ...cli.corpus]
const corpusTable = table(
  ["corpus stage", "median ms", "docs/s", "MB/s", "× floor", "× faster than textlint", "peak RSS MB"],
  allCorpusRows.map((r) => {
    const { docsPerSec, mbPerSec } = rate(r)
    return [
      r.name,
      f(r.measure.medianMs, 0),
      f(docsPerSec, 0),
      f(mbPerSec, 2),
      f(r.measure.medianMs / floor, 1),
      peer === undefined ? "–" : f(peer / r.measure.medianMs, 1),
      f(r.measure.peakRssMB, 0)
    ]
  })
)
const sizeTable = table(
  [
    "single document",
    "parse ms",
    "lint recommended ms",
    "lint all ms",
    "applyFixes ms",
    "lint MB/s",
    "peak RSS MB"
  ],
  sizes.map((s) => [
    s.label,
    f(s.phases.parse.medianMs),
    f(s.phases["lint-recommended"].medianMs),
    f(s.phases["lint-all"].medianMs),
    f(s.phases["apply-fixes"].medianMs),
    f(s.bytes / MB / (s.phases["lint-recommended"].medianMs / 1000), 2),
    f(s.phases["lint-all"].peakRssMB, 0)
  ])
)
const sizeOf = (label: string) => sizes.find((s) => s.label === label)
const linearity = (phase: (typeof sizePhases)[number]) => {
  const small = sizeOf("1 MB")?.phases[phase].medianMs
  const large = sizeOf("10 MB")?.phases[phase].medianMs
  return small && large ? large / small : null
}
const hostileTable = table(
  ["hostile input (lint, all)", "100 KB ms", "1 MB ms", "1 MB / 100 KB"],
  hostile.map((h) => [
    h.name,
    h.small.measure.error ? `over ${HOSTILE_TIMEOUT_MS / 1000} s` : f(h.small.measure.medianMs),
    h.large.measure.error
      ? h.small.measure.error
        ? "not run"
        : `over ${HOSTILE_TIMEOUT_MS / 1000} s`
      : f(h.large.measure.medianMs),
    f(h.ratio, 1)
  ])
)
const legacyTable = table(
  ["legacy encodings", "median ms", "MB/s"],
  legacyResults.map((l) =>
    "measure" in l
      ? [l.name, f(l.measure.medianMs), f(l.bytes / MB / (l.measure.medianMs / 1000), 1)]
      : [l.name, l.error, "–"]
  )
)

const lintRecommended = byName("lint, recommended")!.measure.medianMs
const targets = [
  {
    target: "lint (recommended) of the corpus within 4× the floor",
    value: lintRecommended / floor,
    limit: 4,
    unit: "× floor"
  },
  {
    target: "at least 4× faster than textlint + prh",
    value: peer === undefined ? null : peer / lintRecommended,
    limit: 4,
    unit: "× faster",
    atLeast: true
  },
  {
    target: "10 MB document within 12× the 1 MB one (lint, recommended)",
    value: linearity("lint-recommended"),
    limit: 12,
    unit: "×"
  },
  {
    target: "CLI cold start within 250 ms of bare node",
    value: cli.coldStart?.overheadMs ?? null,
    limit: 250,
    unit: "ms"
  }
].map((t) => ({ ...t, met: t.value === null ? null : t.atLeast ? t.value >= t.limit : t.value <= t.limit }))
const targetTable = table(
  ["target", "now", "met"],
  targets.map((t) => [
    t.target,
    t.value === null ? "not measured" : `${f(t.value, 1)} ${t.unit}`,
    t.met === null ? "–" : t.met ? "yes" : "NO"
  ])
)

const coldLine = cli.coldStart
  ? `CLI cold start (one file): node -e 0 ${f(cli.coldStart.nodeMs, 0)} ms, cchc lint ${f(cli.coldStart.cchcMs, 0)} ms, overhead ${f(cli.coldStart.overheadMs, 0)} ms`
  : `CLI: ${cli.error}`
const linearLine = `10 MB / 1 MB: parse ${f(linearity("parse"))}×, lint recommended ${f(linearity("lint-recommended"))}×, lint all ${f(linearity("lint-all"))}×, applyFixes ${f(linearity("apply-fixes"))}×`

const report = [
  `cchc benchmark: ${documents} documents (${f(corpusBytes / MB, 2)} MB), median of ${runs} runs, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}${fromSource ? ", from source" : ""}`,
  "",
  corpusTable,
  "",
  coldLine,
  "",
  sizeTable,
  linearLine,
  "",
  hostileTable,
  "",
  legacyTable,
  "",
  targetTable
].join("\n")
console.log(report)

const commit = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout?.trim() ?? null
const results = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? null,
    memoryGB: totalmem() / 2 ** 30,
    commit,
    fromSource
  },
  options: { documents, runs, seed, quick, skip: [...skip] },
  corpus: {
    documents,
    bytes: corpusBytes,
    specRendered: render !== null && testing.arbitraryDocumentSpec !== undefined,
    defects: corpus.reduce<Record<string, number>>((acc, d) => {
      for (const name of d.defects) acc[name] = (acc[name] ?? 0) + 1
      return acc
    }, {}),
    stages: allCorpusRows.map((r) => ({
      ...r,
      ...rate(r),
      ratioToFloor: r.measure.medianMs / floor,
      speedupVsTextlint: peer === undefined ? null : peer / r.measure.medianMs
    }))
  },
  cli: { coldStart: cli.coldStart ?? null, error: cli.error ?? null },
  sizes: sizes.map((s) => ({
    ...s,
    mbPerSecLintRecommended: s.bytes / MB / (s.phases["lint-recommended"].medianMs / 1000)
  })),
  linearity10MBvs1MB: Object.fromEntries(sizePhases.map((p) => [p, linearity(p)])),
  hostile,
  legacy: legacyResults,
  targets
}
writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n")
log(`wrote bench/results.json`)
