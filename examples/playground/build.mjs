// Builds the playground into examples/playground/dist/: index.html and one
// script bundled from the built packages (run `pnpm build` first). The
// script is a classic one, not a module, so that the page also works when
// opened from the disk (file://), where browsers refuse module scripts.
import { build } from "esbuild"
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"

const HERE = new URL(".", import.meta.url).pathname
const PACKAGES = join(HERE, "../../packages")
const DIST = join(HERE, "dist")
const entry = (pkg, file) => {
  const path = join(PACKAGES, pkg, "dist", file)
  if (!existsSync(path))
    throw new Error(`${path} is missing: build the packages first (npx -y pnpm@10.34.8 build)`)
  return path
}

rmSync(DIST, { recursive: true, force: true })
mkdirSync(DIST, { recursive: true })
await build({
  entryPoints: [join(HERE, "src/main.ts")],
  outfile: join(DIST, "app.js"),
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  // The page imports the packages as a user's app does; the paths point
  // at their built entries because this folder is not a workspace package.
  alias: {
    "@cchc/core/parser": entry("core", "parser.js"),
    "@cchc/rules/engine": entry("rules", "engine.js")
  },
  logLevel: "warning",
  // The parser entry imports a chunk it takes nothing from; dropping it is right.
  logOverride: { "ignored-bare-import": "silent" }
})
copyFileSync(join(HERE, "index.html"), join(DIST, "index.html"))
console.log(`Playground written to ${DIST} (open index.html in a browser).`)
