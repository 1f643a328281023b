import { defineConfig } from "tsup"
import { lighterEntries } from "../core/tsup.lighter-entries.js"
import { BUILD_TARGET } from "../core/tsup.target.js"

// The two builds write into one dist/ in parallel, so neither cleans it:
// `pnpm build` empties it first (see package.json).

// Modules that take only the parser, the rules and the engine import the
// entries of @cchc/core and @cchc/rules that do not load Effect Schema
// (about 0.2 s at start-up): `cchc lint` never decodes a schema.
const cchcEntries = {
  noExternal: [/^@cchc\/(core|rules)$/],
  esbuildPlugins: [lighterEntries({ "@cchc/core": "@cchc/core/parser", "@cchc/rules": "@cchc/rules/engine" })]
}

export default defineConfig([
  // The programmatic API, for import and require.
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: BUILD_TARGET,
    // `import.meta.url` (the worker's location) in the CommonJS build.
    shims: true,
    ...cchcEntries
  },
  // The executable and its worker thread: ESM only, commands split into
  // chunks that load on demand.
  {
    entry: { bin: "src/bin.ts", "lint-worker": "src/lint-worker.ts" },
    format: ["esm"],
    splitting: true,
    sourcemap: true,
    target: BUILD_TARGET,
    banner: { js: "#!/usr/bin/env node" },
    ...cchcEntries
  }
])
