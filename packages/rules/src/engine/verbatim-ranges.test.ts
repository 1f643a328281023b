import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { lint } from "./lint.js"
import { touchesRange, verbatimRanges } from "./verbatim-ranges.js"

const quoted = (text: string) => verbatimRanges(text).map((r) => text.slice(r.start, r.end))

describe("verbatimRanges", () => {
  test("code spans, backticks included, matched by run length", () => {
    expect(quoted("Viết `Số: 5/BC` thành Số: 05/BC")).toEqual(["`Số: 5/BC`"])
    expect(quoted("a ``x ` y`` b `z`")).toEqual(["``x ` y``", "`z`"])
    // An unmatched run is plain text.
    expect(quoted("giá 5` và `7")).toEqual(["` và `"])
    expect(quoted("chỉ một ` dấu")).toEqual([])
  })

  test("a code span does not cross a blank line", () => {
    expect(quoted("mở `đoạn một\n\nđoạn hai` đóng")).toEqual([])
    expect(quoted("mở `dòng một\ndòng hai` đóng")).toEqual(["`dòng một\ndòng hai`"])
  })

  test("fenced blocks, from the opening line to the closing one or to the end", () => {
    const text = "Trước\n```\nNoi nhận\n```\nSau"
    expect(quoted(text)).toEqual(["```\nNoi nhận\n```"])
    expect(quoted("Trước\n~~~~ txt\nNoi nhận\n~~~\nvẫn trong khối")).toEqual([
      "~~~~ txt\nNoi nhận\n~~~\nvẫn trong khối"
    ])
    // A fence indented four spaces is not a fence.
    expect(quoted("    ```\nNoi nhận")).toEqual([])
  })

  test("file names and web addresses, without the punctuation around them", () => {
    expect(quoted("Đính kèm: Nghị định 30/2020/NĐ-CP.pdf, và (bao-cao.DOCX).")).toEqual([
      "30/2020/NĐ-CP.pdf",
      "bao-cao.DOCX"
    ])
    expect(quoted("Xem https://vanban.chinhphu.vn/?id=1 và www.ubnd.gov.vn.")).toEqual([
      "https://vanban.chinhphu.vn/?id=1",
      "www.ubnd.gov.vn"
    ])
    // A sentence that ends with a citation is not a file name.
    expect(quoted("theo Nghị định số 30/2020/NĐ-CP. Tiếp theo v.v.")).toEqual([])
  })

  test("ranges are in order, without overlap, inside the text (property)", () => {
    const piece = fc.constantFrom(
      "`",
      "``",
      "```",
      "\n",
      "\n\n",
      "~~~",
      " ",
      "a.pdf",
      "http://x",
      "Số",
      ".",
      "x"
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("")
        const ranges = verbatimRanges(text)
        let end = 0
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(end)
          expect(r.end).toBeGreaterThan(r.start)
          expect(r.end).toBeLessThanOrEqual(text.length)
          end = r.end
        }
      })
    )
  })
})

describe("touchesRange", () => {
  const ranges = [
    { start: 5, end: 10 },
    { start: 20, end: 30 }
  ]
  test.each([
    [6, 8, true],
    [0, 5, true],
    [10, 10, true],
    [0, 40, true],
    [11, 19, false],
    [0, 4, false],
    [31, 31, false]
  ])("edit [%i, %i) → %s", (start, end, touches) => {
    expect(touchesRange(ranges, start, end)).toBe(touches)
  })

  test("agrees with a scan of every range (property)", () => {
    const range = fc.tuple(fc.nat(50), fc.nat(10)).map(([s, n]) => ({ start: s, end: s + n + 1 }))
    fc.assert(
      fc.property(fc.array(range), fc.nat(70), fc.nat(5), (raw, start, length) => {
        const sorted = [...raw].sort((a, b) => a.start - b.start)
        const ranges = sorted.filter((r, i) => i === 0 || r.start > sorted[i - 1]!.end)
        const end = start + length
        const expected = ranges.some((r) => r.start <= end && r.end >= start)
        expect(touchesRange(ranges, start, end)).toBe(expected)
      })
    )
  })
})

describe("the engine leaves verbatim content alone", () => {
  const document = (extra: string) =>
    [
      "UBND HUYỆN BA TƠ",
      "ỦY BAN NHÂN DÂN XÃ BA BÍCH",
      "Số: 05/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Ba Bích, ngày 05 tháng 3 năm 2024",
      "BÁO CÁO",
      "Kết quả công tác năm 2024",
      extra,
      "Nơi nhận:",
      "- Lưu: VT."
    ].join("\n")
  const citationFixes = (text: string) =>
    lint(text, { today: "2024-06-01" }).diagnostics.filter(
      (d) => d.ruleId === "citation-form" && d.fix !== null && d.fix.tier === "safe"
    )

  test("a missing số is fixed in running text", () => {
    expect(
      citationFixes(document("Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ."))
    ).toHaveLength(1)
  })

  test.each([
    ["a code span", "Ví dụ: `Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ`."],
    ["a fenced block", "```\nCăn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.\n```"],
    ["a file name", "Đính kèm: Nghị định 30/2020/NĐ-CP.pdf"]
  ])("no fix inside %s", (_, extra) => {
    expect(citationFixes(document(extra))).toEqual([])
  })
})
