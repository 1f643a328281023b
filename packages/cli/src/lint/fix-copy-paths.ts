/**
 * Where `--fix --fix-dir DIR` puts the fixed copy of each .docx: flat in
 * DIR as `<name>.fixed.docx`, and under the folders that tell them apart
 * when several inputs share a name (so one copy never replaces another).
 *
 * @since 0.1.0
 */
import { basename, dirname, join, relative, sep } from "node:path"

/** `bao-cao.docx` → `bao-cao.fixed.docx`. */
const copyName = (path: string): string => `${basename(path).replace(/\.docx$/iu, "")}.fixed.docx`

/** The deepest folder that holds every path of the list. */
const commonFolder = (paths: ReadonlyArray<string>): string => {
  let common = dirname(paths[0]!).split(sep)
  for (const path of paths.slice(1)) {
    const parts = dirname(path).split(sep)
    let same = 0
    while (same < common.length && same < parts.length && common[same] === parts[same]) same++
    common = common.slice(0, same)
  }
  return common.join(sep) || sep
}

/**
 * The path of the fixed copy of each input (absolute paths, the .docx
 * files among them) in `fixDir`: `fixDir/<name>.fixed.docx` for a name no
 * other input has; for inputs that share a name, their folders relative
 * to the deepest folder that holds them all are kept
 * (`a/bao-cao.docx`, `b/bao-cao.docx` → `fixDir/a/…`, `fixDir/b/…`).
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { fixCopyPaths } from "@cchc/cli"
 * fixCopyPaths(["/repo/a/bao-cao.docx", "/repo/b/bao-cao.docx", "/repo/to-trinh.docx"], "/out")
 * // Map { "/repo/a/bao-cao.docx" => "/out/a/bao-cao.fixed.docx",
 * //       "/repo/b/bao-cao.docx" => "/out/b/bao-cao.fixed.docx",
 * //       "/repo/to-trinh.docx" => "/out/to-trinh.fixed.docx" }
 * ```
 */
export const fixCopyPaths = (inputs: ReadonlyArray<string>, fixDir: string): ReadonlyMap<string, string> => {
  // Names compared without case: on a case-insensitive disk `A.docx` and `a.docx` would collide.
  const byName = new Map<string, Array<string>>()
  for (const input of inputs) {
    const name = copyName(input).toLowerCase()
    const group = byName.get(name)
    if (group === undefined) byName.set(name, [input])
    else group.push(input)
  }
  const copies = new Map<string, string>()
  for (const group of byName.values()) {
    if (group.length === 1) {
      copies.set(group[0]!, join(fixDir, copyName(group[0]!)))
      continue
    }
    const root = commonFolder(group)
    for (const input of group)
      copies.set(input, join(fixDir, relative(root, dirname(input)), copyName(input)))
  }
  return copies
}
