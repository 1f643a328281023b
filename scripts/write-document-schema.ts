// Writes docs/document.schema.json from the Document schema, so that the
// published contract can be read without installing the package. A test
// fails when the committed file drifts from the schema.
import { writeFileSync } from "node:fs"
import { documentJsonSchema } from "../packages/core/src/index.js"

writeFileSync(
  new URL("../docs/document.schema.json", import.meta.url),
  JSON.stringify(documentJsonSchema(), null, 2) + "\n"
)
