// `cchc lint` starts without loading Effect Schema or the Effect runtime:
// they cost about 0.2 s at start-up and linting decodes no schema (the
// configuration file is checked by the command itself). A module hook
// makes both unloadable; the lint must still give the same report.
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, test } from "vitest"

const here = fileURLToPath(new URL(".", import.meta.url))
const root = resolve(here, "../../..")
const bin = process.env["CCHC_TEST_BIN"] ?? join(root, "packages/cli/dist/bin.js")

const hook = `export async function resolve(specifier, context, next) {
  const found = await next(specifier, context)
  if (/\\/effect\\/dist\\/(Schema|Effect)\\.js$/.test(found.url)) throw new Error("cchc lint loaded " + found.url)
  return found
}`
const register = `import { register } from "node:module"
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)})`
const withoutSchema = ["--import", `data:text/javascript,${encodeURIComponent(register)}`]

const cchc = (nodeArgs: ReadonlyArray<string>, args: ReadonlyArray<string>) => {
  const run = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd: dir,
    env: { PATH: process.env["PATH"], HOME: process.env["HOME"], NO_COLOR: "1" },
    encoding: "utf8"
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

let dir = ""
beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run 'pnpm build' before the CLI tests`)
  dir = mkdtempSync(join(tmpdir(), "cchc-start-up-"))
  cpSync(join(root, "tests/cli/fixtures"), dir, { recursive: true })
  writeFileSync(
    join(dir, "strict.json"),
    JSON.stringify({
      extends: "strict",
      rules: { "end-mark": { severity: "error" } },
      overrides: [{ kinds: ["BC"], rules: { title: "off" } }]
    })
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("cchc lint without Effect Schema", () => {
  test.each([
    ["one file", ["lint", "docs/bao-cao-loi.txt"]],
    ["a folder, two workers, JSON", ["lint", "docs", "--concurrency", "2", "--format", "json"]],
    ["a configuration file", ["lint", "--config", "strict.json", "docs"]],
    ["citations across files", ["lint", "cross"]]
  ])("%s", (_, args) => {
    const plain = cchc([], args)
    const hooked = cchc(withoutSchema, args)
    expect(hooked.stderr).not.toContain("loaded")
    expect(hooked).toEqual(plain)
    expect([0, 1]).toContain(plain.code)
  })

  test("the hook does stop Effect Schema", () => {
    const parsed = cchc(withoutSchema, ["parse", "docs/bao-cao-dung.txt"])
    expect(parsed.code).toBe(2)
    expect(parsed.stderr).toContain("effect/dist/Schema.js")
  })
})
