/**
 * The docs files as they are committed: rendered, then formatted with the
 * repository's Prettier settings so that `prettier --check` agrees.
 */
import { fileURLToPath } from "node:url"
import * as prettier from "prettier"
import { renderRuleDocs } from "../src/docs/render-rule-docs.js"
import type { Rule } from "../src/rule.js"

const ROOT_CONFIG = fileURLToPath(new URL("../../../docs/rules/README.md", import.meta.url))

/** Every docs file, keyed by file name, formatted as committed. */
export const formattedRuleDocs = async (rules: ReadonlyArray<Rule<any>>): Promise<Map<string, string>> => {
  const options = (await prettier.resolveConfig(ROOT_CONFIG)) ?? {}
  const out = new Map<string, string>()
  for (const [name, content] of renderRuleDocs(rules))
    out.set(name, await prettier.format(content, { ...options, parser: "markdown" }))
  return out
}
