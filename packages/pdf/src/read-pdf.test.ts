import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { bombPdf, encryptedPdf, scannedPdf, textPdf } from "../test/minimal-pdf.js"
import { pdfSourceAt } from "./pdf-source-map.js"
import { readPdf } from "./read-pdf.js"

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url))

describe("readPdf", () => {
  test("reads the two cells of a row left first, whatever the order of the content stream", async () => {
    const outcome = await readPdf(
      textPdf([
        { text: "CONG HOA XA HOI CHU NGHIA VIET NAM", x: 300, y: 770 },
        { text: "UBND TINH QUANG NGAI", x: 100, y: 770 },
        { text: "Doc lap - Tu do - Hanh phuc", x: 320, y: 755 },
        { text: "SO NOI VU", x: 130, y: 755 }
      ])
    )
    expect(outcome).toMatchObject({
      ok: true,
      value: {
        text: "UBND TINH QUANG NGAI\nSO NOI VU\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n",
        pageCount: 1
      }
    })
  })

  test("maps every character back to its page and text item", async () => {
    const outcome = await readPdf(fixture("bao-cao-cchc-quy-iii-2026.pdf"))
    if (!outcome.ok) throw new Error(outcome.problem.message)
    const { text, segments, lines, pageCount } = outcome.value
    expect(pageCount).toBe(2)
    expect(pdfSourceAt(segments, text.indexOf("Số: 7/BC-UBND"))?.page).toBe(1)
    expect(pdfSourceAt(segments, text.indexOf("Lê Văn Hùng"))?.page).toBe(2)
    // The running page number of page 2 is left out.
    expect(text.split("\n")).not.toContain("2")
    for (const s of segments) expect(text.slice(s.start, s.end).trim().length).toBeGreaterThan(0)
    // Body lines that wrap are marked; the lines of the header are not.
    const lineAt = (start: string) => lines.find((l) => text.startsWith(start, l.offset))!
    expect(lineAt("Thực hiện Kế hoạch số 118/KH-SNV").wraps).toBe(true)
    expect(lineAt("sau:").wraps).toBe(false)
    expect(lineAt("ỦY BAN NHÂN DÂN").wraps).toBe(false)
    expect(lineAt("- Sở Nội vụ;").wraps).toBe(false)
    expect(lines[lines.length - 1]!.wraps).toBe(false)
  })

  test("a wrapped trích yếu in its narrow cell is marked", async () => {
    const outcome = await readPdf(fixture("cong-van-bao-cao-dich-vu-cong-2026.pdf"))
    if (!outcome.ok) throw new Error(outcome.problem.message)
    const { text, lines } = outcome.value
    const vv = lines.find((l) => text.startsWith("V/v ", l.offset))!
    expect(vv.wraps).toBe(true)
    expect(text.slice(vv.offset).split("\n").slice(0, 2)).toEqual([
      "V/v báo cáo tình hình cung cấp",
      "dịch vụ công trực tuyến"
    ])
  })

  test("a scan without a text layer is one clear problem", async () => {
    expect(await readPdf(scannedPdf())).toEqual({
      ok: false,
      problem: { kind: "no-text-layer", page: 1, message: expect.stringContaining("no text layer") }
    })
  })

  test("a password-protected PDF is reported as such", async () => {
    expect(await readPdf(encryptedPdf())).toMatchObject({ ok: false, problem: { kind: "encrypted" } })
  })

  test("a file cut short, a file that is not a PDF, a damaged PDF: located problems, never exceptions", async () => {
    const whole = fixture("bao-cao-cchc-quy-iii-2026.pdf")
    expect(await readPdf(whole.subarray(0, whole.length >> 1))).toMatchObject({
      ok: false,
      problem: {
        kind: "invalid-pdf",
        offset: whole.length >> 1,
        message: expect.stringContaining("cut short")
      }
    })
    expect(await readPdf(Buffer.from("Số: 05/BC-UBND"))).toMatchObject({
      ok: false,
      problem: { kind: "invalid-pdf", offset: 0 }
    })
    expect(await readPdf(Buffer.from("%PDF-1.7\nnot objects at all\n%%EOF\n"))).toMatchObject({
      ok: false,
      problem: { kind: "invalid-pdf", message: expect.stringContaining("not a readable PDF") }
    })
  })

  test("a PDF bomb is refused before it is opened; the same file within the budget is read", async () => {
    const bomb = bombPdf(20_000_000)
    expect(bomb.length).toBeLessThan(100_000)
    expect(await readPdf(bomb, { maxInflatedBytes: 5_000_000 })).toMatchObject({
      ok: false,
      problem: { kind: "too-large", offset: expect.any(Number) }
    })
    expect(await readPdf(bombPdf(1000), { maxInflatedBytes: 5_000_000 })).toMatchObject({
      ok: true,
      value: { text: "Hello\n" }
    })
  })

  test("the page and text limits", async () => {
    const pdf = textPdf([{ text: "Hello world", x: 100, y: 700 }])
    expect(await readPdf(pdf, { maxPages: 0 })).toMatchObject({ ok: false, problem: { kind: "too-large" } })
    expect(await readPdf(pdf, { maxTextLength: 5 })).toMatchObject({
      ok: false,
      problem: { kind: "too-large", page: 1 }
    })
  })
})
