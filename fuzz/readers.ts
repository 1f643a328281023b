/**
 * The binary readers the fuzzer drives, each with well-formed samples to
 * damage. A new reader (a replacement for the .docx one, or another
 * format) is added to this list and is then fuzzed like the others.
 */
import { readFileSync } from "node:fs"
import type * as Cli from "../packages/cli/src/index.js"
import type * as FormatDocx from "../packages/format/src/docx.js"
import type { BinaryReader } from "./cli-layers.js"

const SPEC = new URL("../tests/cli/fixtures/specs/bao-cao.json", import.meta.url)

export const binaryReaders = async (
  cli: Pick<typeof Cli, "readDocx">,
  format: Pick<typeof FormatDocx, "renderDocx"> | null
): Promise<ReadonlyArray<BinaryReader>> => {
  const samples: Array<Uint8Array> = []
  if (format !== null) samples.push(await format.renderDocx(JSON.parse(readFileSync(SPEC, "utf8"))))
  return [{ name: "docx", read: (bytes) => cli.readDocx(bytes), samples }]
}
