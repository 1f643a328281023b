/**
 * The ZIP container of a .docx, read from its central directory: every
 * entry's declared sizes are known, and checked against the limits,
 * before one byte is inflated. Inflating is streamed and stops as soon as
 * an entry yields more than it declared, so a lying directory cannot
 * exhaust memory either.
 *
 * @since 0.1.0
 */
import { Inflate, inflateSync } from "fflate"
import { DocxStop } from "./docx-problem.js"
import type { DocxLimits } from "./limits.js"

/**
 * One entry of the archive, as its central directory describes it.
 *
 * @since 0.1.0
 * @category zip
 */
export interface ZipEntry {
  readonly name: string
  /** 0 (stored) or 8 (deflated). */
  readonly method: number
  readonly compressedSize: number
  readonly size: number
  /** Where its local header starts. */
  readonly localOffset: number
  /** Where its compressed data starts. */
  readonly dataOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

const megabytes = (n: number): string =>
  n < 1_048_576 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1_048_576).toFixed(1)} MB`

const tooLarge = (message: string, part?: string): DocxStop =>
  new DocxStop({ kind: "too-large", message, ...(part === undefined ? {} : { part }) })

const notZip = (message: string): DocxStop => new DocxStop({ kind: "not-zip", message })

/**
 * The entries of a ZIP archive by name, checked against the limits
 * (count, declared sizes, ratio). Throws {@link DocxStop}; the reader
 * turns it into a problem.
 */
export const readZipDirectory = (bytes: Uint8Array, limits: DocxLimits): Map<string, ZipEntry> => {
  if (bytes.length > limits.maxPackageBytes)
    throw tooLarge(
      `the .docx of ${megabytes(bytes.length)} is over the ${megabytes(limits.maxPackageBytes)} limit`
    )
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw notZip("it is not a ZIP archive (save it from Word as .docx)")
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
  let end = bytes.length - 22
  const lowest = Math.max(0, bytes.length - 22 - 65_535)
  while (end >= lowest && view.getUint32(end, true) !== EOCD) end--
  if (end < lowest) throw notZip("the ZIP archive has no directory (the file is cut short or damaged)")
  const count = view.getUint16(end + 10, true)
  const directoryOffset = view.getUint32(end + 16, true)
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw tooLarge("a ZIP64 archive: no Word document needs one")
  if (count > limits.maxEntries)
    throw tooLarge(`the archive has ${count} entries, over the limit of ${limits.maxEntries}`)
  const entries = new Map<string, ZipEntry>()
  const decoder = new TextDecoder()
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw notZip(`the ZIP directory is damaged at entry ${i + 1}`)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extraLength + commentLength
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL)
      throw notZip(`the ZIP entry ${name} points outside the file`)
    const dataOffset =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
    if (dataOffset + compressedSize > bytes.length) throw notZip(`the ZIP entry ${name} is cut short`)
    entries.set(name, { name, method, compressedSize, size, localOffset, dataOffset })
  }
  return entries
}

/**
 * Checks the declared size of a part that is about to be read against
 * the limits, before it is inflated; `budget` is what is left of the
 * total.
 */
export const checkDeclaredSize = (entry: ZipEntry, limits: DocxLimits, budget: number): void => {
  if (entry.size > limits.maxPartBytes)
    throw tooLarge(
      `the part ${entry.name} declares ${megabytes(entry.size)} of XML, over the ${megabytes(limits.maxPartBytes)} limit`,
      entry.name
    )
  if (entry.size > 1_048_576 && entry.size > entry.compressedSize * limits.maxRatio)
    throw tooLarge(
      `the part ${entry.name} inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times (a "zip bomb"), over the limit of ${limits.maxRatio}`,
      entry.name
    )
  if (entry.size > budget)
    throw tooLarge(
      `the parts of this .docx inflate to more than ${megabytes(limits.maxTotalBytes)} in all`,
      entry.name
    )
}

// Compressed bytes pushed at a time: deflate expands at most about 1,032
// times, so one push yields at most about 4 MB to check against the cap.
const CHUNK = 4_096

// Parts up to this size are inflated in one call (most parts of a document).
const DIRECT_INFLATE = 8_388_608

/**
 * The bytes of one entry, inflated in chunks; stops as soon as it yields
 * more than its declared size (or than `limit`).
 */
export const inflateEntry = (bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array => {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(`the part ${entry.name} is over the size limit`, entry.name)
    return data
  }
  if (entry.method !== 8)
    throw new DocxStop({
      kind: "damaged",
      message: `the part ${entry.name} is compressed with method ${entry.method}, which Word does not write`,
      part: entry.name
    })
  const cap = Math.min(limit, entry.size)
  if (cap < DIRECT_INFLATE) {
    // Inflated at once into a buffer one byte larger than declared: the
    // inflater never grows it, and a filled last byte (or a write past its
    // end, which throws) means the entry holds more than it declared. A
    // throw is sorted out by the streamed reading below, which tells a
    // damaged stream from an oversized one.
    let direct: Uint8Array | null = null
    try {
      direct = inflateSync(data, { out: new Uint8Array(cap + 1) })
    } catch {
      direct = null
    }
    if (direct !== null && direct.length <= cap) return direct
  }
  const out = new Uint8Array(cap)
  let length = 0
  let overflow = false
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > cap) {
      overflow = true
      return
    }
    out.set(chunk, length)
    length += chunk.length
  })
  try {
    for (let i = 0; i < data.length && !overflow; i += CHUNK)
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length)
  } catch (error) {
    throw new DocxStop({
      kind: "damaged",
      message: `the part ${entry.name} does not decompress (${error instanceof Error ? error.message : String(error)})`,
      part: entry.name
    })
  }
  if (overflow)
    throw tooLarge(
      `the part ${entry.name} inflates to more than the ${megabytes(cap)} it declares or the limit allows`,
      entry.name
    )
  return out.subarray(0, length)
}
