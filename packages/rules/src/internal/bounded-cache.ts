/**
 * A memo table that forgets everything once it holds `max` entries, for
 * pure functions of small keys that the rules call again and again (dates
 * of a report period, keys of reference names): memory stays bounded
 * whatever the input.
 *
 * @example
 * ```ts
 * const squares = new BoundedCache<number, number>(2)
 * squares.get(3, () => 9) // 9 (computed)
 * squares.get(3, () => 0) // 9 (remembered)
 * ```
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(private readonly max = 4096) {}

  /** The value remembered for `key`, or `compute()` remembered. */
  get(key: K, compute: () => V): V {
    const known = this.entries.get(key)
    if (known !== undefined || this.entries.has(key)) return known as V
    const value = compute()
    if (this.entries.size >= this.max) this.entries.clear()
    this.entries.set(key, value)
    return value
  }
}
