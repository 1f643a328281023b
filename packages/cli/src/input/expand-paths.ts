/**
 * From the arguments of `cchc lint` (files, folders, globs) to the list of
 * files to check, with one problem per argument that names nothing.
 *
 * @since 0.1.0
 */
import { readdir, realpath, stat } from "node:fs/promises"
import { join, resolve } from "node:path"
import picomatch from "picomatch"
import type { InputProblem } from "./input-problem.js"
import { toPosix } from "./paths.js"
import { inputFormat, SUPPORTED_EXTENSIONS } from "./read-input.js"
import { inWorkingTree, type WorkingTree } from "./working-tree.js"

/**
 * A file found from the arguments; `explicit` when it was named itself
 * rather than found in a folder or by a glob.
 *
 * @since 0.1.0
 * @category input
 */
export interface FoundFile {
  readonly path: string
  readonly explicit: boolean
}

/**
 * What the arguments named: the files, and the arguments that named
 * nothing usable.
 *
 * @since 0.1.0
 * @category input
 */
export interface ExpandedPaths {
  readonly files: ReadonlyArray<FoundFile>
  readonly problems: ReadonlyArray<{ readonly path: string; readonly problem: InputProblem }>
  /** Links met in folders and not followed: they lead out of the working tree. */
  readonly skippedLinks: ReadonlyArray<string>
}

/** Folders never searched. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git", ".hg", ".svn", ".cchc-cache"])

/** What a folder walk reports besides the files it finds. */
interface Walker {
  readonly tree: WorkingTree | null
  readonly onFile: (path: string) => void
  readonly onSkippedLink: (path: string) => void
  /** A folder or a linked file that exists but cannot be read: a green run must not hide it. */
  readonly onUnreadable: (path: string, problem: InputProblem) => void
}

const CAUSES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "a loop of symbolic links",
  ENAMETOOLONG: "the path is too long",
  ENOTDIR: "a part of the path is not a folder",
  EIO: "an input/output error"
}

/**
 * The problem of a path that `stat` or `readdir` refused: only a missing
 * path is "no such file or folder"; a permission error or a link loop
 * says so, with its code.
 */
const accessProblem = (error: unknown, what: "file or folder" | "folder" | "linked file"): InputProblem => {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "unknown"
  if (code === "ENOENT") return { id: "missing-path", message: `no such ${what}` }
  return { id: "unreadable", message: `this ${what} cannot be read: ${CAUSES[code] ?? "an error"} (${code})` }
}

const walk = async (dir: string, walker: Walker): Promise<void> => {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    walker.onUnreadable(dir, accessProblem(error, "folder"))
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, walker)
    } else if (entry.isFile()) {
      walker.onFile(path)
    } else if (entry.isSymbolicLink()) {
      // Linked files are read when they stay in the working tree (a link to
      // /etc/passwd would print its first line in a CI log); linked folders
      // are not followed (no cycles).
      if (inputFormat(path) === null) continue
      let info
      try {
        info = await stat(path)
      } catch (error) {
        // A dangling link names nothing to check; a loop or a refused
        // target is a file that was meant to be checked and could not be.
        const problem = accessProblem(error, "linked file")
        if (problem.id !== "missing-path") walker.onUnreadable(path, problem)
        continue
      }
      if (!info.isFile()) continue
      const real = walker.tree === null ? path : await realpath(path).catch(() => null)
      if (real !== null && (walker.tree === null || inWorkingTree(walker.tree, real))) walker.onFile(path)
      else walker.onSkippedLink(path)
    }
  }
}

/**
 * Whether an argument is a glob pattern rather than a path.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { isGlobPattern } from "@cchc/cli"
 * isGlobPattern("docs/**\/*.txt") // true
 * isGlobPattern("docs/bao-cao.txt") // false
 * ```
 */
export const isGlobPattern = (arg: string): boolean => picomatch.scan(toPosix(arg)).isGlob

/**
 * Expands the arguments of `cchc lint` against `cwd`: a file is taken as
 * named (an unsupported extension is a problem), a folder is searched
 * recursively for .txt, .md, .docx and .pdf files (skipping `node_modules` and
 * `.git`), a glob is matched against paths relative to `cwd`. A path that
 * does not exist, or a glob that matches nothing, is a problem. Files come
 * once each, in a stable order. A path that exists but cannot be read (a
 * permission error, a loop of links), a folder met in a walk that cannot
 * be listed, and a linked file whose target cannot be reached are
 * `unreadable` problems with the cause. Given a working tree, a link found in a
 * folder whose target is outside it is not followed but listed in
 * `skippedLinks`; a file named on the command line is always read.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { expandPaths } from "@cchc/cli"
 * const { files, problems } = await expandPaths(["examples/documents", "drafts/**\/*.md"], process.cwd())
 * files.map((f) => f.path)
 * ```
 */
export const expandPaths = async (
  args: ReadonlyArray<string>,
  cwd: string,
  tree: WorkingTree | null = null
): Promise<ExpandedPaths> => {
  const files: Array<FoundFile> = []
  const skippedLinks = new Set<string>()
  const onSkippedLink = (path: string) => skippedLinks.add(path)
  const seen = new Set<string>()
  const problems: Array<{ path: string; problem: InputProblem }> = []
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return
    seen.add(path)
    files.push({ path, explicit })
  }
  const onUnreadable = (path: string, problem: InputProblem) => {
    if (seen.has(path)) return
    seen.add(path)
    problems.push({ path, problem })
  }
  for (const arg of args) {
    const path = resolve(cwd, arg)
    let info = null
    let statError: unknown = null
    try {
      info = await stat(path)
    } catch (error) {
      statError = error
    }
    if (info?.isFile()) {
      if (inputFormat(path) === null) {
        problems.push({
          path,
          problem: {
            id: "unsupported-type",
            message: `cchc reads ${SUPPORTED_EXTENSIONS.join(", ")} files; convert this file to one of them`
          }
        })
      } else add(path, true)
      continue
    }
    if (info?.isDirectory()) {
      let found = 0
      const before = problems.length
      await walk(path, {
        tree,
        onSkippedLink,
        onUnreadable,
        onFile: (file) => {
          if (inputFormat(file) === null) return
          found++
          add(file, false)
        }
      })
      if (found === 0 && problems.length === before) {
        problems.push({
          path,
          problem: { id: "no-match", message: `no ${SUPPORTED_EXTENSIONS.join(", ")} files in this folder` }
        })
      }
      continue
    }
    if (isGlobPattern(arg)) {
      const pattern = toPosix(arg)
      const scan = picomatch.scan(pattern)
      const base = resolve(cwd, scan.base === "" ? "." : scan.base)
      const matches = picomatch(scan.glob === "" ? pattern : scan.glob, { dot: false })
      const baseInfo = await stat(base).catch(() => null)
      let matched = 0
      const before = problems.length
      if (baseInfo?.isDirectory()) {
        await walk(base, {
          tree,
          onUnreadable,
          onSkippedLink: (file) => {
            if (matches(toPosix(file.slice(base.length + 1)))) onSkippedLink(file)
          },
          onFile: (file) => {
            if (inputFormat(file) !== null && matches(toPosix(file.slice(base.length + 1)))) {
              matched++
              add(file, false)
            }
          }
        })
      }
      if (matched === 0 && problems.length === before)
        problems.push({
          path,
          problem: {
            id: "no-match",
            message: `no ${SUPPORTED_EXTENSIONS.join(", ")} file matches this pattern`
          }
        })
      continue
    }
    problems.push({ path, problem: accessProblem(statError, "file or folder") })
  }
  return { files, problems, skippedLinks: [...skippedLinks] }
}
