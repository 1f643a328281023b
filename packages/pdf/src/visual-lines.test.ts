import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { groupVisualLines } from "./visual-lines.js"

const run = (text: string, x: number, y: number, size = 14, item = 0) => ({
  text,
  x,
  y,
  width: text.length * 6,
  size,
  item
})

describe("groupVisualLines", () => {
  test("a run set 1 pt lower in another font stays on its line; the next line does not", () => {
    const lines = groupVisualLines([
      run("Hà Nội, ngày 02 tháng 3 năm 2026", 300, 126.4, 14, 1),
      run("Số: 05/BC-UBND", 130, 125.5, 13, 0),
      run("BÁO CÁO", 280, 142, 14, 2)
    ])
    expect(lines.map((l) => l.runs.map((r) => r.item))).toEqual([[0, 1], [2]])
    expect(lines[0]).toMatchObject({ size: 14, left: 130 })
  })

  test("runs of white space are dropped: gaps say where spaces are", () => {
    expect(
      groupVisualLines([run("Số", 100, 100), run("   ", 112, 100), run("", 130, 100)])[0]!.runs
    ).toHaveLength(1)
  })

  test("property: lines come top to bottom, runs left to right, every run once", () => {
    const item = fc.record({
      x: fc.integer({ min: 0, max: 500 }),
      y: fc.integer({ min: 0, max: 800 }),
      size: fc.constantFrom(10, 13, 14)
    })
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const lines = groupVisualLines(items.map((p, i) => ({ ...p, text: "chữ", width: 18, item: i })))
        expect(lines.flatMap((l) => l.runs.map((r) => r.item)).sort((a, b) => a - b)).toEqual(
          items.map((_, i) => i)
        )
        for (let i = 1; i < lines.length; i++) expect(lines[i]!.y).toBeGreaterThan(lines[i - 1]!.y)
        for (const line of lines)
          for (let k = 1; k < line.runs.length; k++)
            expect(line.runs[k]!.x).toBeGreaterThanOrEqual(line.runs[k - 1]!.x)
      })
    )
  })
})
