/**
 * Writing a fixed document back over itself, as an in-place editor
 * should: to the file a link points to, with its owner, group and mode,
 * never a file the user may not write, one with other names (hard links),
 * one outside the working tree, or one that changed since it was read.
 *
 * @since 0.1.0
 */
import { constants } from "node:fs"
import { access, chmod, chown, open, realpath, rename, stat, unlink, type FileHandle } from "node:fs/promises"
import { fileIdentity, sameIdentity, type FileIdentity } from "../input/read-input.js"
import { inWorkingTree, type WorkingTree } from "../input/working-tree.js"
import { releaseTemporary, temporaryPathFor, trackTemporary } from "./temporary-files.js"

/**
 * Where `--fix` may write: the working tree, and whether a file with
 * several hard links is written into (`--fix-hard-links`) rather than
 * refused.
 *
 * @since 0.1.0
 * @category lint
 */
export interface FixWritePolicy {
  readonly tree: WorkingTree
  readonly hardLinks: boolean
}

/**
 * The outcome of {@link writeFixedFile}: written, or why not.
 *
 * @since 0.1.0
 * @category lint
 */
export type FixWrite = { readonly written: true } | { readonly written: false; readonly reason: string }

const refused = (reason: string): FixWrite => ({ written: false, reason })

const CHANGED = "the file changed while it was being checked: run again"

const octal = (mode: bigint): string => (Number(mode) & 0o7777).toString(8).padStart(4, "0")

/** Why the running user may not write the file, or `null`. */
const notWritable = async (path: string, mode: bigint): Promise<string | null> => {
  // Root may write anything: a file nobody may write is still refused.
  if ((mode & 0o222n) === 0n) return `the file is read-only (mode ${octal(mode)})`
  const allowed = await access(path, constants.W_OK).then(
    () => true,
    () => false
  )
  return allowed ? null : "you may not write the file (permission denied)"
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error)

/** Writes into the file itself (its inode), for a file with several names. */
const writeInto = async (path: string, data: Uint8Array, read: FileIdentity): Promise<FixWrite> => {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, "r+")
    if (!sameIdentity(fileIdentity(await handle.stat({ bigint: true })), read)) return refused(CHANGED)
    await handle.write(data, 0, data.length, 0)
    await handle.truncate(data.length)
    await handle.sync()
    return { written: true }
  } finally {
    await handle?.close()
  }
}

/** Writes a temporary file with the owner, group and mode of the original, then renames it over it. */
const replace = async (
  path: string,
  data: Uint8Array,
  read: FileIdentity,
  owner: { uid: number; gid: number; mode: number }
): Promise<FixWrite> => {
  const temporary = temporaryPathFor(path)
  trackTemporary(temporary)
  let renamed = false
  try {
    const handle = await open(temporary, "wx", 0o600)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    const made = await stat(temporary)
    if (made.uid !== owner.uid || made.gid !== owner.gid) {
      const kept = await chown(temporary, owner.uid, owner.gid).then(
        () => true,
        () => false
      )
      if (!kept)
        return refused(
          `the file belongs to user ${owner.uid}, group ${owner.gid}, which a rewrite by this user would not keep`
        )
    }
    // After chown, which clears the set-user-id and set-group-id bits.
    await chmod(temporary, owner.mode & 0o7777)
    // The last look before the rename: an edit saved since the file was read wins.
    if (!sameIdentity(fileIdentity(await stat(path, { bigint: true })), read)) return refused(CHANGED)
    await rename(temporary, path)
    renamed = true
    return { written: true }
  } finally {
    if (!renamed) await unlink(temporary).catch(() => undefined)
    releaseTemporary(temporary)
  }
}

/**
 * Writes the fixed bytes of a document over `path`, read earlier as
 * `read`. The link is resolved and its target written; the file keeps its
 * owner, group and mode. Refused, with the reason, when the target is
 * outside the working tree, is read-only or not writable by this user,
 * has several hard links (unless `policy.hardLinks`: then written into
 * the file itself, so that every name sees the fix), belongs to someone
 * whose ownership cannot be kept, or changed since it was read (checked
 * again just before the rename). The temporary file is removed on failure
 * and on interruption. Never throws for a file-system error: it is the
 * reason.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { readInputFile, workingTree, writeFixedFile } from "@cchc/cli"
 * const read = await readInputFile("docs/bao-cao.txt", { maxBytes: 10_485_760, convertLegacy: false })
 * if (read.ok) {
 *   const outcome = await writeFixedFile("docs/bao-cao.txt", new TextEncoder().encode("Số: 05/BC-UBND\n"),
 *     read.value.identity, { tree: await workingTree([process.cwd()]), hardLinks: false })
 *   if (!outcome.written) console.log(outcome.reason)
 * }
 * ```
 */
export const writeFixedFile = async (
  path: string,
  data: Uint8Array,
  read: FileIdentity,
  policy: FixWritePolicy
): Promise<FixWrite> => {
  try {
    const real = await realpath(path)
    if (!inWorkingTree(policy.tree, real))
      return refused(
        real === path
          ? "the file is outside the working folder and the configuration root"
          : "the file is a link to a file outside the working folder and the configuration root"
      )
    const info = await stat(real, { bigint: true })
    if (!info.isFile()) return refused("not a regular file")
    if (!sameIdentity(fileIdentity(info), read)) return refused(CHANGED)
    const denied = await notWritable(real, info.mode)
    if (denied !== null) return refused(denied)
    if (info.nlink > 1n) {
      if (!policy.hardLinks)
        return refused(
          `the file has ${info.nlink} names (hard links) and a rewrite would leave the others with the old text: ` +
            `--fix-hard-links writes into the file itself`
        )
      return await writeInto(real, data, read)
    }
    return await replace(real, data, read, {
      uid: Number(info.uid),
      gid: Number(info.gid),
      mode: Number(info.mode)
    })
  } catch (error) {
    return refused(`cannot write the file (${errorCode(error)})`)
  }
}

/**
 * Writes a new file at `path` (the fixed copy of a .docx, beside the
 * original or in `--fix-dir`, whose folders are created): through a
 * temporary file renamed into place, so that a reader never sees half a
 * file. An older copy is replaced; a symbolic link or anything but a
 * regular file at `path` is refused, never written through. Never throws
 * for a file-system error: it is the reason.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { writeCopy } from "@cchc/cli"
 * const outcome = await writeCopy("bao-cao.fixed.docx", new Uint8Array([0x50, 0x4b]))
 * if (!outcome.written) console.log(outcome.reason)
 * ```
 */
export const writeCopy = async (path: string, bytes: Uint8Array): Promise<FixWrite> => {
  const { lstat, mkdir, rename, rm, writeFile } = await import("node:fs/promises")
  const { dirname } = await import("node:path")
  const temporary = `${path}.${process.pid}.tmp`
  try {
    const existing = await lstat(path).catch(() => null)
    if (existing?.isSymbolicLink() === true)
      return refused(`${path} is a symbolic link: a fixed copy is never written through a link`)
    if (existing !== null && !existing.isFile()) return refused(`${path} is not a regular file`)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(temporary, bytes, { flag: "wx" })
    await rename(temporary, path)
    return { written: true }
  } catch (error) {
    await rm(temporary, { force: true })
    return {
      written: false,
      reason: `cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`
    }
  }
}
