/**
 * Reading one input file: its bytes (within a size limit), then its text
 * by format (.txt and .md decoded, .docx and .pdf extracted).
 *
 * @since 0.1.0
 */
import { closeSync, fstatSync, openSync, readFileSync, type BigIntStats } from "node:fs"
import { extname } from "node:path"
import { decodeText, type DecodedText, type ReadOutcome } from "./decode-text.js"
import { readDocx } from "./read-docx.js"
import { readPdfInput } from "./read-pdf-input.js"

/**
 * The file types `cchc` reads, by extension.
 *
 * @since 0.1.0
 * @category input
 */
export const SUPPORTED_EXTENSIONS: ReadonlyArray<string> = [".txt", ".md", ".docx", ".pdf"]

/**
 * How a file is read: plain text (`.txt`, `.md`), a Word document or a PDF.
 *
 * @since 0.1.0
 * @category input
 */
export type InputFormat = "text" | "docx" | "pdf"

/**
 * The format of `path` by its extension, or `null` when `cchc` does not
 * read that kind of file.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { inputFormat } from "@cchc/cli"
 * inputFormat("bao-cao.DOCX") // "docx"
 * inputFormat("bao-cao.pdf") // "pdf"
 * inputFormat("notes.odt") // null
 * ```
 */
export const inputFormat = (path: string): InputFormat | null => {
  const ext = extname(path).toLowerCase()
  if (ext === ".docx") return "docx"
  if (ext === ".pdf") return "pdf"
  return ext === ".txt" || ext === ".md" ? "text" : null
}

/**
 * Limits and switches of reading.
 *
 * @since 0.1.0
 * @category input
 */
export interface ReadOptions {
  /** Largest text file accepted, in bytes; a .docx or .pdf may be five times larger (images, fonts). */
  readonly maxBytes: number
  readonly convertLegacy: boolean
}

const megabytes = (n: number): string => `${(n / 1_048_576).toFixed(1)} MB`

/**
 * What identifies the content of a file as it was read: its device and
 * inode, size and modification time (in nanoseconds). A writer compares
 * it with the file just before replacing it: any difference means that
 * someone else wrote the file in between.
 *
 * @since 0.1.0
 * @category input
 */
export interface FileIdentity {
  readonly dev: bigint
  readonly ino: bigint
  readonly size: bigint
  readonly mtimeNs: bigint
}

/**
 * The {@link FileIdentity} in the result of `stat(path, { bigint: true })`.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { statSync } from "node:fs"
 * import { fileIdentity, sameIdentity } from "@cchc/cli"
 * const a = fileIdentity(statSync("package.json", { bigint: true }))
 * sameIdentity(a, fileIdentity(statSync("package.json", { bigint: true }))) // true
 * ```
 */
export const fileIdentity = (stats: BigIntStats): FileIdentity => ({
  dev: stats.dev,
  ino: stats.ino,
  size: stats.size,
  mtimeNs: stats.mtimeNs
})

/**
 * Whether two {@link FileIdentity} values are of the same, unchanged file.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { sameIdentity } from "@cchc/cli"
 * sameIdentity({ dev: 1n, ino: 2n, size: 3n, mtimeNs: 4n }, { dev: 1n, ino: 2n, size: 3n, mtimeNs: 5n }) // false
 * ```
 */
export const sameIdentity = (a: FileIdentity, b: FileIdentity): boolean =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs

/**
 * The bytes of a file and the {@link FileIdentity} of what was read.
 *
 * @since 0.1.0
 * @category input
 */
export interface InputFile {
  readonly bytes: Uint8Array
  readonly identity: FileIdentity
}

/**
 * Reads the bytes of `path` and their {@link FileIdentity} (both from one
 * open file, so they belong together), refusing a file over the size limit
 * before reading it.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { readInputFile } from "@cchc/cli"
 * const outcome = await readInputFile("package.json", { maxBytes: 10_485_760, convertLegacy: false })
 * if (outcome.ok) console.log(outcome.value.bytes.length, outcome.value.identity.size)
 * ```
 */
export const readInputFile = async (path: string, options: ReadOptions): Promise<ReadOutcome<InputFile>> => {
  const format = inputFormat(path)
  const limit = format === "docx" || format === "pdf" ? options.maxBytes * 5 : options.maxBytes
  // Synchronous calls: one file is read at a time on each thread, and the
  // four round trips of a FileHandle to the thread pool (open, stat, read,
  // close) cost ten times the reading itself: a third of `cchc lint` of
  // many small files.
  let fd: number | undefined
  try {
    fd = openSync(path, "r")
    const info = fstatSync(fd, { bigint: true })
    if (info.isDirectory())
      return { ok: false, problem: { id: "unreadable", message: "a folder, not a file" } }
    if (info.size > BigInt(limit)) {
      return {
        ok: false,
        problem: {
          id: "too-large",
          message: `file of ${megabytes(Number(info.size))} is over the ${megabytes(limit)} limit (raise it with --max-file-size)`
        }
      }
    }
    return { ok: true, value: { bytes: readFileSync(fd), identity: fileIdentity(info) } }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === "ENOENT") return { ok: false, problem: { id: "missing-path", message: "no such file" } }
    if (code === "EACCES" || code === "EPERM")
      return { ok: false, problem: { id: "unreadable", message: "permission denied" } }
    if (code === "EISDIR")
      return { ok: false, problem: { id: "unreadable", message: "a folder, not a file" } }
    return {
      ok: false,
      problem: { id: "unreadable", message: `cannot read the file (${code ?? String(error)})` }
    }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Reads the bytes of `path`, refusing a file over the size limit before
 * reading it: {@link readInputFile} without the identity.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { readInputBytes } from "@cchc/cli"
 * const outcome = await readInputBytes("missing.txt", { maxBytes: 10_485_760, convertLegacy: false })
 * outcome.ok // false: { id: "missing-path", message: "no such file" }
 * ```
 */
export const readInputBytes = async (
  path: string,
  options: ReadOptions
): Promise<ReadOutcome<Uint8Array>> => {
  const file = await readInputFile(path, options)
  return file.ok ? { ok: true, value: file.value.bytes } : file
}

/**
 * Turns the bytes of an input into text by its format. A .docx or .pdf
 * yields UTF-8 text without a byte-order mark; it is never written back.
 * The text of a .pdf is at most `maxBytes` characters, and its compressed
 * streams may inflate to at most 25 times `maxBytes` (a "PDF bomb" is
 * refused before it is opened); its text keeps the map back to the pages
 * (`pdf`). The text of a .docx is at most `maxBytes` characters, the file
 * at most five times that, and its parts are checked against the limits
 * of `@cchc/docx` before they are inflated; its formatting facts are kept
 * (`formatting`).
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { decodeInput } from "@cchc/cli"
 * const outcome = await decodeInput(new TextEncoder().encode("Số: 05/BC-UBND"), "text", { maxBytes: 1e7, convertLegacy: false })
 * outcome.ok && outcome.value.text // "Số: 05/BC-UBND"
 * ```
 */
export const decodeInput = async (
  bytes: Uint8Array,
  format: InputFormat,
  options: ReadOptions
): Promise<ReadOutcome<DecodedText>> => {
  if (format === "text") return decodeText(bytes, options)
  if (format === "pdf") {
    const read = await readPdfInput(bytes, {
      maxTextLength: options.maxBytes,
      maxInflatedBytes: options.maxBytes * 25
    })
    if (!read.ok) return read
    // A PDF typed in a legacy font extracts as legacy text: the same check as for text.
    const decoded = decodeText(new TextEncoder().encode(read.value.text), options)
    if (!decoded.ok || decoded.value.convertedFrom !== null) return decoded
    return { ok: true, value: { ...decoded.value, pdf: { segments: read.value.segments } } }
  }
  const extracted = await readDocx(bytes, {
    maxPackageBytes: options.maxBytes * 5,
    maxTextLength: options.maxBytes
  })
  if (!extracted.ok) return extracted
  // A legacy font can hide in a .docx too: the same check as for text.
  const decoded = decodeText(new TextEncoder().encode(extracted.value.text), options)
  // The formatting facts hold offsets of the text as read: a converted text has others.
  if (!decoded.ok || decoded.value.convertedFrom !== null) return decoded
  return { ok: true, value: { ...decoded.value, formatting: extracted.value.formatting } }
}

/**
 * Reads and decodes one input file: {@link readInputBytes} then
 * {@link decodeInput}.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { readInputText } from "@cchc/cli"
 * const outcome = await readInputText("examples/documents/bao-cao.txt", { maxBytes: 10_485_760, convertLegacy: false })
 * if (outcome.ok) console.log(outcome.value.text.length)
 * ```
 */
export const readInputText = async (
  path: string,
  options: ReadOptions
): Promise<ReadOutcome<DecodedText>> => {
  const bytes = await readInputBytes(path, options)
  return bytes.ok ? decodeInput(bytes.value, inputFormat(path) ?? "text", options) : bytes
}
