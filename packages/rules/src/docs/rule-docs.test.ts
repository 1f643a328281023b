import { existsSync, readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, test } from "vitest"
import { formattedRuleDocs } from "../../scripts/rule-docs-files.js"
import { ALL_RULES } from "../rules/index.js"

const DOCS_DIR = fileURLToPath(new URL("../../../../docs/rules/", import.meta.url))

describe("docs/rules", () => {
  test("the committed rule docs match the rules (run `pnpm docs` to regenerate)", async () => {
    const files = await formattedRuleDocs(ALL_RULES)
    const committed = existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR).filter((f) => f.endsWith(".md")) : []
    expect(committed.sort(), "docs/rules is out of date: run `pnpm docs`").toEqual([...files.keys()].sort())
    for (const [name, content] of files) {
      expect(
        readFileSync(`${DOCS_DIR}${name}`, "utf8"),
        `docs/rules/${name} is out of date: run \`pnpm docs\``
      ).toBe(content)
    }
  })

  test("every rule has a valid and an invalid example, and the invalid one is reported", () => {
    for (const rule of ALL_RULES) {
      expect(rule.meta.examples.valid.length, rule.meta.id).toBeGreaterThan(0)
      expect(rule.meta.examples.invalid.length, rule.meta.id).toBeGreaterThan(0)
    }
  })
})
