import { expect, test } from "vitest"
import { isRunningPageNumber } from "./running-page-number.js"

test("the forms of a printed page number, for that page only", () => {
  for (const text of ["2", " 2 ", "- 2 -", "– 2 –", "Trang 2", "2/5", "2 / 5"])
    expect(isRunningPageNumber(text, 2), text).toBe(true)
  for (const text of ["3", "2026", "-2", "2.", "Điều 2", "2/", "a/5", "", "- -"])
    expect(isRunningPageNumber(text, 2), text).toBe(false)
})
