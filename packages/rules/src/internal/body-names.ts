/**
 * Whether a recipient line names a given body: by the phrases of the core
 * issuer-code table (`Sở TT&TT` for `STTTT`), or by the body's name with
 * its place left out (`Sở Thông tin và Truyền thông tỉnh` for `Sở Thông
 * tin và Truyền thông Quảng Ngãi`).
 */
import { issuerMatchesCode } from "@cchc/core"
import { looseKey } from "./text.js"

// Place words a recipient line adds or leaves out after the body's name.
const PLACE_WORDS = new Set(["tinh", "thanh", "pho", "tp", "huyen", "thi", "xa", "phuong", "quan"])

const words = (value: string): Array<string> => {
  const out = looseKey(value)
    .split(" ")
    .filter((w) => w.length > 0)
  while (out.length > 0 && PLACE_WORDS.has(out[out.length - 1]!)) out.pop()
  return out
}

const startsWith = (longer: ReadonlyArray<string>, shorter: ReadonlyArray<string>): boolean =>
  shorter.length >= 2 && shorter.length <= longer.length && shorter.every((w, i) => longer[i] === w)

/**
 * Whether `recipient` names the body cited as `issuerPhrase` (the `của …`
 * phrase) or by `issuerCode` (the first part of a number's issuer code).
 */
export const namesBody = (
  recipient: string,
  issuerPhrase: string | null,
  issuerCode: string | null
): boolean => {
  if (issuerCode !== null && issuerMatchesCode(issuerCode, recipient) === true) return true
  if (issuerPhrase === null) return false
  const a = words(recipient)
  const b = words(issuerPhrase)
  return startsWith(a, b) || startsWith(b, a)
}
