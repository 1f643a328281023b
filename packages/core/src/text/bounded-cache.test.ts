import { describe, expect, test } from "vitest"
import { BoundedCache } from "./bounded-cache.js"

describe("BoundedCache", () => {
  test("computes once per key, null included", () => {
    const cache = new BoundedCache<string | null>()
    let calls = 0
    const compute = (key: string) => {
      calls++
      return key === "" ? null : key.toUpperCase()
    }
    expect(cache.get("a", compute)).toBe("A")
    expect(cache.get("a", compute)).toBe("A")
    expect(cache.get("", compute)).toBeNull()
    expect(cache.get("", compute)).toBeNull()
    expect(calls).toBe(2)
  })

  test("forgets everything once full", () => {
    const cache = new BoundedCache<number>({ max: 2 })
    let calls = 0
    const compute = (key: string) => ++calls + key.length
    cache.get("a", compute)
    cache.get("b", compute)
    cache.get("c", compute) // full: cleared, then "c" kept
    cache.get("a", compute)
    expect(calls).toBe(4)
  })

  test("does not keep keys longer than maxKeyLength", () => {
    const cache = new BoundedCache<number>({ maxKeyLength: 3 })
    let calls = 0
    const compute = (key: string) => (calls++, key.length)
    cache.get("long key", compute)
    cache.get("long key", compute)
    cache.get("abc", compute)
    cache.get("abc", compute)
    expect(calls).toBe(3)
  })
})
