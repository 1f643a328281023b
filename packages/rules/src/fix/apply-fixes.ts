/**
 * Applying fixes to a text: safe fixes by default, never two edits over
 * the same characters in one pass.
 *
 * @since 0.1.0
 */
import type { Diagnostic, FixTier, TextEdit } from "../diagnostic.js"

/**
 * Options of {@link applyFixes}: which fix tiers to apply (`["safe"]`
 * unless told otherwise).
 *
 * @since 0.1.0
 * @category fixes
 */
export interface ApplyFixesOptions {
  readonly tiers?: ReadonlyArray<FixTier>
}

/**
 * The fixed text, the diagnostics whose fix was applied and those whose
 * fix was skipped because it overlapped an earlier one (lint again and a
 * later pass can apply it).
 *
 * @since 0.1.0
 * @category fixes
 */
export interface FixResult {
  readonly output: string
  readonly applied: ReadonlyArray<Diagnostic>
  readonly conflicts: ReadonlyArray<Diagnostic>
}

// Two edits clash when they cover common characters, or when both insert
// at, or one starts at, the same offset (their order would be a guess).
const clash = (a: TextEdit, b: TextEdit): boolean =>
  (a.start < b.end && b.start < a.end) || a.start === b.start

// The edits of a fix, read once (an edit's offsets may be getters), in
// text order.
const snapshot = (edits: ReadonlyArray<TextEdit>): Array<TextEdit> =>
  edits.map((e) => ({ start: e.start, end: e.end, text: e.text })).sort((a, b) => a.start - b.start)

const inside = (e: TextEdit, length: number): boolean =>
  Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= length

// The index of the first accepted edit that starts at or after `offset`.
const firstFrom = (accepted: ReadonlyArray<TextEdit>, offset: number): number => {
  let low = 0
  let high = accepted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (accepted[mid]!.start < offset) low = mid + 1
    else high = mid
  }
  return low
}

// Accepted edits never clash, so in start order each ends at or before the
// next starts: an edit clashes with one of them only if it clashes with its
// neighbours in that order.
const clashesWithAccepted = (accepted: ReadonlyArray<TextEdit>, e: TextEdit): boolean => {
  const last = accepted[accepted.length - 1]
  // Fixes come in text order: most edits go after every accepted one.
  if (last === undefined) return false
  if (last.start < e.start) return clash(last, e)
  const i = firstFrom(accepted, e.start)
  return (i > 0 && clash(accepted[i - 1]!, e)) || (i < accepted.length && clash(accepted[i]!, e))
}

const accept = (accepted: Array<TextEdit>, e: TextEdit): void => {
  const last = accepted[accepted.length - 1]
  if (last === undefined || last.start < e.start) accepted.push(e)
  else accepted.splice(firstFrom(accepted, e.start), 0, e)
}

/**
 * Applies the fixes of `diagnostics` to `text`. A fix is applied whole or
 * not at all; fixes are taken in text order and one that overlaps an
 * already accepted edit goes to `conflicts`. Edits outside the text are
 * conflicts too.
 *
 * @since 0.1.0
 * @category fixes
 * @example
 * ```ts
 * import { applyFixes, lint } from "@cchc/rules"
 * const text = "Quảng Ngãi, ngày 05 tháng 03 năm 2020"
 * applyFixes(text, lint(text, { today: "2024-01-01" }).diagnostics).output
 * // "Quảng Ngãi, ngày 05 tháng 3 năm 2020"
 * ```
 */
export const applyFixes = (
  text: string,
  diagnostics: ReadonlyArray<Diagnostic>,
  options: ApplyFixesOptions = {}
): FixResult => {
  const tiers = options.tiers ?? ["safe"]
  const candidates = diagnostics
    .filter((d) => d.fix !== null && tiers.includes(d.fix.tier) && d.fix.edits.length > 0)
    .map((d, order) => {
      const edits = snapshot(d.fix!.edits)
      return { d, edits, first: edits[0]!.start, order }
    })
    .sort((a, b) => a.first - b.first || a.order - b.order)
  // Kept in start order; the output is built from them in one pass.
  const accepted: Array<TextEdit> = []
  const applied: Array<Diagnostic> = []
  const conflicts: Array<Diagnostic> = []
  for (const { d, edits } of candidates) {
    const ok =
      edits.every((e) => inside(e, text.length)) &&
      edits.every((e, i) => i === 0 || !clash(edits[i - 1]!, e)) &&
      !edits.some((e) => clashesWithAccepted(accepted, e))
    if (!ok) {
      conflicts.push(d)
      continue
    }
    for (const e of edits) accept(accepted, e)
    applied.push(d)
  }
  const parts: Array<string> = []
  let at = 0
  for (const e of accepted) {
    parts.push(text.slice(at, e.start), e.text)
    at = e.end
  }
  parts.push(text.slice(at))
  const output = parts.join("")
  return { output, applied, conflicts }
}
