// Loaded with `node --import` into the `cchc` process of a test, to act at
// the moment a temporary file of a write has just been created (the only
// way to reach that moment from outside without a race):
//   CCHC_WRITE_HOOK=pause  announce "TEMPORARY <path>" on standard error
//                          and wait forever (the test then sends a signal);
//   CCHC_WRITE_HOOK=edit   append a line to the file being replaced, as an
//                          editor saving during the write would.
import { appendFileSync } from "node:fs"
import fsp from "node:fs/promises"
import { syncBuiltinESMExports } from "node:module"
import { basename, dirname, join } from "node:path"

const mode = process.env["CCHC_WRITE_HOOK"]
let done = false

// `.NAME.cchc-PID-HEX.tmp` (and `.NAME.PID.HEX.tmp` of older versions) → NAME.
const targetOf = (temporary) => {
  const name = basename(temporary).slice(1)
  const cut =
    name.lastIndexOf(".cchc-") !== -1
      ? name.lastIndexOf(".cchc-")
      : name.split(".").slice(0, -3).join(".").length
  return join(dirname(temporary), name.slice(0, cut))
}

const act = async (path) => {
  if (done || typeof path !== "string" || !path.endsWith(".tmp")) return
  done = true
  if (mode === "edit") appendFileSync(targetOf(path), "Dòng thêm khi đang sửa.\n")
  if (mode === "pause") {
    process.stderr.write(`TEMPORARY ${path}\n`)
    setInterval(() => undefined, 1000)
    await new Promise(() => undefined)
  }
}

for (const name of ["open", "writeFile"]) {
  const original = fsp[name]
  fsp[name] = async function (path, ...rest) {
    const result = await original.call(this, path, ...rest)
    await act(path)
    return result
  }
}
syncBuiltinESMExports()
