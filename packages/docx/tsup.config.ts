import { defineConfig } from "tsup"
import { BUILD_TARGET } from "../core/tsup.target.js"

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: BUILD_TARGET
})
