/**
 * The working tree of a run: the folders whose files `cchc` may follow
 * links into and write back, namely the working folder and the folder of
 * the configuration in use. A link that leads out of them is not followed
 * by a folder walk, and no file outside them is ever rewritten.
 *
 * @since 0.1.0
 */
import { realpath } from "node:fs/promises"
import { resolve, sep } from "node:path"

/**
 * The real paths (links resolved) of the folders of the working tree.
 *
 * @since 0.1.0
 * @category input
 */
export interface WorkingTree {
  readonly roots: ReadonlyArray<string>
}

/**
 * The working tree made of `folders`, each resolved to its real path (a
 * folder that does not exist is left out).
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { workingTree } from "@cchc/cli"
 * const tree = await workingTree([process.cwd()])
 * tree.roots.length // 1
 * ```
 */
export const workingTree = async (folders: ReadonlyArray<string>): Promise<WorkingTree> => {
  const roots: Array<string> = []
  for (const folder of folders) {
    const real = await realpath(resolve(folder)).catch(() => null)
    if (real !== null && !roots.includes(real)) roots.push(real)
  }
  return { roots }
}

/**
 * Whether `realPath` (a path with its links resolved) is in `folder` or
 * below it.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { isWithin } from "@cchc/cli"
 * isWithin("/repo", "/repo/docs/a.txt") // true
 * isWithin("/repo", "/repository/a.txt") // false
 * ```
 */
export const isWithin = (folder: string, realPath: string): boolean =>
  realPath === folder || realPath.startsWith(folder.endsWith(sep) ? folder : folder + sep)

/**
 * Whether `realPath` is in the working tree.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { inWorkingTree } from "@cchc/cli"
 * inWorkingTree({ roots: ["/repo"] }, "/etc/passwd") // false
 * ```
 */
export const inWorkingTree = (tree: WorkingTree, realPath: string): boolean =>
  tree.roots.some((root) => isWithin(root, realPath))
