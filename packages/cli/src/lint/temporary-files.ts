/**
 * The temporary files a write goes through: named after the file they
 * replace and the process that made them, removed when the process is
 * interrupted (SIGINT, SIGTERM, SIGHUP), and, when a harder kill left one
 * behind, removed by the next run once that process is gone.
 *
 * @since 0.1.0
 */
import { randomBytes } from "node:crypto"
import { unlinkSync } from "node:fs"
import { readdir, unlink } from "node:fs/promises"
import { basename, dirname, join } from "node:path"

const MARKER = ".cchc-"
const SUFFIX = ".tmp"
const OWNER = /^(\d{1,10})-[0-9a-f]{8}$/

/**
 * The name of a new temporary file beside `path`:
 * `.NAME.cchc-PID-RANDOM.tmp`, hidden, in the same folder so that the
 * rename over `path` stays on one file system.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { temporaryPathFor } from "@cchc/cli"
 * temporaryPathFor("/repo/docs/bao-cao.txt") // "/repo/docs/.bao-cao.txt.cchc-4242-9f86d081.tmp"
 * ```
 */
export const temporaryPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}${MARKER}${process.pid}-${randomBytes(4).toString("hex")}${SUFFIX}`)

/** The process id in a temporary file's name, or `null` when the name is not one of ours. */
const ownerOf = (name: string): number | null => {
  if (!name.startsWith(".") || !name.endsWith(SUFFIX)) return null
  const at = name.lastIndexOf(MARKER)
  if (at <= 1) return null
  const owner = OWNER.exec(name.slice(at + MARKER.length, name.length - SUFFIX.length))
  return owner === null ? null : Number(owner[1])
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, it belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

const pending = new Set<string>()
let interrupted = false
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const

const removePending = (): void => {
  for (const path of pending) {
    try {
      unlinkSync(path)
    } catch {
      // Already renamed into place or removed.
    }
  }
  pending.clear()
}

const onSignal = (signal: NodeJS.Signals): void => {
  interrupted = true
  removePending()
  stopWatching()
  // Die of the same signal, as the shell and CI expect of an interrupted command.
  process.kill(process.pid, signal)
}

const stopWatching = (): void => {
  for (const signal of SIGNALS) process.removeListener(signal, onSignal)
  process.removeListener("exit", removePending)
}

/**
 * Records a temporary file that exists until {@link releaseTemporary}: it
 * is removed if the process is interrupted or exits before then. Signals
 * are watched only while some temporary file exists, so an interrupt at
 * any other time acts as usual. Throws once the process was interrupted:
 * no new temporary file is started while it stops.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { releaseTemporary, temporaryPathFor, trackTemporary } from "@cchc/cli"
 * const temporary = temporaryPathFor("/tmp/bao-cao.txt")
 * trackTemporary(temporary)
 * // … write it, rename it over /tmp/bao-cao.txt …
 * releaseTemporary(temporary)
 * ```
 */
export const trackTemporary = (path: string): void => {
  if (interrupted) throw new Error("interrupted")
  if (pending.size === 0) {
    for (const signal of SIGNALS) process.on(signal, onSignal)
    process.on("exit", removePending)
  }
  pending.add(path)
}

/**
 * Forgets a temporary file recorded by {@link trackTemporary} (renamed or
 * removed).
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { releaseTemporary } from "@cchc/cli"
 * releaseTemporary("/tmp/.bao-cao.txt.cchc-4242-9f86d081.tmp")
 * ```
 */
export const releaseTemporary = (path: string): void => {
  if (!pending.delete(path)) return
  if (pending.size === 0) stopWatching()
}

/**
 * Removes, from `folder`, the temporary files of `cchc` processes that no
 * longer run (killed while writing); returns how many. The files of a
 * running process, this one included, and every other file are left alone.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { removeStaleTemporaries } from "@cchc/cli"
 * await removeStaleTemporaries("/repo/docs") // 0 after a clean run
 * ```
 */
export const removeStaleTemporaries = async (folder: string): Promise<number> => {
  const names = await readdir(folder).catch(() => [])
  let removed = 0
  for (const name of names) {
    const owner = ownerOf(name)
    if (owner === null || owner === process.pid || isRunning(owner)) continue
    await unlink(join(folder, name)).then(
      () => removed++,
      () => undefined
    )
  }
  return removed
}
