// Writes the JSON Schemas of the encoded Document and of DocumentSpec next
// to the build output, so that they ship as `@cchc/core/document.schema.json`
// and `@cchc/core/document-spec.schema.json`.
import { writeFileSync } from "node:fs"
import { documentJsonSchema, documentSpecJsonSchema } from "../dist/index.js"

const write = (name, schema) =>
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n")
write("document.schema.json", documentJsonSchema())
write("document-spec.schema.json", documentSpecJsonSchema())
