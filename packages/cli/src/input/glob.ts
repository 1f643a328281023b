/**
 * Globs of a configuration file (`ignores`, `overrides[].files`), anchored
 * at the folder of the file that wrote them.
 *
 * @since 0.1.0
 */
import picomatch from "picomatch"
import { toPosix } from "./paths.js"

const escapeForGlob = (path: string): string => path.replace(/[\\*?[\]{}()!+@|^$]/g, "\\$&")

/**
 * Anchors `pattern` at `dir`: `drafts/**` written in `/repo/cchc.config.json`
 * becomes `/repo/drafts/**`. A pattern without `/` (`*.md`) matches a file
 * name at any depth below `dir`; a pattern ending in `/` means the folder
 * and everything in it.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { anchorGlob } from "@cchc/cli"
 * anchorGlob("/repo", "drafts/") // "/repo/drafts/**"
 * anchorGlob("/repo", "*.md") // "/repo/**\/*.md"
 * ```
 */
export const anchorGlob = (dir: string, pattern: string): string => {
  let p = toPosix(pattern.trim())
  if (p.startsWith("./")) p = p.slice(2)
  if (p.endsWith("/")) p += "**"
  if (!p.includes("/")) p = `**/${p}`
  else if (p.startsWith("/")) p = p.slice(1)
  const base = escapeForGlob(toPosix(dir)).replace(/\/$/, "")
  return `${base}/${p}`
}

const compiled = new Map<string, (path: string) => boolean>()

/**
 * Whether the absolute `path` matches one of the anchored `patterns`
 * (matchers are compiled once and reused).
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { matchesAnyGlob } from "@cchc/cli"
 * matchesAnyGlob(["/repo/drafts/**"], "/repo/drafts/a.txt") // true
 * ```
 */
export const matchesAnyGlob = (patterns: ReadonlyArray<string>, path: string): boolean => {
  const target = toPosix(path)
  return patterns.some((pattern) => {
    let matcher = compiled.get(pattern)
    if (matcher === undefined) {
      matcher = picomatch(pattern, { dot: true })
      compiled.set(pattern, matcher)
    }
    return matcher(target)
  })
}
