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

const firstStart = (edits: ReadonlyArray<TextEdit>): number =>
  edits.reduce((min, e) => Math.min(min, e.start), Number.POSITIVE_INFINITY)

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
    .map((d, order) => ({ d, edits: d.fix!.edits, order }))
    .sort((a, b) => firstStart(a.edits) - firstStart(b.edits) || a.order - b.order)
  const accepted: Array<TextEdit> = []
  const applied: Array<Diagnostic> = []
  const conflicts: Array<Diagnostic> = []
  for (const { d, edits } of candidates) {
    const inside = edits.every(
      (e) =>
        Number.isInteger(e.start) &&
        Number.isInteger(e.end) &&
        0 <= e.start &&
        e.start <= e.end &&
        e.end <= text.length
    )
    const selfClash = edits.some((e, i) => edits.some((f, j) => i < j && clash(e, f)))
    if (!inside || selfClash || edits.some((e) => accepted.some((a) => clash(a, e)))) {
      conflicts.push(d)
      continue
    }
    accepted.push(...edits)
    applied.push(d)
  }
  accepted.sort((a, b) => a.start - b.start)
  let output = ""
  let at = 0
  for (const e of accepted) {
    output += text.slice(at, e.start) + e.text
    at = e.end
  }
  output += text.slice(at)
  return { output, applied, conflicts }
}
