import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@cchc\/core\/testing$/,
        replacement: fileURLToPath(new URL("./packages/core/src/testing/index.ts", import.meta.url))
      },
      {
        find: /^@cchc\/core\/internal$/,
        replacement: fileURLToPath(new URL("./packages/core/src/internal/index.ts", import.meta.url))
      },
      {
        find: /^@cchc\/format\/docx$/,
        replacement: fileURLToPath(new URL("./packages/format/src/docx.ts", import.meta.url))
      },
      { find: /^@cchc\/core$/, replacement: src("core") },
      { find: /^@cchc\/rules$/, replacement: src("rules") },
      { find: /^@cchc\/format$/, replacement: src("format") },
      { find: /^@cchc\/pdf$/, replacement: src("pdf") },
      { find: /^@cchc\/docx$/, replacement: src("docx") }
    ]
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000
  }
})
