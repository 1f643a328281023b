import { build } from "esbuild"
const contents = process.argv[2]
const r = await build({ stdin: { contents, resolveDir: process.cwd() + "/packages/cli", loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, logLevel: "silent" })
const out = Object.values(r.metafile.outputs)[0]
const groups = {}
for (const [file, v] of Object.entries(out.inputs)) {
  const key = file.replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").split("/").slice(0, 3).join("/")
  groups[key] = (groups[key] ?? 0) + v.bytesInOutput
}
for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v/1024).toFixed(1).padStart(7), k)
