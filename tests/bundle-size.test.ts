// What a web app downloads when it imports one thing from the SDK: each
// import below is bundled by esbuild from the built packages (minified,
// ES module, for the browser, tree-shaken as the `sideEffects: false` of
// the packages allows) and gzipped. The test fails when a bundle grows
// past its budget. `pnpm test` builds first.
//
// An entry with a `target` is not yet within the size it should have
// (60 KB for `lint`, parse + the recommended rules; 12 KB for one
// builder): its budget is the size it has now, so that it cannot grow
// while it is brought down. docs/packages.md lists the sizes.
import { build } from "esbuild"
import { gzipSync } from "node:zlib"
import { describe, expect, test } from "vitest"

// The CLI package links every other package in its node_modules, so the
// imports resolve there to the built `dist/` files, as from a user's app.
const RESOLVE_DIR = new URL("../packages/cli/", import.meta.url).pathname
const KB = 1024

interface Entry {
  readonly name: string
  readonly source: string
  /** The most gzipped bytes the bundle may weigh. */
  readonly budget: number
  /** The size it should reach, when it is not there yet. */
  readonly target?: number
}

const builder = (name: string, budget = 12 * KB): Entry => ({
  name: `${name} from @cchc/format`,
  source: `import { ${name} } from "@cchc/format"; globalThis.used = ${name}`,
  budget,
  ...(budget > 12 * KB ? { target: 12 * KB } : {})
})

const ENTRIES: ReadonlyArray<Entry> = [
  {
    name: "lint from @cchc/rules",
    source: `import { lint } from "@cchc/rules"; globalThis.used = lint`,
    budget: 133 * KB,
    target: 60 * KB
  },
  {
    name: "parseDocument + resolveLintConfig + lintResolved from the lighter entries",
    source: `import { parseDocument } from "@cchc/core/parser"
import { lintResolved, resolveLintConfig } from "@cchc/rules/engine"
globalThis.used = [parseDocument, lintResolved, resolveLintConfig]`,
    budget: 106 * KB,
    target: 60 * KB
  },
  {
    name: "parseDocument from @cchc/core/parser",
    source: `import { parseDocument } from "@cchc/core/parser"; globalThis.used = parseDocument`,
    budget: 32 * KB,
    target: 28 * KB
  },
  ...["formatNationalHeader", "formatIssuerHeader", "formatVietnameseNumber"].map((name) => builder(name)),
  // Not yet within 12 KB: formatTitle resolves the kind through the
  // document-spec schemas of @cchc/core (Effect Schema); the others bring
  // the tables of issuing bodies and signing titles, and since the
  // builders refuse what the rules reject (abbreviated places, lower-case
  // codes, a type code of another kind), the code tables of @cchc/core.
  builder("formatPlaceDate", 22 * KB),
  builder("formatDocumentNumber", 22 * KB),
  builder("formatCitation", 24 * KB),
  builder("formatTitle", 45 * KB),
  builder("formatSignatureBlock", 23 * KB),
  builder("formatRecipients", 21 * KB),
  builder("formatKinhGui", 21 * KB)
]

const bundle = async (source: string) => {
  const result = await build({
    stdin: { contents: source, resolveDir: RESOLVE_DIR, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent"
  })
  const output = result.outputFiles[0]!.contents
  const inputs = Object.keys(Object.values(result.metafile.outputs)[0]!.inputs)
  return { gzipped: gzipSync(output).length, minified: output.length, inputs }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

describe("browser bundles", () => {
  test.each(ENTRIES)("$name stays within its budget", async ({ name, source, budget, target }) => {
    const { gzipped, minified } = await bundle(source)
    const goal = target === undefined ? "" : `, target ${kb(target)}`
    console.log(`${name}: ${kb(minified)} minified, ${kb(gzipped)} gzipped (budget ${kb(budget)}${goal})`)
    expect(gzipped).toBeLessThanOrEqual(budget)
  })

  test("the builders and renderers of @cchc/format leave the docx library out", async () => {
    const { inputs } = await bundle(`import * as format from "@cchc/format"; globalThis.used = format`)
    expect(inputs.some((file) => file.includes("/format/dist/"))).toBe(true)
    expect(inputs.filter((file) => /node_modules\/(?:\.pnpm\/)?docx[@/]/.test(file))).toEqual([])
  })

  test("@cchc/format/docx brings the docx library", async () => {
    const { inputs } = await bundle(
      `import { renderDocx } from "@cchc/format/docx"; globalThis.used = renderDocx`
    )
    expect(inputs.some((file) => /node_modules\/(?:\.pnpm\/)?docx[@/]/.test(file))).toBe(true)
  })
})
