import { defineConfig } from "tsup"
import { BUILD_TARGET } from "../core/tsup.target.js"

export default defineConfig({
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: BUILD_TARGET,
  banner: { js: "#!/usr/bin/env node" }
})
