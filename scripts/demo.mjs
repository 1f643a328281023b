// The README's main job: build the packages, then lint the example
// documents and, when it sits beside the repository, the seed corpus.
// The examples carry deliberate mistakes, so the linter exits 1 (errors
// found); that is the expected outcome here. Any other failure (a build
// error, exit code 2 for usage or I/O errors) fails this script.
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"

const run = (command, args) =>
  spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" })

// Builds unless the packages were built from these sources already.
const build = run("node", ["scripts/build-if-changed.mjs"])
if (build.status !== 0) process.exit(build.status ?? 2)

const targets = ["examples/documents"]
if (existsSync("../shared/corpus/seeds")) targets.push("../shared/corpus/seeds")
else console.warn("(../shared/corpus/seeds not found: linting the examples only)")

const lint = run("node", ["packages/cli/dist/bin.js", "lint", ...targets])
if (lint.status === 0 || lint.status === 1) {
  console.log(
    `\ncchc lint exited with ${lint.status}: ${lint.status === 1 ? "errors found, as expected in documents with deliberate mistakes" : "no errors"}.`
  )
  process.exit(0)
}
process.exit(lint.status ?? 2)
