/**
 * Writes `docs/rules/<id>.md` for every rule and the index
 * `docs/rules/README.md`, from the rules' metadata and examples, formatted
 * with the repository's Prettier settings. Run with `pnpm docs`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { ALL_RULES } from "../src/rules/index.js"
import { formattedRuleDocs } from "./rule-docs-files.js"

const DOCS_DIR = fileURLToPath(new URL("../../../docs/rules/", import.meta.url))

const files = await formattedRuleDocs(ALL_RULES)
mkdirSync(DOCS_DIR, { recursive: true })
// Pages of rules that no longer exist go away.
for (const old of readdirSync(DOCS_DIR))
  if (old.endsWith(".md") && !files.has(old)) rmSync(`${DOCS_DIR}${old}`)
for (const [name, content] of files) writeFileSync(`${DOCS_DIR}${name}`, content)
console.log(`wrote ${files.size} files to ${DOCS_DIR}`)
