/**
 * A bound on what a PDF inflates to, measured before the PDF library
 * opens it: a "PDF bomb" (a few megabytes of compressed zeros that
 * inflate to gigabytes) is refused instead of filling the memory.
 *
 * @since 0.1.0
 */
import { inflateSync, constants } from "node:zlib"

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)
const STREAM = ascii("stream")
const END_STREAM = ascii("endstream")
const OBJ = ascii("obj")
const IMAGE = "/Image"
/** How far back from `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 4096

const indexOf = (bytes: Uint8Array, needle: Uint8Array, from: number): number =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from)

const lastIndexOf = (bytes: Uint8Array, needle: Uint8Array, before: number, floor: number): number => {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(needle, before)
  return at < floor ? -1 : at
}

/**
 * The outcome of {@link measureInflatedSize}: the total, or the byte
 * offset of the stream that went over the budget.
 *
 * @since 0.1.0
 * @category limits
 */
export type InflatedSize =
  { readonly ok: true; readonly bytes: number } | { readonly ok: false; readonly offset: number }

/**
 * Inflates, within `budget` bytes in all, every Flate-compressed stream of
 * a PDF that reading its text may decompress (page contents, fonts,
 * object streams; not images, which text extraction never decodes), and
 * says whether they fit. Each stream is inflated once, and no more than
 * the budget left is ever held, so the work and the memory are bounded by
 * the file's size and the budget. A stream that is not Flate data (or is
 * encrypted) is skipped: for an encrypted PDF the page and text limits are
 * the bound.
 *
 * @since 0.1.0
 * @category limits
 * @example
 * ```ts
 * import { deflateSync } from "node:zlib"
 * import { measureInflatedSize } from "@cchc/pdf"
 * const bomb = Buffer.concat([Buffer.from("1 0 obj <</Filter/FlateDecode>> stream\n"), deflateSync(Buffer.alloc(1e7)), Buffer.from("\nendstream")])
 * measureInflatedSize(bomb, 1e6) // { ok: false, offset: 39 }
 * ```
 */
export const measureInflatedSize = (bytes: Uint8Array, budget: number): InflatedSize => {
  let total = 0
  let from = 0
  for (;;) {
    const at = indexOf(bytes, STREAM, from)
    if (at === -1) return { ok: true, bytes: total }
    from = at + STREAM.length
    // `endstream` holds `stream` too.
    if (at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) continue
    let start = from
    if (bytes[start] === 0x0d) start++
    if (bytes[start] !== 0x0a && bytes[start - 1] !== 0x0d) continue
    if (bytes[start] === 0x0a) start++
    const dictionaryStart = lastIndexOf(bytes, OBJ, at, Math.max(0, at - DICTIONARY_WINDOW))
    const dictionary = Buffer.from(
      bytes.subarray(dictionaryStart === -1 ? Math.max(0, at - DICTIONARY_WINDOW) : dictionaryStart, at)
    ).toString("latin1")
    if (dictionary.includes(IMAGE)) continue
    const end = indexOf(bytes, END_STREAM, start)
    const data = bytes.subarray(start, end === -1 ? bytes.length : end)
    try {
      const inflated = inflateSync(data, {
        maxOutputLength: Math.max(1, budget - total),
        finishFlush: constants.Z_SYNC_FLUSH
      })
      total += inflated.length
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        return { ok: false, offset: start }
      // Not Flate data: another filter, or an encrypted stream.
    }
    if (total >= budget) return { ok: false, offset: start }
    if (end !== -1) from = end + END_STREAM.length
  }
}
