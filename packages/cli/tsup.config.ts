import { defineConfig } from "tsup"

// The two builds write into one dist/ in parallel, so neither cleans it:
// `pnpm build` empties it first (see package.json).

export default defineConfig([
  // The programmatic API, for import and require.
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    // `import.meta.url` (the worker's location) in the CommonJS build.
    shims: true
  },
  // The executable and its worker thread: ESM only, commands split into
  // chunks that load on demand.
  {
    entry: { bin: "src/bin.ts", "lint-worker": "src/lint-worker.ts" },
    format: ["esm"],
    splitting: true,
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" }
  }
])
