// Builds the packages unless they were built from exactly these sources.
// `pnpm demo` and `pnpm test` both need a build; run one after the other
// (as the README's set-up and `.ci/run` do), the second finds the stamp
// of the first and does not build again. The stamp is a hash of every
// input of the build (sources, manifests, build configuration, lockfile),
// so an edit, a checkout or a new dependency builds again, whatever the
// file times say.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const ROOT = new URL("..", import.meta.url).pathname
const STAMP = join(ROOT, "node_modules", ".cache", "cchc-build-stamp")
// Tests are no input of the build.
const SKIPPED = new Set(["node_modules", "dist", ".cache", "test"])

const filesUnder = (dir) => {
  if (!existsSync(dir)) return []
  if (statSync(dir).isFile()) return [dir]
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name) && !entry.name.endsWith(".test.ts"))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => filesUnder(join(dir, entry.name)))
}

const inputs = () => {
  const packages = readdirSync(join(ROOT, "packages")).sort()
  return [
    "package.json",
    "pnpm-lock.yaml",
    "tsconfig.base.json",
    ...packages.flatMap((name) =>
      readdirSync(join(ROOT, "packages", name))
        .filter((entry) => !SKIPPED.has(entry) && !entry.endsWith(".md"))
        .map((entry) => join("packages", name, entry))
    )
  ].flatMap((path) => filesUnder(join(ROOT, path)))
}

const hash = createHash("sha256")
for (const file of inputs())
  hash.update(file.slice(ROOT.length)).update("\0").update(readFileSync(file)).update("\0")
const digest = hash.digest("hex")
const built = readdirSync(join(ROOT, "packages")).every((name) =>
  existsSync(join(ROOT, "packages", name, "dist"))
)

if (built && existsSync(STAMP) && readFileSync(STAMP, "utf8") === digest) {
  console.log("Packages already built from these sources.")
  process.exit(0)
}
const build = spawnSync("pnpm", ["-s", "build"], {
  cwd: ROOT,
  stdio: "inherit",
  shell: process.platform === "win32"
})
if (build.status !== 0) process.exit(build.status ?? 2)
mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true })
writeFileSync(STAMP, digest)
