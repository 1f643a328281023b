// Writes the JSON Schema of cchc.config.json next to the build output, so
// that it ships as `@cchc/cli/cchc.config.schema.json` and `cchc init` can
// point editors at it.
import { writeFileSync } from "node:fs"
import { ALL_RULES } from "@cchc/rules"
import { configJsonSchema, CONFIG_SCHEMA_FILE } from "../dist/index.js"

writeFileSync(
  new URL(`../dist/${CONFIG_SCHEMA_FILE}`, import.meta.url),
  `${JSON.stringify(configJsonSchema(ALL_RULES), null, 2)}\n`
)
