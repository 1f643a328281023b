/**
 * The valid syllables closest to a word that is not one, for the
 * suggestions of the `syllable` rule: first the same letters with another
 * tone or tone placement (`luât` → `luật`, `luất`), then one vowel or `d`
 * changed in shape (`a`/`ă`/`â`, `o`/`ô`/`ơ`, `u`/`ư`, `e`/`ê`, `i`/`y`,
 * `d`/`đ`), then one letter removed, replaced or added. Only run for the
 * few words that are reported, so it may allocate freely.
 *
 * @since 0.1.0
 */
import { hasSyllable } from "./syllable-set.js"

const TONE_MARKS: ReadonlyArray<string> = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu
const VOWELS = new Set([..."aăâeêioôơuưy"])
const SHAPES: Readonly<Record<string, ReadonlyArray<string>>> = {
  a: ["ă", "â"],
  ă: ["a", "â"],
  â: ["a", "ă"],
  o: ["ô", "ơ"],
  ô: ["o", "ơ"],
  ơ: ["o", "ô"],
  u: ["ư"],
  ư: ["u"],
  e: ["ê"],
  ê: ["e"],
  i: ["y"],
  y: ["i"],
  d: ["đ"],
  đ: ["d"]
}
const LETTERS: ReadonlyArray<string> = [..."aăâbcdđeêghiklmnoôơpqrstuưvxy"]

/**
 * A word split into its letters without tone (NFC, lower case) and its
 * tone mark (`""` for ngang; the first one when it carries several).
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { splitTone } from "./syllable-suggestions.js"
 * splitTone("LUẬT") // { base: "luât", tone: "\u0323" }
 * ```
 */
export const splitTone = (word: string): { readonly base: string; readonly tone: string } => {
  const decomposed = word.toLowerCase().normalize("NFD")
  const tone = decomposed.match(TONE_MARK)?.[0] ?? ""
  return { base: decomposed.replace(TONE_MARK, "").normalize("NFC"), tone }
}

/** The valid syllables that `base` makes with one of `tones` on any of its vowels. */
const withTones = (base: string, tones: ReadonlyArray<string>, into: Set<string>): void => {
  for (const tone of tones) {
    if (tone === "") {
      if (hasSyllable(base)) into.add(base)
      continue
    }
    for (let i = 0; i < base.length; i++) {
      if (!VOWELS.has(base[i]!)) continue
      const written = (base.slice(0, i + 1) + tone + base.slice(i + 1)).normalize("NFC")
      if (hasSyllable(written)) into.add(written)
    }
  }
}

/** The bases with one letter removed, replaced, or added (`kind`). */
const oneEditAway = (base: string, kind: "removed" | "replaced" | "added"): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i <= base.length; i++) {
    if (kind === "removed" && i < base.length) out.push(base.slice(0, i) + base.slice(i + 1))
    for (const letter of kind === "removed" ? [] : LETTERS) {
      if (kind === "replaced" && i < base.length && letter !== base[i])
        out.push(base.slice(0, i) + letter + base.slice(i + 1))
      if (kind === "added") out.push(base.slice(0, i) + letter + base.slice(i))
    }
  }
  return out
}

const commonPrefix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Up to `max` valid syllables closest to `word`, in lower case, nearest
 * first; empty when nothing is one edit away.
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { closestSyllables } from "./syllable-suggestions.js"
 * closestSyllables("luât") // ["luất", "luật"]
 * ```
 */
export const closestSyllables = (word: string, max = 3): Array<string> => {
  const { base, tone } = splitTone(word)
  const self = word.toLowerCase().normalize("NFC")
  const tiers: Array<() => Set<string>> = [
    // The same letters: the tone placed elsewhere first (`qủa` → `quả`), then another tone.
    () => {
      const found = new Set<string>()
      withTones(base, [tone, ...TONE_MARKS.filter((t) => t !== tone)], found)
      return found
    },
    // One vowel (or d) changed in shape, the tone kept.
    () => {
      const found = new Set<string>()
      for (let i = 0; i < base.length; i++) {
        for (const shape of SHAPES[base[i]!] ?? []) {
          withTones(base.slice(0, i) + shape + base.slice(i + 1), [tone], found)
        }
      }
      return found
    },
    // One letter removed, then replaced, then added, the tone kept; within
    // each, those that keep more of the word's start first (`nghành` →
    // `ngành` before `nhành`).
    ...(["removed", "replaced", "added"] as const).map((kind) => () => {
      const found = new Set<string>()
      for (const edited of oneEditAway(base, kind)) withTones(edited, [tone], found)
      return new Set([...found].sort((a, b) => commonPrefix(b, self) - commonPrefix(a, self)))
    })
  ]
  const out: Array<string> = []
  for (const tier of tiers) {
    for (const candidate of tier()) {
      if (candidate !== self && !out.includes(candidate)) out.push(candidate)
      if (out.length >= max) return out
    }
  }
  return out
}

/**
 * Whether the only fault of `word` is its tone: the same letters with
 * another tone or placement are a valid syllable (`luât` → `luật`).
 *
 * @since 0.1.0
 * @category syllables
 * @example
 * ```ts
 * import { isToneFault } from "./syllable-suggestions.js"
 * isToneFault("Luât") // true
 * isToneFault("Đắk") // false
 * ```
 */
export const isToneFault = (word: string): boolean => {
  const found = new Set<string>()
  withTones(splitTone(word).base, TONE_MARKS, found)
  found.delete(word.toLowerCase().normalize("NFC"))
  return found.size > 0
}
