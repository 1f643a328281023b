import { defineConfig } from "tsup"
import { lighterEntries } from "../core/tsup.lighter-entries.js"
import { BUILD_TARGET } from "../core/tsup.target.js"

export default defineConfig({
  // The .docx writer has its own entry (src/docx.ts), so that the builders
  // do not bring the `docx` library into a browser bundle.
  entry: { index: "src/index.ts", docx: "src/docx.ts" },
  format: ["esm", "cjs"],
  // One copy of each module under CommonJS as under ESM (see
  // ../core/tsup.config.ts).
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: BUILD_TARGET,
  // Modules that take only parser and text functions from `@cchc/core`
  // import `@cchc/core/parser`, which does not define the Effect schemas.
  noExternal: [/^@cchc\/core$/],
  esbuildPlugins: [lighterEntries({ "@cchc/core": "@cchc/core/parser" })]
})
