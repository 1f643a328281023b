/**
 * Applying fixes in passes until none is left: one fix can make the next
 * one possible (an edit that overlapped another waits a pass; a repaired
 * line can be read further), so a fixed text is checked again after each
 * pass.
 *
 * @since 0.1.0
 */
import type { Diagnostic, FixTier } from "../diagnostic.js"
import { applyFixes } from "./apply-fixes.js"

/**
 * How many passes {@link fixUntilStable} makes before it gives up, unless
 * told otherwise: a text that still has fixes to apply after ten passes
 * has fixes that undo each other, and another pass would not settle it.
 *
 * @since 0.1.0
 * @category fixes
 */
export const DEFAULT_MAX_FIX_PASSES = 10

/**
 * Options of {@link fixUntilStable}.
 *
 * @since 0.1.0
 * @category fixes
 */
export interface FixUntilStableOptions {
  /** The most passes that change the text ({@link DEFAULT_MAX_FIX_PASSES}). */
  readonly maxPasses?: number
  /** The fix tiers to apply (`["safe"]`). */
  readonly tiers?: ReadonlyArray<FixTier>
  /**
   * Rewrites the diagnostics of a pass before their fixes are applied:
   * for instance, to write the line breaks the fixes insert as `\r\n`.
   */
  readonly prepare?: (diagnostics: ReadonlyArray<Diagnostic>) => ReadonlyArray<Diagnostic>
}

/**
 * The fixed text and the check of it.
 *
 * @since 0.1.0
 * @category fixes
 */
export interface StableFix<R> {
  /** The text with every pass of fixes applied (the input when nothing applied). */
  readonly output: string
  /** What `check` returned for `output`: the diagnostics left after fixing. */
  readonly result: R
  /** The passes that changed the text. */
  readonly passes: number
  /** The fixes applied over all passes. */
  readonly applied: number
  /**
   * `false` when fixes still applied after `maxPasses` passes: `output` is
   * then the text after the last pass allowed, and `result` its check.
   */
  readonly stable: boolean
}

/**
 * Checks `text` with `check`, applies the fixes of its diagnostics (safe
 * fixes unless told otherwise), and checks and fixes again until no fix
 * applies or `maxPasses` passes have changed the text. `check` is any
 * function that reads a text and gives its diagnostics, such as
 * `(t) => lint(t, config)`; it is called once per pass and once more on
 * the final text, whose check is returned with it.
 *
 * @since 0.1.0
 * @category fixes
 * @example
 * ```ts
 * import { fixUntilStable, lint } from "@cchc/rules"
 * const text = "Quảng Ngãi, ngày 05 tháng 03 năm 2020"
 * const fixed = fixUntilStable(text, (t) => lint(t, { today: "2024-01-01" }))
 * fixed.output // "Quảng Ngãi, ngày 05 tháng 3 năm 2020"
 * fixed.stable // true
 * ```
 */
export const fixUntilStable = <R extends { readonly diagnostics: ReadonlyArray<Diagnostic> }>(
  text: string,
  check: (text: string) => R,
  options: FixUntilStableOptions = {}
): StableFix<R> => {
  const maxPasses = options.maxPasses ?? DEFAULT_MAX_FIX_PASSES
  const tiers = options.tiers ?? ["safe"]
  let output = text
  let result = check(output)
  let passes = 0
  let applied = 0
  for (;;) {
    const fixable = result.diagnostics.filter((d) => d.fix !== null && tiers.includes(d.fix.tier))
    if (fixable.length === 0) break
    const pass = applyFixes(output, options.prepare?.(fixable) ?? fixable, { tiers })
    // Fixes that all clash, or whose edits rewrite text as it was, are
    // done: another pass would find the same ones.
    if (pass.applied.length === 0 || pass.output === output) break
    if (passes === maxPasses) return { output, result, passes, applied, stable: false }
    output = pass.output
    passes++
    applied += pass.applied.length
    result = check(output)
  }
  return { output, result, passes, applied, stable: true }
}
