/**
 * The orthographic model of a Vietnamese syllable: onset (âm đầu), rime
 * (vần: medial, nucleus and coda) and tone (thanh), with the constraints
 * of the written language: `c`/`k`, `g`/`gh` and `ng`/`ngh` by the vowel
 * that follows, `q` only before the medial `u`, a medial `o`/`u` never
 * after a labial onset, and the stop codas `-p -t -c -ch` taking only sắc
 * or nặng (`luật`, never `luât`). The rimes are the attested rimes of the
 * standard language (the vần tables of primary-school spelling) plus the
 * few that loan words brought (`xoong`, `boóc`); a rime outside them is a
 * syllable with no use in the language.
 *
 * The model generates every valid syllable, in lower case and NFC, each
 * with its tone written where the standard puts it and, for the open rimes
 * `oa`, `oe`, `uy`, also where the older placement puts it (`hòa` and
 * `hoà`, `thủy` and `thuỷ` are both valid). It cannot know which of the
 * generated syllables happen to be unused (`chến`): that is what the
 * curated misspellings are for.
 *
 * @since 0.1.0
 */

/**
 * The onsets (âm đầu) as written; `""` is a syllable that starts with its
 * vowel. `gi` before a rime that starts with `i` is written `g` + that
 * rime (`gì`, `giếng`): the model writes it so.
 *
 * @since 0.1.0
 * @category syllables
 */
export const ONSETS: ReadonlyArray<string> = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
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
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x"
]

/**
 * The rimes (vần) without a medial, toneless. Rimes that start with `y`
 * stand only without an onset (`yên`, `yêu`) or after the medial `u`
 * (`uyên`, `quyết`).
 *
 * @since 0.1.0
 * @category syllables
 */
export const PLAIN_RIMES: ReadonlyArray<string> = [
  "a",
  "ac",
  "ach",
  "ai",
  "am",
  "an",
  "ang",
  "anh",
  "ao",
  "ap",
  "at",
  "au",
  "ay",
  "ăc",
  "ăm",
  "ăn",
  "ăng",
  "ăp",
  "ăt",
  "âc",
  "âm",
  "ân",
  "âng",
  "âp",
  "ât",
  "âu",
  "ây",
  "e",
  "ec",
  "em",
  "en",
  "eng",
  "eo",
  "ep",
  "et",
  "ê",
  "êch",
  "êm",
  "ên",
  "ênh",
  "êp",
  "êt",
  "êu",
  "i",
  "ia",
  "ich",
  "iêc",
  "iêm",
  "iên",
  "iêng",
  "iêp",
  "iêt",
  "iêu",
  "im",
  "in",
  "inh",
  "ip",
  "it",
  "iu",
  "o",
  "oc",
  "oi",
  "om",
  "on",
  "ong",
  "op",
  "ot",
  "ooc",
  "oong",
  "ô",
  "ôc",
  "ôi",
  "ôm",
  "ôn",
  "ông",
  "ôp",
  "ôt",
  "ơ",
  "ơi",
  "ơm",
  "ơn",
  "ơp",
  "ơt",
  "u",
  "ua",
  "uc",
  "ui",
  "um",
  "un",
  "ung",
  "uôc",
  "uôi",
  "uôm",
  "uôn",
  "uông",
  "uôt",
  "up",
  "ut",
  "ư",
  "ưa",
  "ưc",
  "ưi",
  "ưm",
  "ưn",
  "ưng",
  "ươc",
  "ươi",
  "ươm",
  "ươn",
  "ương",
  "ươp",
  "ươt",
  "ươu",
  "ưt",
  "ưu",
  "y",
  "ych",
  "ynh",
  "yt",
  "yêm",
  "yên",
  "yêng",
  "yêt",
  "yêu"
]

/**
 * The rimes with the medial `o` (written `o` before `a`, `ă`, `e`) and
 * the medial `u` (before `â`, `ê`, `ơ`, `y`), toneless.
 *
 * @since 0.1.0
 * @category syllables
 */
export const MEDIAL_RIMES: ReadonlyArray<string> = [
  "oa",
  "oac",
  "oach",
  "oai",
  "oam",
  "oan",
  "oang",
  "oanh",
  "oao",
  "oap",
  "oat",
  "oay",
  "oăc",
  "oăm",
  "oăn",
  "oăng",
  "oăt",
  "oe",
  "oen",
  "oeo",
  "oet",
  "uân",
  "uâng",
  "uât",
  "uây",
  "uê",
  "uêch",
  "uênh",
  "uơ",
  "uy",
  "uya",
  "uych",
  "uyên",
  "uyêt",
  "uynh",
  "uyp",
  "uyt",
  "uyu"
]

/**
 * The six tones as the combining marks that write them; ngang has none.
 *
 * @since 0.1.0
 * @category syllables
 */
export const TONE_MARKS = {
  ngang: "",
  huyen: "\u0300",
  sac: "\u0301",
  hoi: "\u0309",
  nga: "\u0303",
  nang: "\u0323"
} as const

/**
 * A tone's name.
 *
 * @since 0.1.0
 * @category syllables
 */
export type Tone = keyof typeof TONE_MARKS

const TONES = Object.keys(TONE_MARKS) as ReadonlyArray<Tone>
const STOP_CODAS: ReadonlyArray<string> = ["p", "t", "c", "ch"]
const VOWELS = new Set([..."aăâeêioôơuưy"])
const MARKED_VOWELS = new Set([..."ăâêôơư"])
const FRONT = new Set([..."eêiy"])
const LABIALS = new Set(["b", "m", "p", "ph", "v"])

/** Whether a rime ends in a stop (`-p -t -c -ch`): only sắc and nặng then. */
const endsInStop = (rime: string): boolean => STOP_CODAS.some((coda) => rime.endsWith(coda))

/** The vowels of a rime (`uyê` of `uyên`) and where they start. */
const vowelRun = (rime: string): { readonly start: number; readonly end: number } => {
  let start = 0
  while (start < rime.length && !VOWELS.has(rime[start]!)) start++
  let end = start
  while (end < rime.length && VOWELS.has(rime[end]!)) end++
  return { start, end }
}

/**
 * The offsets in `rime` where its tone mark may stand: the marked vowel
 * (`ê` of `tiên`, `ơ` of `người`); else the last vowel before a coda; else,
 * in an open rime, the first of two vowels (`mùa`, `hai`) or the middle of
 * three (`ngoài`). The open rimes `oa`, `oe`, `uy` take it on either vowel
 * (`hòa` / `hoà`).
 */
const tonePositions = (rime: string, hasOnsetU: boolean): ReadonlyArray<number> => {
  const { start, end } = vowelRun(rime)
  const vowels = rime.slice(start, end)
  const hasCoda = end < rime.length
  for (let i = vowels.length - 1; i >= 0; i--) if (MARKED_VOWELS.has(vowels[i]!)) return [start + i]
  if (hasCoda || vowels.length === 1) return [end - 1]
  if (vowels.length === 3) return [start + 1]
  // After `qu` the `u` is the onset's: `quả`, `quý` carry the mark on the vowel.
  if (!hasOnsetU && (vowels === "oa" || vowels === "oe" || vowels === "uy")) return [start, start + 1]
  return [start]
}

// Onsets that never stand before `y`: `c`, `g`, `ng` take no front vowel
// and `gi` merges with it.
const NOT_BEFORE_Y = new Set(["c", "g", "gh", "gi", "ng", "ngh"])

/** Whether an onset may stand before a rime in the written language. */
const onsetFits = (onset: string, rime: string, medial: boolean): boolean => {
  const first = rime[0]!
  if (medial) {
    // `qu` has its medial already; `c`, `k`, `gh`, `ngh`, `gi` and the labials take none.
    return !LABIALS.has(onset) && !["qu", "c", "k", "gh", "ngh", "gi"].includes(onset)
  }
  // `y` alone (`ý`, `kỹ`, `quy`); `yê…` only without an onset or after `qu`;
  // `ych`, `ynh`, `yt` only after `qu` (`quých`, `quỳnh`, `quýt`).
  if (rime === "y") return !NOT_BEFORE_Y.has(onset)
  if (rime.startsWith("yê")) return onset === "" || onset === "qu"
  if (first === "y") return onset === "qu"
  // After `qu` no rime of `o u ư` and of `ô` only `quốc`; `qui`, `quít` are
  // the older spellings of `quy`, `quýt`.
  if (onset === "qu")
    return (
      !"ouư".includes(first) &&
      (first !== "ô" || rime === "ôc") &&
      (first !== "i" || rime === "i" || rime === "it")
    )
  const front = FRONT.has(first)
  if (onset === "c" || onset === "ng") return !front
  if (onset === "k" || onset === "gh" || onset === "ngh") return front
  // `g` before `i` is the onset `gi` merged with it (`gì`, `giếng`); `gia`,
  // `giu` are `gi` + `a`, `u`.
  if (onset === "g") return !(first === "e" || first === "ê") && rime !== "ia" && rime !== "iu"
  if (onset === "gi") return first !== "i"
  // Without an onset `iê…` is written `yê…` (`yên`).
  if (rime.startsWith("iê")) return onset !== ""
  return true
}

/**
 * Writes a syllable: `onset + rime` with `tone` on the vowel at `position`
 * of the rime, NFC.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { writeSyllable } from "./syllable-model.js"
 * writeSyllable("l", "uât", "nang", 2) // "luật"
 * ```
 */
export const writeSyllable = (onset: string, rime: string, tone: Tone, position: number): string =>
  (onset + rime.slice(0, position + 1) + TONE_MARKS[tone] + rime.slice(position + 1)).normalize("NFC")

/**
 * Every valid syllable of the model, lower case, NFC, with every accepted
 * tone placement. About twenty thousand strings, built once.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { generateSyllables } from "./syllable-model.js"
 * const all = generateSyllables()
 * all.includes("luật") && all.includes("hoà") && all.includes("hòa") // true
 * all.includes("luât") // false
 * ```
 */
export const generateSyllables = (): ReadonlyArray<string> => {
  const out = new Set<string>()
  const add = (onset: string, rime: string, medial: boolean) => {
    if (!onsetFits(onset, rime, medial)) return
    const stop = endsInStop(rime)
    const positions = tonePositions(rime, onset === "qu")
    for (const tone of TONES) {
      if (stop && tone !== "sac" && tone !== "nang") continue
      for (const position of tone === "ngang" ? positions.slice(0, 1) : positions)
        out.add(writeSyllable(onset, rime, tone, position))
    }
  }
  for (const onset of ONSETS) {
    for (const rime of PLAIN_RIMES) add(onset, rime, false)
    for (const rime of MEDIAL_RIMES) add(onset, rime, true)
  }
  return [...out]
}
