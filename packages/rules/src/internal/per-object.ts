/**
 * Values derived once per object: the arrays and option objects of the
 * rules and of a configuration are the same for every document linted, so
 * what is built from them (folded keys, merged templates, a regex) is kept
 * with them, and dropped with them.
 */

/**
 * `derive`, remembered per object by identity (a `WeakMap`).
 *
 * @example
 * ```ts
 * const labelOf = perObject((names: ReadonlyArray<string>) => names.join(", "))
 * const names = ["Báo cáo", "Kế hoạch"]
 * labelOf(names) === labelOf(names) // true, joined once
 * ```
 */
export const perObject = <K extends object, V>(derive: (key: K) => V): ((key: K) => V) => {
  const derived = new WeakMap<K, { readonly value: V }>()
  return (key) => {
    let known = derived.get(key)
    if (known === undefined) {
      known = { value: derive(key) }
      derived.set(key, known)
    }
    return known.value
  }
}
