/**
 * Text typed in the pre-Unicode Vietnamese font encodings (TCVN3 "ABC" and
 * VNI) and read back as if it were Unicode, and text whose Vietnamese letters
 * were dropped by PDF extraction.
 *
 * Both legacy encodings are 8-bit: a `.VnTime` (TCVN3) or `VNI-Times` (VNI)
 * font draws Vietnamese letters at byte positions that Windows-1252 calls
 * `¸ µ ¶ « ¬ ®` or `ø ù û õ ï`. When such a document is read as
 * Windows-1252, or pasted without its font, those Latin-1 characters are what
 * reaches us: `ViÖt Nam` (TCVN3) or `Vieät Nam` (VNI) for `Việt Nam`.
 *
 * The tables below were written from the code charts and checked, position
 * by position, against three public converters: the TCVN 5712 table of
 * XFree86 (`xc/extras/X-TrueType/TCVN/TCVNtoUCS2.c`), xvnkb (`tcvn.h`,
 * `vni.h`) and UniKey's `vnconv/data.cpp`.
 *
 * @since 0.1.0
 */
import { BoundedCache } from "./bounded-cache.js"
import { onFirstUse } from "../internal/on-first-use.js"

/** Tone order used by every table in this file. */
const TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const // none, grave, hook, tilde, acute, dot

// ---------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, the VN3 subset used by the ABC fonts)
// ---------------------------------------------------------------------------

/**
 * Each row: a lower-case vowel, the byte for it without a tone (an ASCII
 * letter for a, e, i, o, u, y) and the bytes for it with grave, hook, tilde,
 * acute and dot below.
 */
const TCVN3_VOWELS: ReadonlyArray<readonly [string, number, number, number, number, number, number]> = [
  ["a", 0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ["ă", 0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  ["â", 0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  ["e", 0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ["ê", 0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  ["i", 0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  ["o", 0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ["ô", 0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ["ơ", 0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  ["u", 0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ["ư", 0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9], // 0xAD is the soft hyphen in Latin-1: some tools drop it
  ["y", 0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]
]

/**
 * The letters TCVN3 codes outside the vowel rows. VN3 has no upper-case
 * toned vowels at all: documents set capitals with a companion font
 * (`.VnTimeH`) that draws the lower-case positions as capitals.
 */
const TCVN3_OTHERS: ReadonlyArray<readonly [string, number]> = [
  ["đ", 0xae],
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7]
]

// The full VN1 set of TCVN 5712 also puts upper-case toned vowels at
// 0x01-0x17, 0x80-0x9F and 16 free places from 0xAF to 0xFF, and combining
// tone marks at 0xB0-0xB4. TCVN3 (ABC) text does not use them (UniKey's
// TCVN3 table has none), and 0x80-0x9F hold Windows punctuation (“ ” – …)
// in these fonts, so those positions are deliberately not decoded.

interface Tables {
  readonly decode: ReadonlyMap<string, string>
  readonly encode: ReadonlyMap<string, string>
  /**
   * The Latin-1 code units TCVN3 uses (1 where it does), for a lookup per
   * character without building a one-character string.
   */
  readonly codes: Uint8Array
}

// Built on first use so that importing the module costs nothing.
const getTcvn3 = onFirstUse((): Tables => {
  const decode = new Map<string, string>()
  const encode = new Map<string, string>()
  for (const [vowel, ...codes] of TCVN3_VOWELS) {
    codes.forEach((code, tone) => {
      const letter = (vowel + TONE_MARKS[tone]).normalize("NFC")
      const coded = String.fromCharCode(code)
      if (code >= 0x80) decode.set(coded, letter)
      encode.set(letter, coded)
      // No upper-case toned vowels in VN3: capitals share the lower-case code.
      const upper = letter.toUpperCase()
      if (!encode.has(upper) && code >= 0x80) encode.set(upper, coded)
    })
  }
  for (const [letter, code] of TCVN3_OTHERS) {
    decode.set(String.fromCharCode(code), letter)
    encode.set(letter, String.fromCharCode(code))
  }
  const codes = new Uint8Array(256)
  for (const coded of decode.keys()) {
    const code = coded.charCodeAt(0)
    if (coded.length === 1 && code < 256) codes[code] = 1
  }
  return { decode, encode, codes }
})

// ---------------------------------------------------------------------------
// VNI (VNI-Windows): a base letter followed by a mark character
// ---------------------------------------------------------------------------

/** Tone marks after any base vowel: none, grave, hook, tilde, acute, dot. */
const VNI_TONE = { lower: ["", "ø", "û", "õ", "ù", "ï"], upper: ["", "Ø", "Û", "Õ", "Ù", "Ï"] } as const
/** Circumflex plus tone, after a, e, o. */
const VNI_CIRCUMFLEX = {
  lower: ["â", "à", "å", "ã", "á", "ä"],
  upper: ["Â", "À", "Å", "Ã", "Á", "Ä"]
} as const
/** Breve plus tone, after a only. */
const VNI_BREVE = { lower: ["ê", "è", "ú", "ü", "é", "ë"], upper: ["Ê", "È", "Ú", "Ü", "É", "Ë"] } as const
/** i with a tone is one character: none, grave, hook, tilde, acute, dot. */
const VNI_I = { lower: ["i", "ì", "æ", "ó", "í", "ò"], upper: ["I", "Ì", "Æ", "Ó", "Í", "Ò"] } as const
/** Single characters for letters that are not base + mark. */
const VNI_SINGLE: ReadonlyArray<readonly [string, string]> = [
  ["đ", "ñ"],
  ["Đ", "Ñ"],
  ["ơ", "ô"],
  ["Ơ", "Ô"],
  ["ư", "ö"],
  ["Ư", "Ö"],
  ["ỵ", "î"],
  ["Ỵ", "Î"]
]

interface VniMark {
  readonly modifier: "" | "\u0302" | "\u0306"
  readonly tone: number
}

interface VniTables {
  /** Mark character → what it adds to the base. */
  readonly marks: ReadonlyMap<string, VniMark>
  /** Single VNI character → Unicode letter (i with tones, đ, ơ, ư, ỵ). */
  readonly singles: ReadonlyMap<string, string>
}

const getVni = onFirstUse((): VniTables => {
  const marks = new Map<string, VniMark>()
  for (const casing of ["lower", "upper"] as const) {
    VNI_TONE[casing].forEach((mark, tone) => {
      if (mark) marks.set(mark, { modifier: "", tone })
    })
    VNI_CIRCUMFLEX[casing].forEach((mark, tone) => marks.set(mark, { modifier: "\u0302", tone }))
    VNI_BREVE[casing].forEach((mark, tone) => marks.set(mark, { modifier: "\u0306", tone }))
  }
  const singles = new Map<string, string>()
  for (const casing of ["lower", "upper"] as const) {
    VNI_I[casing].forEach((coded, tone) => {
      if (tone > 0) singles.set(coded, ((casing === "lower" ? "i" : "I") + TONE_MARKS[tone]).normalize("NFC"))
    })
  }
  for (const [letter, coded] of VNI_SINGLE) singles.set(coded, letter)
  return { marks, singles }
})

/** Base letters that take a following VNI mark, with the Unicode letter they stand for. */
const VNI_BASES: ReadonlyMap<string, string> = new Map([
  ["a", "a"],
  ["e", "e"],
  ["o", "o"],
  ["u", "u"],
  ["y", "y"],
  ["A", "A"],
  ["E", "E"],
  ["O", "O"],
  ["U", "U"],
  ["Y", "Y"],
  ["ô", "ơ"],
  ["ö", "ư"],
  ["Ô", "Ơ"],
  ["Ö", "Ư"]
])

const composeVni = (base: string, mark: VniMark): string | null => {
  const plain = base.toLowerCase()
  if (mark.modifier === "\u0302" && plain !== "a" && plain !== "e" && plain !== "o") return null
  if (mark.modifier === "\u0306" && plain !== "a") return null
  return (base + mark.modifier + TONE_MARKS[mark.tone]).normalize("NFC")
}

const decodeVni = (text: string): string => {
  const { marks, singles } = getVni()
  let out = ""
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const base = VNI_BASES.get(ch)
    if (base !== undefined) {
      const next = text[i + 1]
      const mark = next === undefined ? undefined : marks.get(next)
      const composed = mark ? composeVni(base, mark) : null
      if (composed !== null) {
        out += composed
        i++
      } else out += base
      continue
    }
    out += singles.get(ch) ?? ch
  }
  return out
}

const VNI_SINGLE_ENCODE: ReadonlyMap<string, string> = new Map(VNI_SINGLE)

const encodeVni = (text: string): string => {
  let out = ""
  for (const ch of text.normalize("NFC")) {
    const single = VNI_SINGLE_ENCODE.get(ch)
    if (single !== undefined) {
      out += single
      continue
    }
    const parts = ch.normalize("NFD")
    const base = parts[0]!
    const lowerBase = base.toLowerCase()
    if (!"aeiouy".includes(lowerBase) || parts.length === 1) {
      out += ch
      continue
    }
    const casing = base === lowerBase ? "lower" : "upper"
    let tone = 0
    let modifier = ""
    for (const mark of parts.slice(1)) {
      const t = TONE_MARKS.indexOf(mark as (typeof TONE_MARKS)[number])
      if (t > 0) tone = t
      else modifier = mark
    }
    if (lowerBase === "i") out += VNI_I[casing][tone]
    else if (lowerBase === "y" && tone === 5) out += casing === "lower" ? "î" : "Î"
    else if (modifier === "\u031b")
      out +=
        (lowerBase === "o" ? (casing === "lower" ? "ô" : "Ô") : casing === "lower" ? "ö" : "Ö") +
        VNI_TONE[casing][tone]
    else if (modifier === "\u0302") out += base + VNI_CIRCUMFLEX[casing][tone]
    else if (modifier === "\u0306") out += base + VNI_BREVE[casing][tone]
    else if (modifier === "") out += base + VNI_TONE[casing][tone]
    else out += ch
  }
  return out
}

// ---------------------------------------------------------------------------
// TCVN3 decoding with the capitals heuristic
// ---------------------------------------------------------------------------

const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a

/**
 * Decodes one line. A word whose ASCII letters are all capitals (at least
 * two of them) was typed in the capitals font, and so was a whole line with
 * no lower-case ASCII letter and at least three capitals in its TCVN3 words:
 * those get upper-cased, since the codes themselves are lower case.
 */
const decodeTcvn3Line = (line: string, decode: ReadonlyMap<string, string>): string => {
  interface Word {
    text: string
    upper: number
    lower: number
    coded: boolean
  }
  const words: Array<Word | string> = []
  let current: Word | null = null
  let lineLower = 0
  let capsInCodedWords = 0
  const close = () => {
    if (current) {
      if (current.coded) capsInCodedWords += current.upper
      words.push(current)
      current = null
    }
  }
  for (const ch of line) {
    const code = ch.charCodeAt(0)
    const mapped = decode.get(ch)
    const asciiLetter = isAsciiUpper(code) || isAsciiLower(code)
    if (mapped === undefined && !asciiLetter) {
      close()
      words.push(ch)
      continue
    }
    current ??= { text: "", upper: 0, lower: 0, coded: false }
    current.text += mapped ?? ch
    if (mapped !== undefined) current.coded = true
    if (isAsciiUpper(code)) current.upper++
    if (isAsciiLower(code)) {
      current.lower++
      lineLower++
    }
  }
  close()
  const capsLine = lineLower === 0 && capsInCodedWords >= 3
  let out = ""
  for (const w of words) {
    if (typeof w === "string") out += w
    else if (w.coded && (capsLine || (w.upper >= 2 && w.lower === 0))) out += w.text.toUpperCase()
    else out += w.text
  }
  return out
}

const decodeTcvn3 = (text: string): string => {
  const { decode } = getTcvn3()
  return text
    .split("\n")
    .map((line) => decodeTcvn3Line(line, decode))
    .join("\n")
}

const encodeTcvn3 = (text: string): string => {
  const { encode } = getTcvn3()
  let out = ""
  for (const ch of text.normalize("NFC")) out += encode.get(ch) ?? ch
  return out
}

/**
 * Converts text typed in TCVN3 (ABC) or VNI and read as Latin-1 /
 * Windows-1252 back to Unicode (NFC).
 *
 * TCVN3 has no codes for upper-case toned vowels; capitals were set with an
 * upper-case companion font. A word whose ASCII letters are all capitals
 * (`CéNG` → `CỘNG`), or a line with no lower-case ASCII letter, is therefore
 * returned in capitals. Characters the encoding does not use pass through.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { convertLegacyText } from "@cchc/core"
 * convertLegacyText("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3") // "Cộng hoà xã hội chủ nghĩa Việt Nam"
 * convertLegacyText("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni") // "Cộng hòa xã hội chủ nghĩa Việt Nam"
 * ```
 */
export function convertLegacyText(text: string, from: "tcvn3" | "vni"): string {
  return (from === "tcvn3" ? decodeTcvn3(text) : decodeVni(text)).normalize("NFC")
}

/**
 * The inverse of {@link convertLegacyText}: writes Unicode text in TCVN3 or
 * VNI code points (as Latin-1 characters), for test fixtures and for
 * round-trip checks. TCVN3 cannot express an upper-case toned vowel: it is
 * written with the lower-case code, as the ABC fonts did.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { encodeLegacyText } from "@cchc/core"
 * encodeLegacyText("Việt Nam", "tcvn3") // "ViÖt Nam"
 * encodeLegacyText("Việt Nam", "vni") // "Vieät Nam"
 * ```
 */
export function encodeLegacyText(text: string, to: "tcvn3" | "vni"): string {
  return to === "tcvn3" ? encodeTcvn3(text) : encodeVni(text)
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

/**
 * Toneless syllable shape: onset, vowel nucleus, coda. Loan syllables such
 * as `xoong` are left out on purpose: a missed rare syllable costs nothing,
 * a false one could tip a verdict.
 */
const SYLLABLE_RE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])?$/

/** Nuclei that begin with the glide o/u (written qu-, not cu-, after /k/). */
const GLIDE_NUCLEI: ReadonlySet<string> = new Set(
  "oa oă oe oai oao oay oeo uâ uê uy uya uyê uyu uây uơ".split(" ")
)
/** Nuclei that end in a semivowel and so take no final consonant. */
const OPEN_NUCLEI: ReadonlySet<string> = new Set(
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu oai oao oay oeo uây uôi uya uyu ươi ươu yêu".split(
    " "
  )
)
/** Nuclei that never end a syllable. */
const CLOSED_NUCLEI: ReadonlySet<string> = new Set("ă â iê yê uô ươ uyê uâ oă".split(" "))
const FRONT = "eêiy"
const MODIFIED = "ăâêôơư"

/**
 * Whether a word (any case) is spelled like one Vietnamese syllable: a known
 * onset, nucleus and coda; c/k, g/gh and ng/ngh chosen by the next vowel; one
 * tone mark, on the vowel that carries it (either placement for oa, oe, uy);
 * only sắc or nặng before c, ch, p, t. Not a spell checker: enough to tell a
 * syllable from Latin-1 noise.
 */
// Memoised: the detector asks about every accented word of every document
// the parser reads, and a document repeats its words (`các`, `và`, `được`).
const SYLLABLES = new BoundedCache<boolean>({ max: 16_384 })
const isSyllable = (word: string): boolean => SYLLABLES.get(word, isSyllableUncached)

const isSyllableUncached = (word: string): boolean => {
  if (word.length < 1 || word.length > 8) return false
  let toneless = ""
  let toneAt = -1
  let tone = 0
  for (const ch of word.toLowerCase().normalize("NFC")) {
    const parts = ch.normalize("NFD")
    let t = 0
    for (let k = 1; k < parts.length; k++) {
      const found = TONE_MARKS.indexOf(parts[k] as (typeof TONE_MARKS)[number])
      if (found > 0) t = found
    }
    if (t > 0) {
      if (toneAt >= 0) return false
      toneAt = toneless.length
      tone = t
      toneless += parts.replace(TONE_MARKS[t]!, "").normalize("NFC")
    } else toneless += ch
  }
  const m = SYLLABLE_RE.exec(toneless)
  if (!m) return false
  const onset = m[1] ?? ""
  const nucleus = m[2]!
  const coda = m[3] ?? ""
  const first = nucleus[0]!
  const last = nucleus[nucleus.length - 1]!
  if (coda && OPEN_NUCLEI.has(nucleus)) return false
  if (!coda && CLOSED_NUCLEI.has(nucleus)) return false
  if ((coda === "ch" || coda === "nh") && !"aêiy".includes(last)) return false
  if (onset === "c" && (FRONT.includes(first) || GLIDE_NUCLEI.has(nucleus))) return false
  if (onset === "k" && !FRONT.includes(first)) return false
  if ((onset === "gh" || onset === "ngh") && !"eêi".includes(first)) return false
  if ((onset === "g" && "eê".includes(first)) || (onset === "ng" && "eêi".includes(first))) return false
  const stop = coda === "c" || coda === "ch" || coda === "p" || coda === "t"
  if (toneAt < 0) return !stop
  if (stop && tone !== 4 && tone !== 5) return false
  const at = toneAt - onset.length
  let modifiedAt = -1
  for (let k = 0; k < nucleus.length; k++) if (MODIFIED.includes(nucleus[k]!)) modifiedAt = k
  if (modifiedAt >= 0) return at === modifiedAt
  if (nucleus.length === 1) return at === 0
  if (nucleus.length === 3) return at === 1
  if (coda) return at === 1
  if (nucleus === "oa" || nucleus === "oe" || nucleus === "uy") return at === 0 || at === 1
  return at === 0
}

/** Letters that only Unicode Vietnamese produces: no 8-bit misreading yields them. */
const isVietnameseOnly = (c: number): boolean =>
  (c >= 0x0102 && c <= 0x01b0) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x0300 && c <= 0x036f)

const isWordChar = (c: number): boolean =>
  isAsciiUpper(c) ||
  isAsciiLower(c) ||
  (c >= 0xa1 && c <= 0xff) ||
  (c >= 0x0100 && c <= 0x024f) ||
  (c >= 0x0300 && c <= 0x036f) ||
  (c >= 0x1e00 && c <= 0x1eff)

// The letters a fragment is made of (consonants, with đ and ð in either
// case): a word with any other letter is no fragment, and most words are
// ruled out while they are read, without being cut out of the text.
const FRAGMENT_LETTERS: Uint8Array = (() => {
  const letters = new Uint8Array(0x112)
  for (const ch of "bcdghklmnpqrstvxđð") {
    letters[ch.charCodeAt(0)] = 1
    letters[ch.toUpperCase().charCodeAt(0)] = 1
  }
  return letters
})()

/**
 * Fragments left where PDF extraction dropped a vowel: an onset or coda
 * standing alone between spaces (`C NG`, `VI T`, `B GIÁO`).
 */
const FRAGMENTS: ReadonlySet<string> = new Set([
  "b",
  "c",
  "ch",
  "d",
  "g",
  "gh",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "q",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
  "đ",
  "ð"
])

/**
 * What {@link detectLegacyEncoding} found.
 *
 * @since 0.1.0
 * @category text
 */
export interface LegacyEncodingReport {
  readonly kind: "unicode" | "tcvn3" | "vni" | "lost-diacritics"
  /** 0 to 1. */
  readonly confidence: number
  /** A few words that support the verdict, e.g. `"ViÖt" → "Việt"`. */
  readonly evidence: ReadonlyArray<string>
}

const MAX_EVIDENCE = 6
const EARLY_VERDICT_WORDS = 400
const EARLY_VERDICT_UNICODE_WORDS = 80

// Whether the character at `at` is blank; the start and end of the text count as blank.
const isBlankAt = (text: string, at: number): boolean => at < 0 || at >= text.length || /\s/.test(text[at]!)

/**
 * Tells whether text was typed in a legacy Vietnamese font encoding (TCVN3
 * or VNI) and read as Latin-1, whether PDF extraction lost its Vietnamese
 * letters (`C NG HÒA XÃ H I CH NGHĨA VI T NAM`, `ðÀO` for `ĐÀO`), or
 * whether it is ordinary Unicode.
 *
 * Each word with Latin-1 letters is decoded both ways; it counts for an
 * encoding when the decoding is a Vietnamese syllable and the word as it
 * stands is not. Words with letters that only Unicode has (`ư`, `ạ`, `đ`)
 * count for Unicode. Two distinct words are needed before a legacy verdict.
 * One pass, linear in the length of the text.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { detectLegacyEncoding } from "@cchc/core"
 * detectLegacyEncoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam").kind // "tcvn3"
 * detectLegacyEncoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam").kind // "vni"
 * detectLegacyEncoding("B GIÁO D C VÀ ðÀO T O").kind // "lost-diacritics"
 * detectLegacyEncoding("Cộng hòa xã hội chủ nghĩa Việt Nam").kind // "unicode"
 * ```
 */
export function detectLegacyEncoding(text: string): LegacyEncodingReport {
  const { decode: tcvn3, codes: tcvn3Codes } = getTcvn3()
  // Most text is NFC already; normalising is only needed with combining marks.
  const nfc = /[\u0300-\u036f]/.test(text) ? text.normalize("NFC") : text

  let unicodeWords = 0
  let words = 0
  const tcvn3Hits = new Map<string, string>()
  const vniHits = new Map<string, string>()
  const lostEvidence: string[] = []
  let lost = 0

  // Per-line state for the PDF fragments.
  let lineFragments: string[] = []
  const closeLine = () => {
    // One bare letter in a line is common ("Chương V", "điểm a, b"); two are not.
    if (lineFragments.length >= 2) {
      lost += lineFragments.length
      for (const f of lineFragments)
        if (lostEvidence.length < MAX_EVIDENCE) lostEvidence.push(`fragment "${f}"`)
    }
    lineFragments = []
  }

  const n = nfc.length
  let i = 0
  while (i < n) {
    // Legacy text shows itself in its first lines; after a few hundred
    // clean words more reading cannot change the verdict, and the parser
    // calls this on every document.
    // Eighty words with letters only Unicode has and no legacy evidence
    // decide as surely: a head retyped in Unicode over a legacy body has a
    // few dozen words, so the body is reached before this verdict.
    if (
      (words >= EARLY_VERDICT_WORDS || (unicodeWords >= EARLY_VERDICT_UNICODE_WORDS && words >= 150)) &&
      tcvn3Hits.size === 0 &&
      vniHits.size === 0 &&
      lost === 0
    )
      break
    const c = nfc.charCodeAt(i)
    if (c === 0x0a) {
      closeLine()
      i++
      continue
    }
    if (!isWordChar(c)) {
      i++
      continue
    }
    const start = i
    let latin1 = false
    let vietOnly = false
    let hasTcvn3 = false
    let fragmentLetters = true
    while (i < n) {
      const d = nfc.charCodeAt(i)
      if (!isWordChar(d)) break
      if (fragmentLetters && (d >= 0x112 || FRAGMENT_LETTERS[d] !== 1)) fragmentLetters = false
      if (d >= 0xa1 && d <= 0xff) latin1 = true
      if (isVietnameseOnly(d)) vietOnly = true
      // Every TCVN3 code is a byte of 0x80 and up read as Latin-1.
      if (d >= 0x80 && !hasTcvn3 && d <= 0xff && tcvn3Codes[d] === 1) hasTcvn3 = true
      i++
    }
    const length = i - start
    words++

    // PDF fragments: a bare onset/coda between blanks, or ð/Ð standing for Đ.
    // The word is only cut out of the text when a test needs it: most words
    // are plain ASCII or carry a letter only Unicode has.
    if (fragmentLetters && length <= 3 && isBlankAt(nfc, start - 1) && isBlankAt(nfc, i)) {
      const word = nfc.slice(start, i)
      if (FRAGMENTS.has(word.toLowerCase())) lineFragments.push(word)
    }
    const first = nfc.charCodeAt(start)
    if ((first === 0xf0 || first === 0xd0) && length > 1) {
      const word = nfc.slice(start, i)
      if (isSyllable("đ" + word.slice(1))) {
        lost++
        if (lostEvidence.length < MAX_EVIDENCE) lostEvidence.push(`"${word}" (ð for Đ)`)
      }
    }

    if (vietOnly) {
      unicodeWords++
      continue
    }
    if (!latin1 || length < 2) continue
    const word = nfc.slice(start, i)
    if (isSyllable(word)) continue // as good as Unicode: says nothing either way
    if (hasTcvn3 && tcvn3Hits.size < 64 && !tcvn3Hits.has(word)) {
      const decoded = decodeTcvn3Line(word, tcvn3)
      if (isSyllable(decoded)) tcvn3Hits.set(word, decoded)
    }
    if (vniHits.size < 64 && !vniHits.has(word)) {
      const decoded = decodeVni(word).normalize("NFC")
      if (decoded !== word && isSyllable(decoded)) vniHits.set(word, decoded)
    }
  }
  closeLine()

  const t = tcvn3Hits.size
  const v = vniHits.size
  const best = Math.max(t, v)
  const samples = (hits: ReadonlyMap<string, string>) =>
    [...hits].slice(0, MAX_EVIDENCE).map(([from, to]) => `"${from}" → "${to}"`)

  if (best >= 2 && best >= unicodeWords) {
    const kind = t >= v ? "tcvn3" : "vni"
    return {
      kind,
      confidence: round(best / (best + unicodeWords + 1)),
      evidence: samples(kind === "tcvn3" ? tcvn3Hits : vniHits)
    }
  }
  if (lost >= 3 && lost * 20 >= words) {
    return {
      kind: "lost-diacritics",
      confidence: round(lost / (lost + unicodeWords / 4 + 2)),
      evidence: lostEvidence
    }
  }
  const doubt = Math.max(best, lost >= 3 ? lost : 0)
  return {
    kind: "unicode",
    confidence: round(1 - doubt / (doubt + unicodeWords + 1)),
    evidence: unicodeWords > 0 ? [`${unicodeWords} words use letters only Unicode has`] : []
  }
}

const round = (x: number): number => Math.round(x * 100) / 100
