/**
 * `misspelling`: misspellings common in administrative text (`cập nhập`,
 * `bỏ sung`, `đầy mạnh`), from the curated dictionary in
 * `data/misspellings.ts`.
 *
 * The text is scanned once, syllable by syllable; a map keyed by the first
 * syllable of every entry tells in one lookup which entries may start
 * there, so the cost is linear in the text whatever the dictionary size.
 * The fixed text is scanned once more (a few rounds at most) so that a
 * safe fix never creates a new misspelling with its neighbours.
 */
import { foldToneMarks, isUpperCaseText, PreparedText } from "@cchc/core"
import { MISSPELLINGS, type MisspellingEntry } from "../data/misspellings.js"
import type { Fix } from "../diagnostic.js"
import { defineRule } from "../rule.js"

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

// A syllable is a run of letters (the text is NFC, so marks are composed).
const SYLLABLE = /\p{L}+/gu
const ONLY_SPACES = /^[ ]+$/

// Syllables repeat a great deal across a document: memoise their keys.
const SYLLABLE_KEYS = new Map<string, string>()
const syllableKey = (syllable: string): string => {
  let key = SYLLABLE_KEYS.get(syllable)
  if (key === undefined) {
    key = foldToneMarks(syllable).toLowerCase()
    if (SYLLABLE_KEYS.size > 20_000) SYLLABLE_KEYS.clear()
    SYLLABLE_KEYS.set(syllable, key)
  }
  return key
}

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
    Pick<MisspellingEntry, "wrong" | "right" | "ambiguous" | "unlessFollowedBy" | "unlessPrecededBy">
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
      unlessPrecededBy: new Set((entry.unlessPrecededBy ?? []).map(syllableKey))
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

// One left-to-right pass over the syllables of `text`.
const scan = (text: string, matcher: MisspellingMatcher): Array<RawMatch> => {
  const tokens: Array<{ start: number; end: number; key: string }> = []
  SYLLABLE.lastIndex = 0
  for (let m = SYLLABLE.exec(text); m !== null; m = SYLLABLE.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, key: syllableKey(m[0]) })
  }
  const joined = (a: number, b: number): boolean =>
    ONLY_SPACES.test(text.slice(tokens[a]!.end, tokens[b]!.start))
  const found: Array<RawMatch> = []
  for (let i = 0; i < tokens.length; i++) {
    const candidates = matcher.get(tokens[i]!.key)
    if (candidates === undefined) continue
    const hit = candidates.find((entry) => {
      const n = entry.syllables.length
      if (i + n > tokens.length) return false
      for (let k = 1; k < n; k++) {
        if (tokens[i + k]!.key !== entry.syllables[k] || !joined(i + k - 1, i + k)) return false
      }
      const next = i + n < tokens.length && joined(i + n - 1, i + n) ? tokens[i + n]!.key : null
      if (next !== null && entry.unlessFollowedBy.has(next)) return false
      const previous = i > 0 && joined(i - 1, i) ? tokens[i - 1]!.key : null
      if (previous !== null && entry.unlessPrecededBy.has(previous)) return false
      return true
    })
    if (hit === undefined) continue
    const last = tokens[i + hit.syllables.length - 1]!
    const start = tokens[i]!.start
    const written = text.slice(start, last.end)
    const words = written.split(/[ ]+/)
    if (words.length > 1 && !isUpperCaseText(written) && words.every(isCapitalised)) continue
    found.push({
      start,
      end: last.end,
      found: written,
      right: hit.right.map((r) => matchCase(written, r)),
      ambiguous: hit.ambiguous
    })
    i += hit.syllables.length - 1
  }
  return found
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

const matcherCache = new WeakMap<object, MisspellingMatcher>()

const matcherFor = (options: Partial<MisspellingOptions>): MisspellingMatcher => {
  const extra = options.extra ?? []
  const ignore = options.ignore ?? []
  if (extra.length === 0 && ignore.length === 0) return DEFAULT_MATCHER
  const cached = matcherCache.get(options)
  if (cached !== undefined) return cached
  const matcher = compileMisspellings([...MISSPELLINGS, ...extra], ignore)
  matcherCache.set(options, matcher)
  return matcher
}

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
