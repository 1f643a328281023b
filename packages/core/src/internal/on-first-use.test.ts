import { expect, test } from "vitest"
import { onFirstUse } from "./on-first-use.js"

test("builds on the first call only, undefined included", () => {
  let builds = 0
  const table = onFirstUse(() => {
    builds++
    return undefined
  })
  expect(builds).toBe(0)
  expect(table()).toBeUndefined()
  expect(table()).toBeUndefined()
  expect(builds).toBe(1)
})
