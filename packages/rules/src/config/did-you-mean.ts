/**
 * Suggestions for mistyped names.
 *
 * @since 0.1.0
 */

const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

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
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const name of known) {
    const d = distance(typed.toLowerCase(), name.toLowerCase())
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(typed.length / 3))
    ? ` (did you mean '${best}'?)`
    : ""
}
