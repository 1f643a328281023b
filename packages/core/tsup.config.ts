import { defineConfig } from "tsup"
import { BUILD_TARGET } from "./tsup.target.js"

export default defineConfig({
  entry: { index: "src/index.ts", parser: "src/parser.ts", testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: BUILD_TARGET,
  external: ["fast-check"]
})
