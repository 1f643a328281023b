import fc from "fast-check"
import { expect, test } from "vitest"
import { partitionPoint } from "./partition-point.js"

test("partitionPoint finds where a sorted array passes a value", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -50, max: 50 })),
      fc.integer({ min: -60, max: 60 }),
      (values, x) => {
        const sorted = [...values].sort((a, b) => a - b)
        const expected = sorted.filter((v) => v <= x).length
        expect(partitionPoint(sorted.length, (i) => sorted[i]! <= x)).toBe(expected)
      }
    )
  )
})
