import { defineConfig } from "tsup"
import { BUILD_TARGET } from "./tsup.target.js"

export default defineConfig({
  entry: {
    index: "src/index.ts",
    parser: "src/parser.ts",
    internal: "src/internal/index.ts",
    testing: "src/testing/index.ts"
  },
  format: ["esm", "cjs"],
  // Shared chunks in the CommonJS build too (tsup splits only ESM unless
  // asked): without them each entry would inline its own copy of the
  // parser, and `require("@cchc/core/parser").parseDocument` would not be
  // `require("@cchc/core").parseDocument`.
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: BUILD_TARGET,
  external: ["fast-check"]
})
