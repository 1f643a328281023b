/**
 * Writing a file so that a reader never sees half of it: a temporary file
 * in the same folder, then a rename over the target.
 *
 * @since 0.1.0
 */
import { chmod, mkdir, rename, stat, unlink, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import { releaseTemporary, temporaryPathFor, trackTemporary } from "./temporary-files.js"

/**
 * Writes `data` to `path` atomically, keeping the permissions of the file
 * it replaces; creates the folder when `createFolder` is set. The
 * temporary file is removed when anything fails or the process is
 * interrupted. For reports and rendered documents; `--fix` rewrites a
 * document with {@link writeFixedFile}, which checks much more.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { writeFileAtomic } from "@cchc/cli"
 * await writeFileAtomic("/tmp/bao-cao.txt", new TextEncoder().encode("Số: 05/BC-UBND\n"))
 * ```
 */
export const writeFileAtomic = async (
  path: string,
  data: Uint8Array | string,
  createFolder = false
): Promise<void> => {
  if (createFolder) await mkdir(dirname(path), { recursive: true })
  const temporary = temporaryPathFor(path)
  trackTemporary(temporary)
  try {
    await writeFile(temporary, data, { flag: "wx" })
    const previous = await stat(path).catch(() => null)
    if (previous !== null) await chmod(temporary, previous.mode & 0o7777)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  } finally {
    releaseTemporary(temporary)
  }
}
