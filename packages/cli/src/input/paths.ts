/**
 * Paths as people read them: relative to the working folder, with `/`.
 *
 * @since 0.1.0
 */
import { isAbsolute, relative, sep } from "node:path"

/**
 * `path` relative to `cwd` with forward slashes (`docs/bao-cao.txt`,
 * `../shared/x.txt`); an absolute path when it is on another drive.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { displayPath } from "@cchc/cli"
 * displayPath("/work/repo", "/work/repo/docs/a.txt") // "docs/a.txt"
 * ```
 */
export const displayPath = (cwd: string, path: string): string => {
  const rel = relative(cwd, path)
  const shown = rel === "" ? "." : isAbsolute(rel) ? path : rel
  return sep === "/" ? shown : shown.split(sep).join("/")
}

/**
 * `path` with forward slashes, for glob matching.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { toPosix } from "@cchc/cli"
 * toPosix("docs/a.txt") // "docs/a.txt"
 * ```
 */
export const toPosix = (path: string): string => (sep === "/" ? path : path.split(sep).join("/"))
