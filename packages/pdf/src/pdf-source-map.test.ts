import fc from "fast-check"
import { expect, test } from "vitest"
import { pdfSourceAt, type PdfSegment } from "./pdf-source-map.js"

test("an offset inside a segment is its item; between segments, the page before", () => {
  const segments = [
    { start: 0, end: 7, page: 1, item: 0 },
    { start: 8, end: 20, page: 2, item: 3 }
  ]
  expect(pdfSourceAt(segments, 0)).toEqual({ page: 1, item: 0 })
  expect(pdfSourceAt(segments, 7)).toEqual({ page: 1, item: null })
  expect(pdfSourceAt(segments, 19)).toEqual({ page: 2, item: 3 })
  expect(pdfSourceAt(segments, 25)).toEqual({ page: 2, item: null })
  expect(pdfSourceAt(segments, -1)).toBeNull()
  expect(pdfSourceAt([], 0)).toBeNull()
})

test("property: the binary search agrees with a scan", () => {
  const gaps = fc.array(
    fc.record({ gap: fc.nat(3), length: fc.integer({ min: 1, max: 9 }), newPage: fc.boolean() }),
    {
      maxLength: 30
    }
  )
  fc.assert(
    fc.property(gaps, fc.nat(300), (parts, offset) => {
      const segments: Array<PdfSegment> = []
      let at = 0
      let page = 1
      parts.forEach((p, item) => {
        if (p.newPage) page++
        segments.push({ start: at + p.gap, end: at + p.gap + p.length, page, item })
        at += p.gap + p.length
      })
      const before = segments.filter((s) => s.start <= offset).pop()
      expect(pdfSourceAt(segments, offset)).toEqual(
        before === undefined ? null : { page: before.page, item: offset < before.end ? before.item : null }
      )
    })
  )
})
