/**
 * The known name closest to a mistyped one, for "did you mean" hints.
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
 * The name of `known` closest to `typed` in letters, case aside, when at
 * most a third of its letters differ (`kinhgui` → `kinhGui`); else `null`.
 * Shared by the spec decoder here and the configuration checks of
 * `@cchc/rules`.
 *
 * @example
 * ```ts
 * import { closestName } from "@cchc/core/internal"
 * closestName("kinhgui", ["kinhGui", "title"]) // "kinhGui"
 * closestName("zzz", ["title"]) // null
 * ```
 */
export const closestName = (typed: string, known: ReadonlyArray<string>): string | null => {
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const name of known) {
    const d = distance(typed.toLowerCase(), name.toLowerCase())
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(typed.length / 3)) ? best : null
}
