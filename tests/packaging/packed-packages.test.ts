// The packages as a user gets them from the registry: each one packed into
// a tarball (`pnpm pack` turns `workspace:*` into versions), the tarballs
// installed with npm into a throw-away project in the system temp folder,
// far from the workspace's node_modules, and used from there by an ES
// module program, a CommonJS program, the `cchc` executable and strict
// TypeScript checks under node16 and bundler resolution. publint and
// @arethetypeswrong/cli (attw) check what each tarball exports.
//
// It needs the built packages (`pnpm test` builds first) and the npm
// registry (for `effect`, `@types/node` and the dependencies of the
// packages); it takes about a minute.
import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"

const ROOT = new URL("../../", import.meta.url).pathname
const PACKAGES = ["core", "rules", "format", "pdf", "docx", "cli", "language-server"]
// Tools published as ES modules only (their `engines` allow require(esm) anyway).
const ESM_ONLY = new Set(["language-server"])
const EFFECT_VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as any).devDependencies
  .effect as string
const BIN = (name: string) => join(ROOT, "node_modules", ".bin", name)

let work = ""
let project = ""
const tarballs = new Map<string, string>()

const run = (command: string, args: ReadonlyArray<string>, cwd: string) => {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" }
}

const write = (name: string, text: string) => writeFileSync(join(project, name), text)

// An example report whose place-date pads the month ("tháng 09").
const DOCUMENT = readFileSync(join(ROOT, "examples/documents/bao-cao-cchc-quy-iii-2026.txt"), "utf8")

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cchc-packed-"))
  const packed = join(work, "tarballs")
  mkdirSync(packed)
  execFileSync(
    "npx",
    ["-y", "pnpm@10.34.8", "-r", "--filter", "./packages/**", "pack", "--pack-destination", packed],
    {
      cwd: ROOT,
      stdio: "pipe"
    }
  )
  for (const file of readdirSync(packed)) {
    const name = PACKAGES.find((p) => new RegExp(`^cchc-${p}-\\d`).test(file))
    if (name !== undefined) tarballs.set(name, join(packed, file))
  }
  project = join(work, "project")
  mkdirSync(project)
  write(
    "package.json",
    JSON.stringify({
      name: "cchc-consumer",
      private: true,
      dependencies: {
        ...Object.fromEntries(PACKAGES.map((p) => [`@cchc/${p}`, `file:${tarballs.get(p)}`])),
        effect: EFFECT_VERSION,
        "@types/node": "^20.19.0"
      }
    })
  )
  const install = run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", "--ignore-scripts"],
    project
  )
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`)
}, 600_000)

// The installed project holds the dependencies of every package: removing
// it takes a while on a busy machine.
afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true })
}, 120_000)

describe("the packed packages, installed outside the workspace", () => {
  test("every package packs with its LICENSE, README, CHANGELOG and build", () => {
    expect([...tarballs.keys()].sort()).toEqual([...PACKAGES].sort())
    for (const [name, tarball] of tarballs) {
      const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n")
      const expected = ["LICENSE", "README.md", "CHANGELOG.md", "package.json", "dist/index.js"]
      for (const file of ESM_ONLY.has(name) ? expected : [...expected, "dist/index.cjs"]) {
        expect(files, `${name}: ${file}`).toContain(`package/${file}`)
      }
      // Sources, tests and source maps of tests stay out of the tarball.
      expect(files.filter((f) => f.endsWith(".test.ts") || f.startsWith("package/src/"))).toEqual([])
    }
  })

  test("the installed project has one copy of effect and of each @cchc package", () => {
    const tree = JSON.parse(run("npm", ["ls", "--all", "--json", "effect", "@cchc/core"], project).stdout)
    const versions = new Set<string>()
    const visit = (node: any, name: string) => {
      for (const [dep, child] of Object.entries<any>(node.dependencies ?? {})) {
        if (dep === name && child.version !== undefined) versions.add(child.resolved ?? child.version)
        visit(child, name)
      }
    }
    visit(tree, "effect")
    expect(versions.size).toBe(1)
    // A single installed folder for @cchc/core, shared by rules, format and cli.
    expect(statSync(join(project, "node_modules/@cchc/core")).isDirectory()).toBe(true)
    for (const dependent of ["rules", "format", "cli"]) {
      expect(() =>
        statSync(join(project, `node_modules/@cchc/${dependent}/node_modules/@cchc/core`))
      ).toThrow()
    }
  })

  test("an ES module program parses, lints, formats and runs the CLI", () => {
    write(
      "main.mjs",
      `import { parseDocument, decodeDocument } from "@cchc/core"
import { parseDocument as parseFromParser } from "@cchc/core/parser"
import { lint, applyFixes } from "@cchc/rules"
import { applyFixes as applyFromEngine } from "@cchc/rules/engine"
import { formatPlaceDate } from "@cchc/format"
import { readPdf } from "@cchc/pdf"
import { runCli, memoryIO } from "@cchc/cli"
import { ruleDocUrl } from "@cchc/language-server"
const text = ${JSON.stringify(DOCUMENT)}
const result = lint(text, { today: "2026-12-01" })
const io = memoryIO(process.cwd())
const exit = await runCli(["rules"], io)
console.log(JSON.stringify({
  sameParser: parseDocument === parseFromParser,
  sameFixes: applyFixes === applyFromEngine,
  rules: result.diagnostics.map((d) => d.ruleId + "/" + d.messageId),
  placeDate: formatPlaceDate("Hà Nội", "2020-01-05"),
  decode: typeof decodeDocument,
  pdf: typeof readPdf,
  cli: exit === 0 && io.output().includes("place-date"),
  ruleDoc: ruleDocUrl("place-date").endsWith("/place-date.md")
}))
`
    )
    const out = run("node", ["main.mjs"], project)
    expect(out.stderr).toBe("")
    const facts = JSON.parse(out.stdout)
    expect(facts).toMatchObject({
      sameParser: true,
      sameFixes: true,
      placeDate: "Hà Nội, ngày 05 tháng 01 năm 2020",
      decode: "function",
      pdf: "function",
      cli: true,
      ruleDoc: true
    })
    expect(facts.rules).toContain("place-date/monthPadded")
  })

  test("a CommonJS program gets the same API, with one copy of the parser", () => {
    write(
      "main.cjs",
      `const core = require("@cchc/core")
const parser = require("@cchc/core/parser")
const rules = require("@cchc/rules")
const engine = require("@cchc/rules/engine")
const { formatPlaceDate } = require("@cchc/format")
const { readPdf } = require("@cchc/pdf")
const { runCli } = require("@cchc/cli")
const result = rules.lint(${JSON.stringify(DOCUMENT)}, { today: "2026-12-01" })
console.log(JSON.stringify({
  sameParser: core.parseDocument === parser.parseDocument,
  sameTables: core.DOCUMENT_KINDS === parser.DOCUMENT_KINDS,
  sameFixes: rules.applyFixes === engine.applyFixes,
  rules: result.diagnostics.map((d) => d.ruleId + "/" + d.messageId),
  placeDate: formatPlaceDate("Hà Nội", "2020-01-05"),
  pdf: typeof readPdf,
  cli: typeof runCli
}))
`
    )
    const out = run("node", ["main.cjs"], project)
    expect(out.stderr).toBe("")
    const facts = JSON.parse(out.stdout)
    expect(facts).toMatchObject({
      sameParser: true,
      sameFixes: true,
      placeDate: "Hà Nội, ngày 05 tháng 01 năm 2020",
      pdf: "function",
      cli: "function"
    })
    expect(facts.rules).toContain("place-date/monthPadded")
  })

  test("the cchc executable lints a file and exits 1 on an error", () => {
    write("bao-cao.txt", DOCUMENT)
    const out = run(
      join(project, "node_modules/.bin/cchc"),
      ["lint", "bao-cao.txt", "--format", "json"],
      project
    )
    expect(out.status).toBe(1)
    expect(out.stdout).toContain("monthPadded")
  })

  test("the cchc-language-server executable starts", () => {
    const out = run(join(project, "node_modules/.bin/cchc-language-server"), ["--help"], project)
    expect(out.stdout).toContain("--stdio")
    expect(out.status).toBe(0)
  })

  // node16 and bundler resolution for ES module consumers; a CommonJS
  // consumer needs `"module": "node20"` (TypeScript 5.9+) or `nodenext`:
  // under `node16` TypeScript refuses to `require()` an ES module such as
  // `effect`, which Node 20.19+ does (the README says so).
  test.each([
    { resolution: "node16", module: "Node16", file: "check-node16.mts" },
    { resolution: "bundler", module: "ESNext", file: "check-bundler.ts" },
    { resolution: "node20", module: "Node20", file: "check-node20.cts" }
  ])(
    "strict TypeScript compiles against the types ($resolution resolution, $file)",
    ({ resolution, module, file }) => {
      write(
        file,
        `import { parseDocument, type Document } from "@cchc/core"
import { parseDocument as parseFromParser } from "@cchc/core/parser"
import { lint, type Diagnostic, type LintResult } from "@cchc/rules"
import { formatPlaceDate } from "@cchc/format"
import { readPdf } from "@cchc/pdf"
import { runCli } from "@cchc/cli"
import { Schema } from "effect"
const document: Document = parseDocument("Số: 05/BC-UBND")
const sequence: string | null | undefined = document.number?.sequence
const result: LintResult = lint("Số: 05/BC-UBND")
const first: Diagnostic | undefined = result.diagnostics[0]
const line: number | undefined = first?.span.start.line
const placeDate: string = formatPlaceDate("Hà Nội", "2020-01-05")
export const used = [sequence, line, placeDate, parseFromParser, readPdf, runCli, Schema.String]
`
      )
      write(
        `tsconfig.${resolution}.json`,
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: "ES2022",
            // Effect's declarations name Web Crypto and Storage types.
            lib: ["ES2023", "DOM"],
            types: ["node"],
            module,
            moduleResolution: { node16: "Node16", bundler: "Bundler", node20: "NodeNext" }[resolution],
            // Check the packages' own declarations too, not only their use.
            skipLibCheck: false,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true
          },
          files: [file]
        })
      )
      const out = run(
        "node",
        [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", `tsconfig.${resolution}.json`],
        project
      )
      expect(out.stdout + out.stderr).toBe("")
      expect(out.status).toBe(0)
    },
    // Checking Effect's declarations too takes about 40 s on two idle cores.
    300_000
  )

  test.each(PACKAGES)("publint finds nothing in @cchc/%s", (name) => {
    const dir = join(work, "unpacked", name)
    mkdirSync(dir, { recursive: true })
    execFileSync("tar", ["-xzf", tarballs.get(name)!, "-C", dir])
    const out = run(BIN("publint"), ["run", join(dir, "package"), "--strict", "--pack", "false"], ROOT)
    expect(out.stdout + out.stderr).not.toMatch(/error|warning|suggestion/i)
    expect(out.status).toBe(0)
  })

  test.each(PACKAGES)("attw finds no type resolution problem in @cchc/%s", (name) => {
    // node16 (ESM and CommonJS) and bundler; node10, which cannot see
    // subpath exports, is out of scope: `engines` starts at Node 20.19.
    const profile = ESM_ONLY.has(name) ? "esm-only" : "node16"
    const out = run(BIN("attw"), [tarballs.get(name)!, "--profile", profile, "--format", "ascii"], ROOT)
    // attw exits 1 on any problem in the profile's resolutions.
    expect(out.stdout + out.stderr).not.toMatch(/^(?!.*ignored).*(?:💀|❗|❌|🎭|🥴|⚠️)/mu)
    expect(out.status).toBe(0)
  })
})
