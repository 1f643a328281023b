// Writes docs/document.schema.json (the Document schema) and
// docs/document-spec.schema.json (the DocumentSpec schema), so that the
// published contracts can be read without installing the package. A test
// fails when a committed file drifts from its schema.
import { writeFileSync } from "node:fs"
import { documentJsonSchema, documentSpecJsonSchema } from "../packages/core/src/index.js"

const write = (name: string, schema: Record<string, unknown>) =>
  writeFileSync(new URL(`../docs/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n")
write("document.schema.json", documentJsonSchema())
write("document-spec.schema.json", documentSpecJsonSchema())
