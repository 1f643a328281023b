/**
 * The binary search the offset maps share.
 */

/**
 * The number of leading indices `i < length` for which `isBefore(i)` holds,
 * when it holds for a prefix of them and fails for the rest: the index of
 * the first that fails. O(log length).
 *
 * @example
 * ```ts
 * const starts = [0, 10, 20]
 * partitionPoint(starts.length, (i) => starts[i]! <= 15) - 1 // 1: the last start at or below 15
 * ```
 */
export const partitionPoint = (length: number, isBefore: (index: number) => boolean): number => {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isBefore(middle)) low = middle + 1
    else high = middle
  }
  return low
}
