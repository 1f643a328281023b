/**
 * Strict validation of UTF-8 and UTF-16 bytes: the first place where they
 * stop being well-formed, and why. A decoder that is not strict replaces
 * such bytes with U+FFFD, and `--fix` would then write the replacement
 * characters back over the original bytes.
 *
 * @since 0.1.0
 */

/**
 * Where a byte sequence stops being well-formed: the offset of the first
 * byte of the bad sequence, and what is wrong with it.
 *
 * @since 0.1.0
 * @category input
 */
export interface EncodingError {
  readonly offset: number
  readonly reason: string
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80

/**
 * Why the sequence that starts at `i` is not well-formed UTF-8 (Unicode,
 * table 3-7), or `null` with its length in `length`.
 */
const utf8SequenceError = (bytes: Uint8Array, i: number): { reason: string | null; length: number } => {
  const b = bytes[i]!
  if (b < 0x80) return { reason: null, length: 1 }
  if (b >= 0x80 && b <= 0xbf) return { reason: "a continuation byte without a lead byte", length: 1 }
  if (b === 0xc0 || b === 0xc1) return { reason: "an overlong form", length: 1 }
  if (b >= 0xf5) return { reason: "a byte that never occurs in UTF-8", length: 1 }
  const length = b <= 0xdf ? 2 : b <= 0xef ? 3 : 4
  const second = bytes[i + 1]
  if (!isContinuation(second)) return { reason: "a truncated sequence", length }
  if (b === 0xe0 && second! < 0xa0) return { reason: "an overlong form", length }
  if (b === 0xf0 && second! < 0x90) return { reason: "an overlong form", length }
  if (b === 0xed && second! >= 0xa0) return { reason: "an encoded surrogate (U+D800–U+DFFF)", length }
  if (b === 0xf4 && second! >= 0x90) return { reason: "a value above U+10FFFF", length }
  for (let k = 2; k < length; k++)
    if (!isContinuation(bytes[i + k])) return { reason: "a truncated sequence", length }
  return { reason: null, length }
}

/**
 * The first place where `bytes` is not well-formed UTF-8, or `null`:
 * stray continuation bytes, truncated sequences, overlong forms
 * (`E0 80 AF`), encoded surrogates (`ED A0 80`) and values above U+10FFFF
 * are all refused, as a strict decoder refuses them.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { firstUtf8Error } from "@cchc/cli"
 * firstUtf8Error(new Uint8Array([0x53, 0xed, 0xa0, 0x80])) // { offset: 1, reason: "an encoded surrogate (U+D800–U+DFFF)" }
 * firstUtf8Error(new TextEncoder().encode("Số")) // null
 * ```
 */
export const firstUtf8Error = (bytes: Uint8Array): EncodingError | null => {
  let i = 0
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++
      continue
    }
    const { reason, length } = utf8SequenceError(bytes, i)
    if (reason !== null) return { offset: i, reason }
    i += length
  }
  return null
}

/**
 * The first place where `bytes` (with its two-byte byte-order mark) is not
 * well-formed UTF-16, or `null`: a lone surrogate, or an odd byte left at
 * the end.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { firstUtf16Error } from "@cchc/cli"
 * firstUtf16Error(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), false) // { offset: 2, reason: "a lone surrogate (U+D800)" }
 * firstUtf16Error(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), false) // { offset: 4, reason: "an odd byte at the end" }
 * ```
 */
export const firstUtf16Error = (bytes: Uint8Array, bigEndian: boolean): EncodingError | null => {
  const unit = (at: number): number =>
    bigEndian ? (bytes[at]! << 8) | bytes[at + 1]! : bytes[at]! | (bytes[at + 1]! << 8)
  const end = bytes.length - ((bytes.length - 2) % 2)
  const lone = (at: number, value: number): EncodingError => ({
    offset: at,
    reason: `a lone surrogate (U+${value.toString(16).toUpperCase()})`
  })
  let i = 2
  while (i < end) {
    const value = unit(i)
    if (value >= 0xdc00 && value <= 0xdfff) return lone(i, value)
    if (value >= 0xd800 && value <= 0xdbff) {
      const next = i + 2 < end ? unit(i + 2) : -1
      if (next < 0xdc00 || next > 0xdfff) return lone(i, value)
      i += 4
      continue
    }
    i += 2
  }
  return end < bytes.length ? { offset: end, reason: "an odd byte at the end" } : null
}
