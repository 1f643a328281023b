import { describe, expect, test } from "vitest"
import { isParagraphBreak, linePitch } from "./paragraph-breaks.js"

const line = (y: number, left = 85, size = 14) => ({ runs: [], y, size, left, right: 550 })
const column = (...ys: Array<number>) => ys.map((y) => line(y))

describe("linePitch", () => {
  test("the line spacing of the body, even where paragraph spacing is more common", () => {
    // Two wrapped lines (19.3 pt) and four paragraph gaps (25.3 pt).
    expect(linePitch([column(0, 19.3, 38.6, 63.9, 89.2, 114.5, 139.8)])).toBe(1.4)
  })

  test("a lone single-spaced title line does not set the pitch", () => {
    expect(linePitch([column(0, 16.1, 41.4, 60.7, 80, 105.3)])).toBe(1.4)
  })

  test("single spacing by default, when nothing can be measured", () => {
    expect(linePitch([])).toBe(1.2)
    expect(linePitch([column(0, 100)])).toBe(1.2)
  })
})

describe("isParagraphBreak", () => {
  test("paragraph spacing breaks, line spacing does not", () => {
    expect(isParagraphBreak(line(100), line(119.3), 1.38, 85)).toBe(false)
    expect(isParagraphBreak(line(100), line(125.3), 1.38, 85)).toBe(true)
  })

  test("a first-line indent under a line at the margin breaks; a centred cell line does not", () => {
    expect(isParagraphBreak(line(100, 85), line(119.3, 121), 1.38, 85)).toBe(true)
    expect(isParagraphBreak(line(100, 121), line(119.3, 121), 1.38, 85)).toBe(false)
    expect(isParagraphBreak(line(100, 100, 13), line(115, 117, 13), 1.15, Number.NaN)).toBe(false)
    // Far to the right is not an indent: a centred line.
    expect(isParagraphBreak(line(100, 85), line(119.3, 250), 1.38, 85)).toBe(false)
  })
})
