import { defineConfig } from "tsup"
import { lighterEntries } from "../core/tsup.lighter-entries.js"
import { BUILD_TARGET } from "../core/tsup.target.js"

export default defineConfig({
  // `@cchc/rules/engine` is the rule pack and the engine without the Effect
  // schemas (see src/engine.ts). In the ESM build the two entries share
  // their chunks, and the modules that take only parser and text functions
  // from `@cchc/core` import `@cchc/core/parser`.
  entry: { index: "src/index.ts", engine: "src/engine.ts" },
  format: ["esm", "cjs"],
  // One copy of each module under CommonJS as under ESM (see
  // ../core/tsup.config.ts).
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: BUILD_TARGET,
  // Resolved by the plugin below (tsup would mark them external first).
  noExternal: [/^@cchc\/core$/],
  esbuildPlugins: [lighterEntries({ "@cchc/core": "@cchc/core/parser" })]
})
