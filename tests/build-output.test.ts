// The built packages keep their regular expression literals as literals.
// For Node targets esbuild rewrote each literal with `\p{…}` outside a
// character class into `new RegExp("…", "u")`; inside a function that
// looks the pattern up again on every call (see
// packages/core/tsup.target.ts). `pnpm test` builds before it runs.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, test } from "vitest"

const ROOT = new URL("../", import.meta.url).pathname
const PACKAGES = ["core", "rules", "format", "cli"]
// A call with a string literal as its pattern: a literal the build rewrote.
const REWRITTEN_LITERAL = /new RegExp\("(?:[^"\\\n]|\\.)*",/g

const builtFiles = (name: string): Array<string> => {
  const dist = join(ROOT, "packages", name, "dist")
  return readdirSync(dist)
    .filter((f) => f.endsWith(".js") || f.endsWith(".cjs"))
    .map((f) => join(dist, f))
}

describe("build output", () => {
  test.each(PACKAGES)("@cchc/%s has no regular expression literal rewritten into a RegExp call", (name) => {
    const files = builtFiles(name)
    expect(files.length).toBeGreaterThan(0)
    const rewritten = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(REWRITTEN_LITERAL)].map((m) => `${file}: ${m[0].slice(0, 80)}`)
    )
    expect(rewritten).toEqual([])
  })

  test("the check finds a rewritten literal", () => {
    const sample = 'const f = (s) => new RegExp("^C\\u0103n c\\u1EE9(?!\\\\p{L})", "u").test(s);'
    expect([...sample.matchAll(REWRITTEN_LITERAL)]).toHaveLength(1)
    expect([...'new RegExp(`[ ]*(${units})`, "uy")'.matchAll(REWRITTEN_LITERAL)]).toHaveLength(0)
  })
})
