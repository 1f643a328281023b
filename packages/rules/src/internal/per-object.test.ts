import { expect, test } from "vitest"
import { perObject } from "./per-object.js"

test("derives once per object, null included, and apart for another object", () => {
  let calls = 0
  const derive = perObject((o: { readonly n: number }) => (calls++, o.n > 0 ? o.n : null))
  const a = { n: 0 }
  const b = { n: 2 }
  expect(derive(a)).toBeNull()
  expect(derive(a)).toBeNull()
  expect(derive(b)).toBe(2)
  expect(derive({ n: 2 })).toBe(2)
  expect(calls).toBe(3)
})
