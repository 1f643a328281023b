/**
 * Reference tables folded or indexed once, when first asked for: a program
 * that never asks does not pay for them at start-up.
 */

/**
 * A function that returns the value `build` gives on its first call, then
 * that same value on every call.
 *
 * @example
 * ```ts
 * const squares = onFirstUse(() => new Map([[2, 4]]))
 * squares() === squares() // true, built once
 * ```
 */
export const onFirstUse = <T>(build: () => T): (() => T) => {
  let built: { readonly value: T } | undefined
  return () => (built ??= { value: build() }).value
}
