import { existsSync, readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, test } from "vitest"
import { formattedRuleDocs } from "../../scripts/rule-docs-files.js"
import { ALL_RULES } from "../rules/index.js"
import { lintWithRule } from "../testing/rule-case.js"
import { DOCS_TODAY } from "./render-rule-docs.js"

const DOCS_DIR = fileURLToPath(new URL("../../../../docs/rules/", import.meta.url))

describe("docs/rules", () => {
  test("the committed rule docs match the rules (run `pnpm run docs` to regenerate)", async () => {
    const files = await formattedRuleDocs(ALL_RULES)
    const committed = existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR).filter((f) => f.endsWith(".md")) : []
    expect(committed.sort(), "docs/rules is out of date: run `pnpm run docs`").toEqual(
      [...files.keys()].sort()
    )
    for (const [name, content] of files) {
      expect(
        readFileSync(`${DOCS_DIR}${name}`, "utf8"),
        `docs/rules/${name} is out of date: run \`pnpm docs\``
      ).toBe(content)
    }
  })

  test("every rule's docs examples do what they show: valid ones pass, invalid ones are reported", () => {
    for (const rule of ALL_RULES) {
      const { valid, invalid } = rule.meta.examples
      expect(valid.length, `${rule.meta.id} has no valid example`).toBeGreaterThan(0)
      expect(invalid.length, `${rule.meta.id} has no invalid example`).toBeGreaterThan(0)
      for (const text of valid) {
        const found = lintWithRule(rule, text, undefined, DOCS_TODAY).diagnostics.map((d) => d.messageId)
        expect(found, `${rule.meta.id}: a valid example is reported`).toEqual([])
      }
      for (const text of invalid) {
        const found = lintWithRule(rule, text, undefined, DOCS_TODAY).diagnostics
        expect(found.length, `${rule.meta.id}: an invalid example is not reported`).toBeGreaterThan(0)
      }
    }
  })
})
