// Times `cchc lint` (best of three runs): the seed corpus and the example
// folder with and without --cache, and a generated batch of documents
// (default 1,000) on one thread, with --concurrency 2, and cached.
//
//   node packages/cli/scripts/bench-lint.mjs [count]
//
// Run it from the repository root after `pnpm build`.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

const root = resolve(new URL("../../..", import.meta.url).pathname)
const bin = process.env.CCHC_BIN ?? join(root, "packages/cli/dist/bin.js")
const count = Number(process.argv[2] ?? 1000)

const templates = [
  join(root, "tests/cli/fixtures/docs"),
  join(root, "tests/cli/fixtures/cross"),
  join(root, "examples/documents")
]
  .filter(existsSync)
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
  )

/** A deterministic variant of a template: another number, date and closing paragraph. */
const variant = (text, i) => {
  const day = (i % 28) + 1
  const month = (i % 12) + 1
  return text
    .replace(/Số: \d+/, `Số: ${(i % 400) + 1}`)
    .replace(/ngày \d+ tháng \d+ năm (\d{4})/, (_, year) => `ngày ${day} tháng ${month} năm ${year}`)
    .replace(/\n\n(Nơi nhận|Noi nhận)/, `\n\nVăn bản số ${i} trong lô kiểm tra, gồm ${i % 97} hồ sơ.\n\n$1`)
}

/** The best of three runs (the machine may be busy), with a hook run before each. */
const time = (label, args, before = () => undefined) => {
  let best = Number.POSITIVE_INFINITY
  let run
  for (let i = 0; i < 3; i++) {
    before()
    const start = process.hrtime.bigint()
    run = spawnSync(process.execPath, [bin, "lint", ...args], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, NO_COLOR: "1" }
    })
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
  }
  const summary = (
    run.stdout
      .trim()
      .split("\n")
      .find((l) => /^[✔✖]/.test(l)) ?? ""
  ).trim()
  console.log(`${label.padEnd(48)} ${(best / 1000).toFixed(2).padStart(6)} s  exit ${run.status}  ${summary}`)
}

if (!existsSync(bin)) {
  console.error(`${bin} is missing: run 'pnpm build' first`)
  process.exit(2)
}

const scratch = mkdtempSync(join(tmpdir(), "cchc-bench-"))
try {
  const cache = join(scratch, "cache.json")
  const cold = () => rmSync(cache, { force: true })
  const seeds = resolve(root, "../shared/corpus/seeds")
  if (existsSync(seeds)) {
    time("seed corpus", [seeds])
    time("seed corpus --cache (cold)", [seeds, "--cache-location", cache], cold)
    time("seed corpus --cache (warm)", [seeds, "--cache-location", cache])
  } else console.log(`(seed corpus not found at ${seeds}: skipped)`)
  cold()
  time("examples/documents", ["examples/documents"])
  time("examples/documents --cache (cold)", ["examples/documents", "--cache-location", cache], cold)
  time("examples/documents --cache (warm)", ["examples/documents", "--cache-location", cache])

  const batch = join(scratch, "batch")
  mkdirSync(batch)
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(batch, `van-ban-${String(i).padStart(5, "0")}.txt`),
      variant(templates[i % templates.length], i)
    )
  }
  cold()
  const out = ["--format", "json", "--output-file", join(scratch, "report.json")]
  time(`${count} generated documents`, [batch, ...out])
  time(`${count} generated documents --concurrency 2`, [batch, ...out, "--concurrency", "2"])
  time(`${count} generated documents --cache (cold)`, [batch, ...out, "--cache-location", cache], cold)
  time(`${count} generated documents --cache (warm)`, [batch, ...out, "--cache-location", cache])
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
