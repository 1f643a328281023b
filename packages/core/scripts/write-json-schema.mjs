// Writes the JSON Schema of the encoded Document next to the build output,
// so that it ships as `@cchc/core/document.schema.json`.
import { writeFileSync } from "node:fs"
import { documentJsonSchema } from "../dist/index.js"

writeFileSync(
  new URL("../dist/document.schema.json", import.meta.url),
  JSON.stringify(documentJsonSchema(), null, 2) + "\n"
)
