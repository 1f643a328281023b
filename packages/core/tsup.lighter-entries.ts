import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import type { Options } from "tsup"

type Plugin = NonNullable<Options["esbuildPlugins"]>[number]

/**
 * An esbuild plugin for the ESM builds of the packages that depend on
 * `@cchc/core` or `@cchc/rules`: a module that imports the main entry
 * (`@cchc/core`) but takes only values that a lighter entry also exports
 * (`@cchc/core/parser`) is built to import the lighter entry instead.
 *
 * Why: the main entries define the Effect schemas of the model, and loading
 * Effect Schema costs about 0.2 s at start-up; the lighter entries hold the
 * parser, the rules and the engine without them. The sources keep importing
 * the main entries (one import path for types, tests and editors); the
 * build picks the entry. Both entries of a package share their chunks, so a
 * program that loads both still has one copy of each module.
 *
 * Any import the plugin cannot read as a list of names (`import * as`, a
 * default import, `export *`, a dynamic import) keeps the main entry, as
 * does a module that needs one value the lighter entry lacks: the output
 * is always correct, at worst slower.
 *
 * The plugin also marks the main entries external, so the build must
 * leave them to it: list them in tsup's `noExternal`.
 *
 * @param lighter - main entry → lighter entry, for example
 *   `{ "@cchc/core": "@cchc/core/parser" }`. The lighter entries must be
 *   built already (they are dependencies, built first).
 */
export const lighterEntries = (lighter: Readonly<Record<string, string>>): Plugin => ({
  name: "cchc-lighter-entries",
  setup(build) {
    const filter = new RegExp(`^(?:${Object.keys(lighter).map(escape).join("|")})$`)
    // CommonJS builds keep the main entries: CommonJS output has no shared
    // chunks, so two entries of one package would be two copies of it.
    if (build.initialOptions.format !== "esm") {
      build.onResolve({ filter }, (args) => ({ path: args.path, external: true }))
      return
    }
    const require = createRequire(join(process.cwd(), "package.json"))
    const exported = new Map(
      Object.entries(lighter).map(([main, light]) => [main, new Set(Object.keys(require(light)))] as const)
    )
    const decided = new Map<string, string>()
    build.onResolve({ filter }, (args) => {
      const main = args.path
      const key = `${args.importer}\0${main}`
      let path = decided.get(key)
      if (path === undefined) {
        const names =
          args.kind === "dynamic-import" ? null : valueNames(readFileSync(args.importer, "utf8"), main)
        const available = exported.get(main)!
        path = names !== null && names.every((name) => available.has(name)) ? lighter[main]! : main
        decided.set(key, path)
      }
      return { path, external: true }
    })
  }
})

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")

/**
 * The values (not types) that `source` imports or re-exports from
 * `specifier`, or `null` when it takes the module in a way that is not a
 * list of names. Sources are TypeScript with `verbatimModuleSyntax`, so a
 * name without `type` is a value.
 */
const valueNames = (source: string, specifier: string): ReadonlyArray<string> | null => {
  // Examples in comments are not imports.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^[ \t]*\/\/.*$/gm, "")
  const from = `["']${escape(specifier)}["']`
  if (new RegExp(`(?:^|[\\s;])import\\s*${from}`).test(code)) return null
  const statement = new RegExp(
    `(?:^|[\\s;])(?:import|export)\\s+(type\\s+)?(\\{[^}]*\\}|\\*(?:\\s+as\\s+[\\w$]+)?|[\\w$]+(?:\\s*,\\s*(?:\\{[^}]*\\}|\\*\\s+as\\s+[\\w$]+))?)\\s*from\\s*${from}`,
    "g"
  )
  const names: Array<string> = []
  let found = false
  for (const [, typeOnly, clause] of code.matchAll(statement)) {
    found = true
    if (typeOnly !== undefined) continue
    if (!clause!.startsWith("{")) return null
    for (const part of clause!.slice(1, -1).split(",")) {
      const item = part.trim()
      if (item === "" || /^type\s/.test(item)) continue
      names.push(item.split(/\s+as\s+/)[0]!)
    }
  }
  return found ? names : null
}
