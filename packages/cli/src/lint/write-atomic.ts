/**
 * Writing a file so that a reader never sees half of it: a temporary file
 * in the same folder, then a rename over the target.
 *
 * @since 0.1.0
 */
import { randomBytes } from "node:crypto"
import { chmod, mkdir, rename, stat, unlink, writeFile } from "node:fs/promises"
import { basename, dirname, join } from "node:path"

/**
 * Writes `data` to `path` atomically, keeping the permissions of the file
 * it replaces; creates the folder when `createFolder` is set. The
 * temporary file is removed when anything fails.
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
  const dir = dirname(path)
  if (createFolder) await mkdir(dir, { recursive: true })
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`)
  try {
    await writeFile(temporary, data, { flag: "wx" })
    const previous = await stat(path).catch(() => null)
    if (previous !== null) await chmod(temporary, previous.mode & 0o7777)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
