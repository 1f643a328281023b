import { describe, expect, test } from "vitest"
import { repeatedLabelsAbove } from "./footer.js"

const lines = (...texts: ReadonlyArray<string>) => texts.map((text) => ({ text }))

describe("repeatedLabelsAbove", () => {
  test("label lines above, across blank lines, nearest first", () => {
    expect(repeatedLabelsAbove(lines("Nội dung./.", "NOI NHAN", "Noi nhận", "", "Nơi nhận:"), 4)).toEqual([
      2, 1
    ])
  })

  test("stops at the first line that is no label, and at the floor", () => {
    expect(repeatedLabelsAbove(lines("Noi nhận", "Nội dung./.", "", "Nơi nhận:"), 3)).toEqual([])
    expect(repeatedLabelsAbove(lines("Noi nhận", "Noi nhận", "Nơi nhận:"), 2, 1)).toEqual([1])
  })

  test("a sentence that opens with the words is no label", () => {
    expect(repeatedLabelsAbove(lines("Nơi nhận hồ sơ là Bộ phận một cửa.", "", "Nơi nhận:"), 2)).toEqual([])
  })
})
