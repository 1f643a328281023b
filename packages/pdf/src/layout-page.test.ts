import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { layoutPage, type PageLine } from "./layout-page.js"
import type { PositionedText } from "./positioned-text.js"

// Synthetic pages laid out as a Decree-30 document is: the header and
// footer tables (a left cell about 40 % of the text width, the rest on
// the right, each line centred in its cell), the body across the page.
// Widths are estimated at half an em per character, as for a serif font.

const PAGE_LEFT = 85
const PAGE_RIGHT = 552
const GUTTER = 270

const width = (text: string, size: number) => text.length * size * 0.5

const textOf = (lines: ReadonlyArray<PageLine>): string =>
  lines
    .map((l, i) => `${l.blankBefore && i > 0 ? "\n" : ""}${l.pieces.map((p) => p.text).join("")}`)
    .join("\n")

interface Cell {
  readonly lines: ReadonlyArray<string>
  readonly size: number
}

/** The runs of a table row: two cells, lines centred, baselines from `top`. */
const row = (left: Cell, right: Cell, top: number, item: { next: number }): Array<PositionedText> => {
  const out: Array<PositionedText> = []
  const place = (cell: Cell, from: number, to: number) =>
    cell.lines.forEach((text, i) => {
      const w = width(text, cell.size)
      out.push({
        text,
        x: (from + to - w) / 2,
        y: top + i * cell.size * 1.15,
        width: w,
        size: cell.size,
        item: item.next++
      })
    })
  place(left, PAGE_LEFT, GUTTER - 10)
  place(right, GUTTER + 10, PAGE_RIGHT)
  return out
}

describe("layoutPage", () => {
  test("reads the header table left cell first, then the right cell, then the title", () => {
    const item = { next: 0 }
    const items = [
      ...row(
        { lines: ["UBND TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ"], size: 13 },
        { lines: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], size: 13 },
        60,
        item
      ),
      ...row(
        { lines: ["Số: 05/BC-SNV"], size: 13 },
        { lines: ["Quảng Ngãi, ngày 05 tháng 3 năm 2026"], size: 14 },
        100,
        item
      ),
      { text: "BÁO CÁO", x: 290, y: 140, width: 60, size: 14, item: item.next++ },
      { text: "Công tác cải cách hành chính", x: 220, y: 156, width: 200, size: 14, item: item.next++ }
    ]
    expect(textOf(layoutPage(items, 1))).toBe(
      [
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ NỘI VỤ",
        "",
        "Số: 05/BC-SNV",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Quảng Ngãi, ngày 05 tháng 3 năm 2026",
        "",
        "BÁO CÁO",
        "Công tác cải cách hành chính"
      ].join("\n")
    )
  })

  test("keeps a signature's space and a long Nơi nhận list in the footer table", () => {
    const item = { next: 0 }
    const left = ["Nơi nhận:", "- Như trên;", "- Sở Nội vụ;", "- Lưu: VT."].map((text, i) => ({
      text,
      x: PAGE_LEFT,
      y: 500 + i * 13.8,
      width: width(text, 12),
      size: 12,
      item: item.next++
    }))
    const right = [
      { text: "GIÁM ĐỐC", y: 500 },
      { text: "Nguyễn Văn A", y: 570 }
    ].map(({ text, y }) => ({ text, x: 400, y, width: width(text, 14), size: 14, item: item.next++ }))
    const body = {
      text: "Trên đây là báo cáo của Sở Nội vụ./.",
      x: 121,
      y: 470,
      width: 300,
      size: 14,
      item: item.next++
    }
    expect(textOf(layoutPage([...right, ...left, body], 1))).toBe(
      [
        "Trên đây là báo cáo của Sở Nội vụ./.",
        "",
        "Nơi nhận:",
        "- Như trên;",
        "- Sở Nội vụ;",
        "- Lưu: VT.",
        "",
        "GIÁM ĐỐC",
        "",
        "Nguyễn Văn A"
      ].join("\n")
    )
  })

  test("keeps wrapped body lines as lines and puts a blank line where paragraph spacing is", () => {
    const line = (text: string, x: number, y: number, item: number) => ({
      text,
      x,
      y,
      width: PAGE_RIGHT - x,
      size: 14,
      item
    })
    const items = [
      line("Thực hiện Kế hoạch số 118/KH-SNV ngày 09/01/2026 của Sở Nội vụ, Ủy", 121, 100, 0),
      line("ban nhân dân xã báo cáo như", 85, 119.3, 1),
      { text: "sau:", x: 85, y: 138.6, width: 22, size: 14, item: 2 },
      line("1. Công tác chỉ đạo", 121, 163.9, 3),
      line("Ủy ban nhân dân xã đã ban hành kế hoạch cải cách hành chính năm", 121, 189.2, 4),
      line("2026.", 85, 208.5, 5)
    ]
    expect(textOf(layoutPage(items, 1))).toBe(
      [
        "Thực hiện Kế hoạch số 118/KH-SNV ngày 09/01/2026 của Sở Nội vụ, Ủy",
        "ban nhân dân xã báo cáo như",
        "sau:",
        "",
        "1. Công tác chỉ đạo",
        "",
        "Ủy ban nhân dân xã đã ban hành kế hoạch cải cách hành chính năm",
        "2026."
      ].join("\n")
    )
  })

  test("a first-line indent starts a paragraph when there is no paragraph spacing", () => {
    const items = [
      { text: "Dòng cuối của đoạn trước.", x: 85, y: 100, width: 160, size: 14, item: 0 },
      {
        text: "Đoạn sau bắt đầu thụt vào một khoảng và chạy đến lề phải của",
        x: 121,
        y: 119.3,
        width: 431,
        size: 14,
        item: 1
      },
      { text: "trang.", x: 85, y: 138.6, width: 35, size: 14, item: 2 },
      { text: "Thêm một dòng ở lề trái để đo lề.", x: 85, y: 157.9, width: 200, size: 14, item: 3 }
    ]
    expect(textOf(layoutPage(items, 1)).split("\n")).toEqual([
      "Dòng cuối của đoạn trước.",
      "",
      "Đoạn sau bắt đầu thụt vào một khoảng và chạy đến lề phải của",
      "trang.",
      "Thêm một dòng ở lề trái để đo lề."
    ])
  })

  test("joins runs of one line with a space only where there is a gap", () => {
    const items = [
      { text: "Kính g", x: 200, y: 100, width: 42, size: 14, item: 0 },
      { text: "ửi:", x: 242, y: 100, width: 18, size: 14, item: 1 },
      { text: "Sở Nội vụ", x: 264, y: 100, width: 60, size: 14, item: 2 }
    ]
    const [line] = layoutPage(items, 1)
    expect(line!.pieces).toEqual([
      { text: "Kính g", item: 0 },
      { text: "ửi:", item: 1 },
      { text: " ", item: null },
      { text: "Sở Nội vụ", item: 2 }
    ])
  })

  test("leaves out the running page number at the top or foot of the page, and only that", () => {
    const items = [
      { text: "2", x: 295, y: 30, width: 7, size: 13, item: 0 },
      { text: "Nội dung trang hai.", x: 85, y: 80, width: 120, size: 14, item: 1 },
      { text: "2", x: 85, y: 99.3, width: 7, size: 14, item: 2 },
      { text: "Cuối trang.", x: 85, y: 118.6, width: 70, size: 14, item: 3 }
    ]
    expect(textOf(layoutPage(items, 2))).toBe("Nội dung trang hai.\n2\nCuối trang.")
    expect(textOf(layoutPage(items, 3))).toBe("2\n\nNội dung trang hai.\n2\nCuối trang.")
  })

  // Words of Vietnamese letters only: no digits, so no line is a page number.
  const word = fc.constantFrom(
    "ỦY",
    "BAN",
    "NHÂN",
    "DÂN",
    "Sở",
    "Nội",
    "vụ",
    "Kính",
    "gửi",
    "báo",
    "cáo",
    "Hạnh",
    "phúc"
  )
  const cellLine = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "))
  const cell = fc.record({
    lines: fc.array(cellLine, { minLength: 1, maxLength: 4 }),
    size: fc.constantFrom(12, 13, 14)
  })

  test("property: any header table is read left cell, right cell, then the body, nothing lost", () => {
    fc.assert(
      fc.property(
        cell,
        cell,
        fc.array(cellLine, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (left, right, body, shuffled) => {
          const item = { next: 0 }
          const table = row(left, right, 60, item)
          const top = 60 + Math.max(left.lines.length, right.lines.length) * 16 + 30
          const bodyItems = body.map((text, i) => ({
            text: `${text} ${"dài ".repeat(30)}`.trim(),
            x: PAGE_LEFT,
            y: top + i * 19.3,
            width: PAGE_RIGHT - PAGE_LEFT,
            size: 14,
            item: item.next++
          }))
          // The order of a content stream is the producer's: the layout must not depend on it.
          const items = shuffled ? [...bodyItems, ...table].reverse() : [...table, ...bodyItems]
          const lines = layoutPage(items, 1)
          const texts = lines.map((l) => l.pieces.map((p) => p.text).join(""))
          expect(texts).toEqual([...left.lines, ...right.lines, ...bodyItems.map((b) => b.text)])
          expect(lines[left.lines.length]!.blankBefore).toBe(true)
          expect(lines[left.lines.length + right.lines.length]!.blankBefore).toBe(true)
          // Every item is used once, whole.
          const used = lines.flatMap((l) => l.pieces.filter((p) => p.item !== null).map((p) => p.item))
          expect([...used].sort((a, b) => a! - b!)).toEqual(items.map((i) => i.item).sort((a, b) => a - b))
        }
      )
    )
  })

  test("property: whatever the positions, every non-space character of the page is kept", () => {
    const run = fc.record({
      text: cellLine,
      x: fc.integer({ min: 0, max: 500 }),
      y: fc.integer({ min: 0, max: 800 }),
      size: fc.constantFrom(10, 12, 14)
    })
    fc.assert(
      fc.property(fc.array(run, { maxLength: 40 }), (runs) => {
        const items = runs.map((r, item) => ({ ...r, width: width(r.text, r.size), item }))
        const lines = layoutPage(items, 1)
        const letters = (s: string) => [...s.replace(/\s/gu, "")].sort().join("")
        expect(letters(lines.flatMap((l) => l.pieces.map((p) => p.text)).join(""))).toBe(
          letters(items.map((i) => i.text).join(""))
        )
      })
    )
  })
})
