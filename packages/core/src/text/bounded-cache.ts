/**
 * A memo table with a bound on its size, for the pure functions of short
 * strings that the parser and the rules ask again and again (folding keys,
 * issuer lines, syllables): memory stays bounded whatever the input.
 *
 * @since 0.1.0
 */

/**
 * Remembers computed values by string key. When it holds `max` entries it
 * forgets them all (cheaper than tracking recency, and the working set of
 * one document is far smaller); keys longer than `maxKeyLength` are
 * computed but not kept, so that long lines do not fill it.
 *
 * @since 0.1.0
 * @category text
 * @example
 * ```ts
 * import { BoundedCache } from "@cchc/core/internal"
 * const lengths = new BoundedCache<number>({ max: 2 })
 * lengths.get("Sở Nội vụ", (key) => key.length) // 9 (computed)
 * lengths.get("Sở Nội vụ", () => 0) // 9 (remembered)
 * ```
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>()
  private readonly max: number
  private readonly maxKeyLength: number

  constructor(options: { readonly max?: number; readonly maxKeyLength?: number } = {}) {
    this.max = options.max ?? 4096
    this.maxKeyLength = options.maxKeyLength ?? Number.POSITIVE_INFINITY
  }

  /** The value remembered for `key`, or `compute(key)`, remembered. */
  get(key: string, compute: (key: string) => V): V {
    const known = this.entries.get(key)
    if (known !== undefined || this.entries.has(key)) return known as V
    const value = compute(key)
    if (key.length <= this.maxKeyLength) {
      if (this.entries.size >= this.max) this.entries.clear()
      this.entries.set(key, value)
    }
    return value
  }
}
