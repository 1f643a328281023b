/**
 * Pairs of words that belong to one name: a line break between them (a
 * wrap inside `ỦY BAN NHÂN` / `DÂN`) does not end the line.
 *
 * @since 0.2.0
 */
import { ISSUER_CODES } from "../data/issuer-codes.js"
import { PROVINCES_BEFORE_2025_07_01 } from "../data/provinces.js"
import { UNIT_KINDS } from "../data/units.js"
import { onFirstUse } from "../internal/on-first-use.js"
import { foldToneMarks, stripDiacritics } from "../text/fold.js"

// Names the data tables do not hold as such: the national header, titles
// of signers and the bodies of the Party and the Mặt trận that head
// documents and signature blocks.
const EXTRA_PHRASES = [
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "ĐẢNG CỘNG SẢN VIỆT NAM",
  "BAN CHẤP HÀNH TRUNG ƯƠNG",
  "BAN THƯỜNG VỤ",
  "BAN THƯỜNG TRỰC",
  "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
  "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
  "THỦ TƯỚNG CHÍNH PHỦ",
  "PHÓ THỦ TƯỚNG",
  "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
  "CHÁNH VĂN PHÒNG",
  "TRƯỞNG PHÒNG",
  "BAN CHỈ ĐẠO",
  "TỔ CÔNG TÁC"
]

// A level word opens the second line of an issuer on purpose
// (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG NGÃI`): such a pair is no evidence.
const LEVEL_WORDS = new Set(["TINH", "THANH", "XA", "PHUONG", "HUYEN", "QUAN", "THI", "DAC"])

const key = (word: string): string => foldToneMarks(word).toUpperCase()

const bigrams = onFirstUse(() => {
  const phrases: Array<string> = [...EXTRA_PHRASES]
  for (const kind of UNIT_KINDS) {
    phrases.push(kind.collectiveName ?? "", kind.headTitle, kind.deputyTitle, ...kind.namePrefixes)
  }
  for (const entry of ISSUER_CODES) phrases.push(...entry.names)
  for (const province of PROVINCES_BEFORE_2025_07_01) phrases.push(province.name, ...province.aliases)
  const set = new Set<string>()
  // A comma separates two names (`BỘ TRƯỞNG, CHỦ NHIỆM`): no pair crosses it.
  for (const phrase of phrases.flatMap((p) => p.split(/[,;]/u))) {
    const words = phrase.split(/[ ]+/u).filter((w) => w.length > 0)
    for (let i = 0; i + 1 < words.length; i++) {
      const second = key(words[i + 1]!)
      if (LEVEL_WORDS.has(stripDiacritics(second))) continue
      set.add(`${key(words[i]!)} ${second}`)
    }
  }
  return set
})

/**
 * Whether `last` and `first` (the last word of a line and the first of the
 * next) are two words of one name in the reference data, in any case.
 *
 * @since 0.2.0
 * @category reading
 * @example
 * ```ts
 * import { isNameBigram } from "@cchc/core"
 * isNameBigram("NHÂN", "DÂN") // true
 * isNameBigram("DÂN", "TỈNH") // false: a level word opens a line on purpose
 * ```
 */
export const isNameBigram = (last: string, first: string): boolean =>
  bigrams().has(`${key(last)} ${key(first)}`)
