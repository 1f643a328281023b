/**
 * One measurement, run in a child process of `bench/run.ts` so that each
 * gets a fresh heap, its own JIT warm-up and its own peak memory.
 *
 * Usage: `node --import tsx bench/phase.ts <phase> <manifest.json> <runs>`.
 * Prints one JSON object: the time of each run in milliseconds (after one
 * warm-up run), the input size and the peak resident set size.
 */
import { readFileSync } from "node:fs"

const [phase = "", manifestPath = "", runsArg = "5"] = process.argv.slice(2)
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
  files: Array<string>
  peerDir?: string
  legacy?: "tcvn3" | "vni"
}
const files = manifest.files
const runs = Number(runsArg)

const { core, rules, legacy, fromSource } = await import("./sdk.js")

const RECOMMENDED = { extends: "recommended" as const, today: "2026-11-23" }
const ALL = { extends: "all" as const, today: "2026-11-23" }

// Each measured body reads its files itself: every tool must, and the floor
// is measured the same way.
const read = (f: string) => readFileSync(f, "utf8")

type Body = () => unknown | Promise<unknown>

const bodies = async (): Promise<Body> => {
  switch (phase) {
    case "floor":
      return () => {
        let lines = 0
        for (const f of files) lines += read(f).normalize("NFC").split("\n").length
        return lines
      }
    case "parse":
      return () => {
        for (const f of files) core.parseDocument(read(f))
      }
    case "lint-recommended":
      return () => {
        for (const f of files) rules.lint(read(f), RECOMMENDED)
      }
    case "lint-all":
      return () => {
        for (const f of files) rules.lint(read(f), ALL)
      }
    case "lint-fix": {
      return () => {
        for (const f of files) {
          const text = read(f)
          rules.applyFixes(text, rules.lint(text, RECOMMENDED).diagnostics)
        }
      }
    }
    case "apply-fixes": {
      // applyFixes alone, on diagnostics computed before the clock starts.
      const inputs = files.map((f) => {
        const text = read(f)
        return { text, diagnostics: rules.lint(text, RECOMMENDED).diagnostics }
      })
      return () => {
        for (const { text, diagnostics } of inputs) rules.applyFixes(text, diagnostics)
      }
    }
    case "detect-legacy":
      return () => {
        for (const f of files) legacy.detectLegacyEncoding!(read(f))
      }
    case "convert-legacy":
      return () => {
        for (const f of files) legacy.convertLegacyText!(read(f), manifest.legacy ?? "tcvn3")
      }
    case "read-pdf": {
      // The text layer of each .pdf, read as `cchc` reads it (pdfjs-dist).
      const { readPdf } = await import("../packages/pdf/src/index.js")
      return async () => {
        for (const f of files) await readPdf(new Uint8Array(readFileSync(f)))
      }
    }
    case "read-docx": {
      // Text and formatting facts of each .docx, as `cchc` reads it (@cchc/docx).
      const { readDocx } = await import(
        fromSource ? "../packages/docx/src/index.js" : "../packages/docx/dist/index.js"
      )
      return () => {
        for (const f of files) readDocx(new Uint8Array(readFileSync(f)))
      }
    }
    case "mammoth": {
      // The peer: mammoth's plain-text extraction of the same files (text only, no formatting).
      // Installed in bench/ only (its own package.json): typed here by what is used.
      const name = "mammoth"
      const mammoth = (
        (await import(name)) as {
          default: { extractRawText: (input: { buffer: Buffer }) => Promise<{ value: string }> }
        }
      ).default
      return async () => {
        for (const f of files) await mammoth.extractRawText({ buffer: readFileSync(f) })
      }
    }
    case "textlint": {
      const { createPeerLinter } = await import("./peer.js")
      const linter = await createPeerLinter(manifest.peerDir!)
      return async () => {
        for (const f of files) await linter.lintText(read(f), f)
      }
    }
    default:
      throw new Error(`unknown phase: ${phase}`)
  }
}

const body = await bodies()
await body() // warm-up: JIT, lazy tables, file cache
const times: Array<number> = []
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  await body()
  times.push(performance.now() - start)
}
process.stdout.write(
  JSON.stringify({ phase, times, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n"
)
