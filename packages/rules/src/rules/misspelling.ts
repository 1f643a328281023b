/**
 * `misspelling`: misspellings common in administrative text (`cập nhập`,
 * `bỏ sung`, `đầy mạnh`), from the curated dictionary in
 * `data/misspellings.ts`.
 *
 * One case-insensitive regex of every entry (a trie, so matching is
 * linear in the text whatever the dictionary size) finds the few places
 * where an entry may stand; there, syllables are keyed and a map keyed by
 * the first syllable of every entry tells which entries start there. Texts
 * the regex cannot read exactly are scanned syllable by syllable. The
 * fixed text is scanned once more (a few rounds at most) so that a safe
 * fix never creates a new misspelling with its neighbours.
 */
import { foldToneMarks, isUpperCaseText, PreparedText } from "@cchc/core"
import { BoundedCache, LETTER, LETTERS, widthAt } from "@cchc/core/internal"
import { MISSPELLINGS, type MisspellingEntry } from "../data/misspellings.js"
import type { Fix } from "../diagnostic.js"
import { defineRule } from "../rule.js"
import { perObject } from "../internal/per-object.js"

/**
 * An entry of the `extra` option: a misspelling added by configuration.
 *
 * @since 0.1.0
 * @category rules
 */
export interface ExtraMisspelling {
  readonly wrong: string
  readonly right: ReadonlyArray<string>
  readonly ambiguous?: boolean
}

/**
 * Options of `misspelling`: `extra` entries added to the dictionary, and
 * `ignore`, wrong forms not to report (as written in the dictionary).
 *
 * @since 0.1.0
 * @category rules
 */
export interface MisspellingOptions {
  readonly extra: ReadonlyArray<ExtraMisspelling>
  readonly ignore: ReadonlyArray<string>
}

interface CompiledEntry {
  readonly syllables: ReadonlyArray<string>
  readonly right: ReadonlyArray<string>
  readonly ambiguous: boolean
  readonly unlessFollowedBy: ReadonlySet<string>
  readonly unlessPrecededBy: ReadonlySet<string>
  readonly onlyFollowedBy: ReadonlySet<string>
  readonly onlyPrecededBy: ReadonlySet<string>
  readonly beforePunctuation: boolean
  readonly properName: boolean
}

/**
 * The dictionary compiled for scanning: entries grouped by their first
 * syllable (folded), longest first within a group.
 *
 * @since 0.1.0
 * @category rules
 */
export type MisspellingMatcher = ReadonlyMap<string, ReadonlyArray<CompiledEntry>>

/**
 * One misspelling found in a text: offsets `[start, end)` in that text,
 * the letters as written, the right forms in the case of the original,
 * whether the letters could be right in some context (`ambiguous`) and
 * whether replacing them is a safe fix (`safe`).
 *
 * @since 0.1.0
 * @category rules
 */
export interface MisspellingMatch {
  readonly start: number
  readonly end: number
  readonly found: string
  readonly right: ReadonlyArray<string>
  readonly ambiguous: boolean
  readonly safe: boolean
}

// Syllables repeat a great deal across a document: memoise their keys.
const SYLLABLE_KEYS = new BoundedCache<string>({ max: 20_000 })
const syllableKey = (syllable: string): string =>
  SYLLABLE_KEYS.get(syllable, (s) => foldToneMarks(s).toLowerCase())

const splitSyllables = (phrase: string): Array<string> =>
  phrase
    .normalize("NFC")
    .split(/[ ]+/)
    .filter((s) => s.length > 0)
    .map(syllableKey)

/**
 * Compiles dictionary entries into a {@link MisspellingMatcher}.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { compileMisspellings, findMisspellings } from "./misspelling.js"
 * const matcher = compileMisspellings([{ wrong: "bỏ sung", right: ["bổ sung"], examples: [] }])
 * findMisspellings("Bỏ sung hồ sơ", matcher)[0]?.right // ["Bổ sung"]
 * ```
 */
export const compileMisspellings = (
  entries: ReadonlyArray<
    Pick<
      MisspellingEntry,
      | "wrong"
      | "right"
      | "ambiguous"
      | "unlessFollowedBy"
      | "unlessPrecededBy"
      | "onlyFollowedBy"
      | "onlyPrecededBy"
      | "beforePunctuation"
      | "properName"
    >
  >,
  ignore: ReadonlyArray<string> = []
): MisspellingMatcher => {
  const ignored = new Set(ignore.map((w) => splitSyllables(w).join(" ")))
  const byFirst = new Map<string, Array<CompiledEntry>>()
  for (const entry of entries) {
    const syllables = splitSyllables(entry.wrong)
    if (syllables.length === 0 || entry.right.length === 0 || ignored.has(syllables.join(" "))) continue
    const compiled: CompiledEntry = {
      syllables,
      right: entry.right.map((r) => r.normalize("NFC")),
      ambiguous: entry.ambiguous === true,
      unlessFollowedBy: new Set((entry.unlessFollowedBy ?? []).map(syllableKey)),
      unlessPrecededBy: new Set((entry.unlessPrecededBy ?? []).map(syllableKey)),
      onlyFollowedBy: new Set((entry.onlyFollowedBy ?? []).map(syllableKey)),
      onlyPrecededBy: new Set((entry.onlyPrecededBy ?? []).map(syllableKey)),
      beforePunctuation: entry.beforePunctuation === true,
      properName: entry.properName === true
    }
    const group = byFirst.get(syllables[0]!) ?? []
    group.push(compiled)
    byFirst.set(syllables[0]!, group)
  }
  for (const group of byFirst.values()) group.sort((a, b) => b.syllables.length - a.syllables.length)
  return byFirst
}

const DEFAULT_MATCHER = compileMisspellings(MISSPELLINGS)

/**
 * Writes `right` in the case of `found`: all capitals stay all capitals,
 * a capital first letter stays a capital (`Cập nhập` → `Cập nhật`).
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { matchCase } from "./misspelling.js"
 * matchCase("Cập nhập", "cập nhật") // "Cập nhật"
 * matchCase("CẬP NHẬP", "cập nhật") // "CẬP NHẬT"
 * ```
 */
export const matchCase = (found: string, right: string): string => {
  const letters = found.replace(/[^\p{L}]/gu, "")
  if (letters.length > 1 && isUpperCaseText(found)) return right.toUpperCase()
  const first = found[0]!
  if (first !== first.toLowerCase()) return right[0]!.toUpperCase() + right.slice(1)
  return right
}

const isCapitalised = (syllable: string): boolean => {
  const first = syllable[0]!
  return first !== first.toLowerCase() && syllable.slice(1) === syllable.slice(1).toLowerCase()
}

interface RawMatch {
  readonly start: number
  readonly end: number
  readonly found: string
  readonly right: ReadonlyArray<string>
  readonly ambiguous: boolean
}

// Syllables are runs of letters (the text is NFC, so marks are composed),
// handled as offsets: only syllables where an entry may start are sliced
// out and keyed. Building the key of every syllable was most of the rule's
// cost.

/** The key of the syllable `[start, end)` of the text being scanned. */
type KeyOf = (start: number, end: number) => string

/** The end of the syllable that starts at `start`. */
const syllableEnd = (text: string, start: number): number => {
  let at = start
  while (at < text.length && LETTERS.kindAt(text, at) === LETTER) at += widthAt(text, at)
  return at
}

/** The start of the first syllable at or after `from`, or -1. */
const nextSyllableStart = (text: string, from: number): number => {
  for (let at = from; at < text.length; at += widthAt(text, at)) {
    if (LETTERS.kindAt(text, at) === LETTER) return at
  }
  return -1
}

/** The width of the letter that ends just before `at` (2 for a surrogate pair), or 0. */
const letterWidthBefore = (text: string, at: number): number => {
  if (at >= 2 && widthAt(text, at - 2) === 2) return LETTERS.kindAt(text, at - 2) === LETTER ? 2 : 0
  return at >= 1 && LETTERS.kindAt(text, at - 1) === LETTER ? 1 : 0
}

const isSyllableStart = (text: string, at: number): boolean =>
  LETTERS.kindAt(text, at) === LETTER && letterWidthBefore(text, at) === 0

const onlySpacesBetween = (text: string, from: number, to: number): boolean => {
  if (to <= from) return false
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== 0x20) return false
  return true
}

/** The syllable just before the one at `start` when only spaces part them, else `null`. */
const joinedPreviousSyllable = (text: string, start: number): readonly [number, number] | null => {
  let end = start
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--
  if (end === start || letterWidthBefore(text, end) === 0) return null
  let from = end
  for (let width = letterWidthBefore(text, from); width !== 0; width = letterWidthBefore(text, from))
    from -= width
  return [from, end]
}

// What ends the letters of a `beforePunctuation` entry.
const ENDING_PUNCTUATION: ReadonlySet<number> = new Set([...";,.:)"].map((c) => c.charCodeAt(0)))

/**
 * The first of `candidates` (the longest first) that starts at the syllable
 * `[start, end)`, with the offsets of its last syllable.
 */
const entryAt = (
  text: string,
  keyOf: KeyOf,
  candidates: ReadonlyArray<CompiledEntry>,
  start: number,
  end: number
): { readonly entry: CompiledEntry; readonly lastStart: number; readonly end: number } | null => {
  // The syllables from the first on, found and keyed as the entries need them.
  const starts = [start]
  const ends = [end]
  const keys: Array<string> = []
  const has = (k: number): boolean => {
    while (starts.length <= k) {
      const next = nextSyllableStart(text, ends[ends.length - 1]!)
      if (next < 0) return false
      starts.push(next)
      ends.push(syllableEnd(text, next))
    }
    return true
  }
  const keyAt = (k: number): string => (keys[k] ??= keyOf(starts[k]!, ends[k]!))
  const joined = (k: number): boolean => onlySpacesBetween(text, ends[k - 1]!, starts[k]!)
  for (const entry of candidates) {
    const n = entry.syllables.length
    if (!has(n - 1)) continue
    let fits = true
    for (let k = 1; k < n && fits; k++) fits = keyAt(k) === entry.syllables[k] && joined(k)
    if (!fits) continue
    if (entry.beforePunctuation && !ENDING_PUNCTUATION.has(text.charCodeAt(ends[n - 1]!))) continue
    const next = has(n) && joined(n) ? keyAt(n) : null
    if (next !== null && entry.unlessFollowedBy.has(next)) continue
    if (entry.onlyFollowedBy.size > 0 && (next === null || !entry.onlyFollowedBy.has(next))) continue
    if (entry.unlessPrecededBy.size > 0 || entry.onlyPrecededBy.size > 0) {
      const previous = joinedPreviousSyllable(text, start)
      const key = previous === null ? null : keyOf(previous[0], previous[1])
      if (key !== null && entry.unlessPrecededBy.has(key)) continue
      if (entry.onlyPrecededBy.size > 0 && (key === null || !entry.onlyPrecededBy.has(key))) continue
    }
    return { entry, lastStart: starts[n - 1]!, end: ends[n - 1]! }
  }
  return null
}

/** The match of `entry` at `text[start, end)`, or `null` for a proper name (all syllables capitalised). */
const rawMatch = (text: string, start: number, end: number, entry: CompiledEntry): RawMatch | null => {
  const written = text.slice(start, end)
  const words = written.split(/[ ]+/)
  if (!entry.properName && words.length > 1 && !isUpperCaseText(written) && words.every(isCapitalised))
    return null
  return {
    start,
    end,
    found: written,
    right: entry.right.map((r) => matchCase(written, r)),
    ambiguous: entry.ambiguous
  }
}

// Where an entry may stand is found by the regex engine, far faster than a
// loop over the syllables: one case-insensitive regex of every entry, its
// syllables parted by spaces and each written every way that folds to its
// key (`hòa` and `hoà`). For keys of plain Latin letters, case-insensitive
// matching finds every letter whose lower case is a key's letter, but for
// the letters below: a text with one of them is scanned syllable by
// syllable instead.

/**
 * The letters whose lower case is a plain Latin letter that a
 * case-insensitive regex does not match against that lower case (`K`, the
 * Kelvin sign, is not `k` to it), and `İ`, whose lower case takes two code
 * units. A test checks every code point against this list.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { CASE_INSENSITIVE_EXCEPTIONS } from "./misspelling.js"
 * CASE_INSENSITIVE_EXCEPTIONS.includes("\u212a") // true
 * ```
 */
export const CASE_INSENSITIVE_EXCEPTIONS: ReadonlyArray<string> = ["\u0130", "\u1e9e", "\u212a", "\u212b"]

const hasCaseException = (text: string): boolean => CASE_INSENSITIVE_EXCEPTIONS.some((c) => text.includes(c))

/**
 * Whether a character is a plain Latin letter: Basic Latin to Latin
 * Extended-B, and Latin Extended Additional, where Vietnamese letters are.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { isPlainLatinLetter } from "./misspelling.js"
 * isPlainLatinLetter("ự") // true
 * isPlainLatinLetter("σ") // false
 * ```
 */
export const isPlainLatinLetter = (c: string): boolean => PLAIN_LATIN_LETTER.test(c)
const PLAIN_LATIN_LETTER = /^(?=\p{L}$)[\u0000-\u024f\u1e00-\u1eff]$/u

/**
 * The ways a syllable is written whose key is `key`, in lower case: the key
 * itself and, for each pair that tone folding wrote (`òa`), the pair as it
 * was (`oà`).
 */
const spellingsOf = (key: string): Array<string> => {
  let spellings = [""]
  for (let i = 0; i < key.length; i++) {
    const pair = key.slice(i, i + 2)
    const unfolded = unfoldedPair(pair)
    if (unfolded === null) {
      spellings = spellings.map((s) => s + key[i]!)
    } else {
      spellings = spellings.flatMap((s) => [s + pair, s + unfolded])
      i++
    }
  }
  return spellings
}

// `òa` → `oà`: the mark of the first vowel on the second, when tone folding
// writes the result back as `òa`; else `null`.
const unfoldedPair = (pair: string): string | null => {
  if (pair.length !== 2) return null
  const marked = pair[0]!.normalize("NFD")
  if (marked.length !== 2 || (marked[0] !== "o" && marked[0] !== "u")) return null
  const moved = marked[0] + (pair[1]! + marked[1]!).normalize("NFC")
  return moved.length === 2 && moved !== pair && foldToneMarks(moved) === pair ? moved : null
}

// The regex of a matcher's entries (as a trie: one alternation per
// character), or `null` when a syllable is not only plain Latin letters.
// Built once per matcher.
const entryFinder = perObject((matcher: MisspellingMatcher): RegExp | null => {
  const entries = [...matcher.values()].flat()
  return entries.length > 0 &&
    entries.every((e) => e.syllables.every((s) => [...s].every(isPlainLatinLetter)))
    ? new RegExp(trieSource(entries.flatMap((e) => phrasings(e.syllables))), "gi")
    : null
})

/** Every combination of the spellings of the syllables. */
const phrasings = (syllables: ReadonlyArray<string>): Array<ReadonlyArray<string>> =>
  syllables.reduce<Array<ReadonlyArray<string>>>(
    (phrases, syllable) => phrases.flatMap((phrase) => spellingsOf(syllable).map((s) => [...phrase, s])),
    [[]]
  )

interface TrieNode {
  ends: boolean
  readonly next: Map<string, TrieNode>
}

// Characters of the syllables, and SPACES between them.
const SPACES = " "

const trieSource = (phrases: ReadonlyArray<ReadonlyArray<string>>): string => {
  const root: TrieNode = { ends: false, next: new Map() }
  for (const syllables of phrases) {
    let node = root
    syllables.forEach((syllable, i) => {
      for (const character of i === 0 ? syllable : [SPACES, ...syllable]) {
        let child = node.next.get(character)
        if (child === undefined) {
          child = { ends: false, next: new Map() }
          node.next.set(character, child)
        }
        node = child
      }
    })
    node.ends = true
  }
  return nodeSource(root)
}

// A node's phrases after its prefix; a phrase that ends here makes the
// rest optional. Each branch starts with a different character, so the
// regex never tries two of them at one place; the spaces between syllables
// are one or more.
const nodeSource = (node: TrieNode): string => {
  const branches = [...node.next].map(
    ([character, child]) => (character === SPACES ? "[ ]+" : escapeForRegex(character)) + nodeSource(child)
  )
  if (branches.length === 0) return ""
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`
  return node.ends ? `(?:${body})?` : body
}

const escapeForRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")

// Each place the regex finds that starts a syllable is checked by keys.
const scanByFinder = (text: string, finder: RegExp, matcher: MisspellingMatcher): Array<RawMatch> => {
  const keyOf: KeyOf = (start, end) => syllableKey(text.slice(start, end))
  const found: Array<RawMatch> = []
  finder.lastIndex = 0
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    const start = m.index
    if (!isSyllableStart(text, start)) {
      finder.lastIndex = start + 1
      continue
    }
    const end = syllableEnd(text, start)
    const candidates = matcher.get(keyOf(start, end))
    const hit = candidates === undefined ? null : entryAt(text, keyOf, candidates, start, end)
    const match = hit === null ? null : rawMatch(text, start, hit.end, hit.entry)
    if (match !== null) found.push(match)
    // Go on after the syllable, or after the entry's last syllable.
    finder.lastIndex = match !== null ? hit!.end : end
  }
  return found
}

// Every syllable keyed on its own.
const scanBySyllables = (text: string, matcher: MisspellingMatcher): Array<RawMatch> => {
  const keyOf: KeyOf = (start, end) => syllableKey(text.slice(start, end))
  const found: Array<RawMatch> = []
  for (let start = nextSyllableStart(text, 0); start >= 0;) {
    let end = syllableEnd(text, start)
    const candidates = matcher.get(keyOf(start, end))
    const hit = candidates === undefined ? null : entryAt(text, keyOf, candidates, start, end)
    const match = hit === null ? null : rawMatch(text, start, hit.end, hit.entry)
    if (match !== null) {
      found.push(match)
      end = hit!.end
    }
    start = nextSyllableStart(text, end)
  }
  return found
}

// One left-to-right pass over the syllables of `text`.
const scan = (text: string, matcher: MisspellingMatcher): Array<RawMatch> => {
  const finder = hasCaseException(text) ? null : entryFinder(matcher)
  return finder !== null ? scanByFinder(text, finder, matcher) : scanBySyllables(text, matcher)
}

// How far from a fix a new misspelling is blamed on it: a syllable or two.
const NEAR = 20

/**
 * Which safe fixes would create a new misspelling with their neighbours
 * (`hồ sơ suất sắc` → `hồ sơ xuất sắc` reads `sơ xuất`): the text is fixed
 * and scanned again, and every fix near something new is returned.
 */
const conflictingFixes = (
  text: string,
  matches: ReadonlyArray<MisspellingMatch>,
  matcher: MisspellingMatcher
): Set<number> => {
  // Without a safe fix nothing can conflict: skip the second scan.
  if (!matches.some((m) => m.safe)) return new Set()
  let output = ""
  let at = 0
  const regions: Array<{ start: number; end: number; index: number }> = []
  const kept = new Set<string>()
  matches.forEach((m, index) => {
    output += text.slice(at, m.start)
    const start = output.length
    if (m.safe) {
      output += m.right[0]!
      regions.push({ start, end: output.length, index })
    } else {
      output += m.found
      kept.add(`${start}:${m.found}`)
    }
    at = m.end
  })
  output += text.slice(at)
  const conflicts = new Set<number>()
  // Only the neighbourhood of each fix can change: scan windows around the
  // fixes, not the whole text again.
  for (const region of regions) {
    const from = Math.max(0, region.start - WINDOW)
    const window = output.slice(from, Math.min(output.length, region.end + WINDOW))
    for (const found of scan(window, matcher)) {
      const m = { ...found, start: found.start + from, end: found.end + from }
      // Matches cut by the window's edge are not judged here.
      if (found.start === 0 && from > 0) continue
      if (found.end === window.length && from + window.length < output.length) continue
      if (kept.has(`${m.start}:${m.found}`)) continue
      if (m.end + NEAR >= region.start && m.start - NEAR <= region.end) conflicts.add(region.index)
    }
  }
  return conflicts
}

// How much text around a fix is scanned again: the longest entry plus NEAR.
const WINDOW = 80

/**
 * Finds every misspelling of `matcher` in `text` (NFC expected), left to
 * right, the longest entry winning where several start at one syllable.
 * Syllables must be separated by spaces only. A phrase whose syllables are
 * all capitalised (`Trương Trình`) is taken for a proper name and skipped.
 * `safe` is set when the fix is certain: one right form, an entry not
 * marked ambiguous, letters that `canEdit` allows to replace, and a result
 * that leaves nothing new to fix.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { findMisspellings } from "./misspelling.js"
 * findMisspellings("Cập nhập, niêm yết").map((m) => [m.found, m.right[0], m.safe]) // [["Cập nhập", "Cập nhật", true]]
 * ```
 */
export const findMisspellings = (
  text: string,
  matcher: MisspellingMatcher = DEFAULT_MATCHER,
  canEdit: (start: number, end: number) => boolean = () => true
): Array<MisspellingMatch> => {
  const found: Array<MisspellingMatch> = scan(text, matcher).map((m) => ({
    ...m,
    safe: !m.ambiguous && m.right.length === 1 && canEdit(m.start, m.end)
  }))
  // Each round turns at least one fix into a suggestion; a few rounds
  // settle real text, and past them every fix is only suggested.
  for (let round = 0; round < 4; round++) {
    const conflicts = conflictingFixes(text, found, matcher)
    if (conflicts.size === 0) return found
    for (const i of conflicts) found[i] = { ...found[i]!, safe: false }
  }
  return conflictingFixes(text, found, matcher).size === 0 ? found : found.map((m) => ({ ...m, safe: false }))
}

const matcherFor = (options: Partial<MisspellingOptions>): MisspellingMatcher =>
  (options.extra ?? []).length === 0 && (options.ignore ?? []).length === 0
    ? DEFAULT_MATCHER
    : configuredMatcher(options)

const configuredMatcher = perObject((options: Partial<MisspellingOptions>): MisspellingMatcher =>
  compileMisspellings([...MISSPELLINGS, ...(options.extra ?? [])], options.ignore ?? [])
)

const quote = (forms: ReadonlyArray<string>): string => forms.join("” hoặc “")

const DEFAULT_OPTIONS: MisspellingOptions = { extra: [], ignore: [] }

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<MisspellingOptions>({
  meta: {
    id: "misspelling",
    description:
      "Common misspellings of administrative text (cập nhập → cập nhật, bỏ sung → bổ sung), from a curated dictionary.",
    category: "language",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "error" },
    fixable: "safe",
    messages: {
      misspelled: {
        vi: "Sai chính tả: “{found}”; viết đúng là “{expected}”.",
        en: "Misspelling: “{found}” should be “{expected}”."
      },
      possiblyMisspelled: {
        vi: "Có thể sai chính tả: “{found}”; nếu đúng ý thì viết “{expected}”.",
        en: "Possible misspelling: “{found}”; if that is the meaning, write “{expected}”."
      }
    },
    defaultOptions: DEFAULT_OPTIONS,
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        extra: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["wrong", "right"],
            properties: {
              wrong: { type: "string" },
              right: { type: "array", items: { type: "string" } },
              ambiguous: { type: "boolean" }
            }
          }
        },
        ignore: { type: "array", items: { type: "string" } }
      }
    },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Cập nhật, niêm yết đầy đủ các thủ tục hành chính; bổ sung hồ sơ; tuyên truyền trực quan, cô đọng."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Cập nhập, niêm yết đầy đủ các thủ tục hành chính; bỏ sung hồ sơ; 25 xuất xe cô động tuyên truyền."
      ]
    }
  },
  check: (context) => {
    const prepared = PreparedText.of(context.text)
    const matcher = matcherFor(context.options ?? DEFAULT_OPTIONS)
    // An edit may only cover what the prepared text shows (no `**` or
    // zero-width characters hidden inside), so that nothing else changes.
    const canEdit = (start: number, end: number) =>
      context.text.slice(prepared.toOriginal(start), prepared.toOriginalEnd(end)).normalize("NFC") ===
      prepared.text.slice(start, end)
    for (const match of findMisspellings(prepared.text, matcher, canEdit)) {
      const start = prepared.toOriginal(match.start)
      const end = prepared.toOriginalEnd(match.end)
      const fixes: Array<Fix> = canEdit(match.start, match.end)
        ? match.right.map((right) => ({
            tier: match.safe ? ("safe" as const) : ("suggestion" as const),
            description: `“${match.found}” → “${right}”`,
            edits: [{ start, end, text: right }]
          }))
        : []
      const span = prepared.span(match.start, match.end)
      const data = { found: match.found, expected: quote(match.right) }
      const messageId = match.ambiguous ? "possiblyMisspelled" : "misspelled"
      if (match.safe && fixes[0] !== undefined) context.report({ messageId, span, data, fix: fixes[0] })
      else context.report({ messageId, span, data, suggestions: fixes })
    }
  }
})
