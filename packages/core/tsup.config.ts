import { defineConfig } from "tsup"

export default defineConfig({
  entry: { index: "src/index.ts", parser: "src/parser.ts", testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  external: ["fast-check"]
})
