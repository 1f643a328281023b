/**
 * Keeping a run's outputs off its inputs: the report file (`-o`), the
 * cache (`--cache-location`) and the baseline must not name a document
 * being checked, the configuration, or one another, or writing them would
 * destroy what they name.
 *
 * @since 0.1.0
 */
import { statSync } from "node:fs"
import { extname, resolve } from "node:path"
import { UsageError } from "../errors.js"
import { displayPath } from "../input/paths.js"
import { SUPPORTED_EXTENSIONS } from "../input/read-input.js"

/**
 * A file a run writes: the option that names it, and its absolute path.
 *
 * @since 0.1.0
 * @category lint
 */
export interface RunOutput {
  readonly option: string
  readonly path: string
}

/**
 * A file a run reads and must not overwrite: what it is, and its path.
 *
 * @since 0.1.0
 * @category lint
 */
export interface ProtectedFile {
  readonly role: string
  readonly path: string
}

/** The same file whatever the path: its device and inode, or its resolved path when it does not exist yet. */
const fileKey = (path: string): string => {
  try {
    const info = statSync(path, { bigint: true })
    return `${info.dev}:${info.ino}`
  } catch {
    return resolve(path)
  }
}

/**
 * Throws a {@link UsageError} when an output names an input (the same
 * file, also through a link or a hard link) or another output, or when the
 * cache would be written into a file with a document's extension. Called
 * before anything is written.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { assertOutputsApart } from "@cchc/cli"
 * assertOutputsApart(
 *   [{ option: "-o", path: "/repo/report.txt" }],
 *   [{ role: "a file being checked", path: "/repo/docs/bao-cao.txt" }],
 *   "/repo"
 * ) // passes; naming /repo/docs/bao-cao.txt with -o throws
 * ```
 */
export const assertOutputsApart = (
  outputs: ReadonlyArray<RunOutput>,
  inputs: ReadonlyArray<ProtectedFile>,
  cwd: string
): void => {
  if (outputs.length === 0) return
  for (const output of outputs) {
    if (
      output.option === "--cache-location" &&
      SUPPORTED_EXTENSIONS.includes(extname(output.path).toLowerCase())
    )
      throw new UsageError(
        `--cache-location ${displayPath(cwd, output.path)}: the cache is a JSON file, not a document; name it with .json`
      )
  }
  // Several names of one file (hard links) are all kept, to name the one the output names.
  const taken = new Map<string, Array<ProtectedFile>>()
  const take = (file: ProtectedFile) => {
    const key = fileKey(file.path)
    const names = taken.get(key)
    if (names === undefined) taken.set(key, [file])
    else names.push(file)
  }
  for (const input of inputs) take(input)
  for (const output of outputs) {
    const names = taken.get(fileKey(output.path))
    if (names !== undefined) {
      const other = names.find((file) => resolve(file.path) === resolve(output.path)) ?? names[0]!
      const named = displayPath(cwd, output.path)
      const same = displayPath(cwd, other.path)
      throw new UsageError(
        `${output.option} ${named}: ${same === named ? "" : `the same file as ${same}, `}${other.role}; ` +
          `writing there would destroy it: choose another path`
      )
    }
    take({ role: `the file of ${output.option}`, path: output.path })
  }
}
