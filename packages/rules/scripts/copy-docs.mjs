// Ships the generated rule pages inside the package (dist/docs/<id>.md),
// so that the links in the CLI's SARIF output resolve to the docs of the
// exact version a user runs.
import { cpSync, existsSync } from "node:fs"

const from = new URL("../../../docs/rules/", import.meta.url)
if (existsSync(from)) cpSync(from, new URL("../dist/docs/", import.meta.url), { recursive: true })
