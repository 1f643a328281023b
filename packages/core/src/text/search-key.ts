/**
 * A search key that keeps offsets: lower case with one tone placement, one
 * code unit for one, so that an offset found in the key is an offset in
 * the (NFC) text. Shared by the reference tables that look for names in a
 * line.
 */
import { foldToneMarks } from "./fold.js"

// Latin letters (`İ` excepted) lower-case one to one and without context,
// so a text made only of them is lower-cased at once; other texts go
// character by character. Going character by character for every line was
// the larger part of the lookups of the 2025 reorganisation tables.
const ONLY_PLAIN_LATIN = /^[\u0000-\u012f\u0131-\u024f\u1e00-\u1eff]*$/

/**
 * The search key of an NFC text (see the module comment).
 *
 * @example
 * ```ts
 * searchKey("Sở Thông tin và Truyền thông") // "sở thông tin và truyền thông"
 * searchKey("UỶ BAN") // "ủy ban"
 * searchKey("İ").length // 1
 * ```
 */
export const searchKey = (nfc: string): string => {
  const folded = foldToneMarks(nfc)
  if (ONLY_PLAIN_LATIN.test(folded)) return folded.toLowerCase()
  let out = ""
  for (const c of folded) {
    const lower = c.toLowerCase()
    out += lower.length === c.length ? lower : c
  }
  return out
}
