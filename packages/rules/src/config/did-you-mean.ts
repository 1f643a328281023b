/**
 * Suggestions for mistyped names.
 *
 * @since 0.1.0
 */

import { closestName } from "@cchc/core/internal"

/**
 * ` (did you mean 'x'?)` for the known name closest to `typed`, or `""`
 * when none is close (at most a third of the letters differ).
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { didYouMean } from "@cchc/rules"
 * didYouMean("recomended", ["recommended", "strict", "all"]) // " (did you mean 'recommended'?)"
 * didYouMean("zzz", ["recommended"]) // ""
 * ```
 */
export const didYouMean = (typed: string, known: Iterable<string>): string => {
  const best = closestName(typed, [...known])
  return best === null ? "" : ` (did you mean '${best}'?)`
}
