import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import type { Span } from "../model/span.js"
import { arbitraryHostileText, arbitraryMutation } from "../testing/arbitraries.js"
import { parseDocument } from "./parse-document.js"

const SAMPLE = [
  "UBND TỈNH QUẢNG NGÃI",
  "SỞ NỘI VỤ",
  "Số: 05/BC-SNV",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Quảng Ngãi, ngày 05 tháng 3 năm 2024",
  "",
  "BÁO CÁO",
  "Kết quả công tác cải cách hành chính quý I năm 2024",
  "",
  "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi",
  "",
  "I. KẾT QUẢ THỰC HIỆN",
  "1. Công tác chỉ đạo",
  "a) Ban hành văn bản",
  "- Kế hoạch số 12/KH-SNV ngày 10/01/2024.",
  "b) Tuyên truyền",
  "2. Thủ tục hành chính",
  "II. PHƯƠNG HƯỚNG, NHIỆM VỤ",
  "Trên đây là báo cáo./.",
  "",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT, CCHC (2).",
  "",
  "KT. GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  "",
  "Nguyễn Văn An"
].join("\n")

const spans = (value: unknown, out: Array<Span> = []): Array<Span> => {
  if (Array.isArray(value)) for (const v of value) spans(v, out)
  else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>
    if (o.start && o.end && typeof (o.start as { offset?: unknown }).offset === "number")
      out.push(o as unknown as Span)
    else for (const v of Object.values(o)) spans(v, out)
  }
  return out
}

describe("parseDocument", () => {
  test("reads a complete Decree-30 report", () => {
    const d = parseDocument(SAMPLE)
    expect(d.isDocument).toBe(true)
    expect(d.kind).toEqual({ name: "Báo cáo", code: "BC" })
    expect(d.issuer).toMatchObject({ name: "SỞ NỘI VỤ", parent: "UBND TỈNH QUẢNG NGÃI" })
    expect(d.number).toMatchObject({ sequence: "05", typeCode: "BC", issuerCode: "SNV" })
    expect(d.nationalHeader.country?.raw).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    expect(d.nationalHeader.motto?.raw).toBe("Độc lập - Tự do - Hạnh phúc")
    expect(d.placeDate).toMatchObject({ place: "Quảng Ngãi", day: 5, month: 3, year: 2024 })
    expect(d.title).toMatchObject({
      name: "BÁO CÁO",
      summary: "Kết quả công tác cải cách hành chính quý I năm 2024"
    })
    expect(d.kinhGui?.items.map((i) => i.text)).toEqual(["Ủy ban nhân dân tỉnh Quảng Ngãi"])
    expect(d.sections.map((s) => s.label)).toEqual(["I.", "II."])
    expect(d.sections[0]!.children.map((s) => s.label)).toEqual(["1.", "2."])
    expect(d.sections[0]!.children[0]!.children.map((s) => s.label)).toEqual(["a)", "b)"])
    expect(d.endMark).not.toBeNull()
    expect(d.recipients?.items.map((i) => i.text)).toEqual(["Như trên", "Lưu: VT, CCHC (2)"])
    expect(d.recipients?.archive).toMatchObject({ units: ["VT", "CCHC"], copies: 2 })
    expect(d.signature).toMatchObject({
      authority: [{ mode: "KT", on: "GIÁM ĐỐC" }],
      title: "PHÓ GIÁM ĐỐC",
      signer: "Nguyễn Văn An"
    })
    expect(d.citations.map((c) => c.sequence)).toEqual(["12"])
  })

  test("a header flattened onto one line", () => {
    const d = parseDocument(
      "UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\nSố: 05/BC-SNV Quảng Ngãi, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nKết quả\n1. Một\nKính báo cáo./."
    )
    expect(d.issuer).toMatchObject({ name: "SỞ NỘI VỤ", parent: "UBND TỈNH QUẢNG NGÃI" })
    expect(d.number?.sequence).toBe("05")
    expect(d.placeDate?.place).toBe("Quảng Ngãi")
  })

  test("a Quyết định: the authority line after the trích yếu is not part of it; Điều outline", () => {
    const d = parseDocument(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 59/QĐ-UBND\nQuảng Ngãi, ngày 12 tháng 01 năm 2022\nQUYẾT ĐỊNH\nBan hành Kế hoạch tuyên truyền\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Hiệu lực./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐặng Văn Minh"
    )
    expect(d.title?.summary).toBe("Ban hành Kế hoạch tuyên truyền")
    expect(d.sections.map((s) => [s.style, s.ordinal])).toEqual([
      ["article", 1],
      ["article", 2]
    ])
    expect(d.signature).toMatchObject({
      authority: [{ mode: "TM" }],
      title: "CHỦ TỊCH",
      signer: "Đặng Văn Minh"
    })
  })

  test("an issuer name wrapped over two lines is one name", () => {
    const d = parseDocument("ỦY BAN NHÂN DÂN\nXÃ BA BÍCH\nSố: 05/BC-UBND\nBÁO CÁO\nKết quả")
    expect(d.issuer).toMatchObject({ name: "ỦY BAN NHÂN DÂN XÃ BA BÍCH", parent: null })
  })

  test("a công văn: V/v, no type heading", () => {
    const d = parseDocument(
      "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 12/SNV-CCHC\nV/v báo cáo kết quả\ncải cách hành chính\n\nKính gửi:\n- Ủy ban nhân dân các huyện;\n- Các sở, ngành.\n\nNội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình"
    )
    expect(d.kind).toEqual({ name: "Công văn", code: null })
    expect(d.title).toMatchObject({ form: "vv", summary: "báo cáo kết quả cải cách hành chính" })
    expect(d.kinhGui?.items.map((i) => i.terminator)).toEqual([";", "."])
  })

  describe("a Nơi nhận label repeated above the real one", () => {
    // A title in sentence case is no foot line: the foot is then found from
    // the last label up, not from the bottom of the text.
    const foot = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPhó Giám đốc\n\nLê Văn Bình"
    const letter = (beforeFoot: string) =>
      `UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 12/SNV-CCHC\nV/v báo cáo kết quả\n\nKính gửi: Ủy ban nhân dân tỉnh\n\nNội dung báo cáo.\n${beforeFoot}${foot}`

    test("opens the foot: the body ends at the sentence above it", () => {
      for (const stray of ["Noi nhận\n\n", "Nơi nhận\n\n\n", "NOI NHAN:\n\nNơi nhận\n\n"]) {
        const d = parseDocument(letter(stray))
        expect(d.body?.raw).toBe("Nội dung báo cáo.")
      }
    })

    test("the list belongs to the label right above it", () => {
      const d = parseDocument(letter("Noi nhận\n\n"))
      expect(d.recipients?.label).toBe("Nơi nhận:")
      expect(d.recipients?.items.map((i) => i.text)).toEqual(["Như trên", "Lưu: VT"])
      expect(d.recipients?.archive?.units).toEqual(["VT"])
    })

    test("running text that starts like the label stays in the body", () => {
      const d = parseDocument(letter("Nơi nhận hồ sơ: Bộ phận một cửa.\n\n"))
      expect(d.body?.raw.endsWith("Nơi nhận hồ sơ: Bộ phận một cửa.")).toBe(true)
      expect(d.recipients?.items).toHaveLength(2)
    })

    test("a label with a body line between it and the real one stays in the body", () => {
      const d = parseDocument(letter("Noi nhận\nĐề nghị các cơ quan thực hiện.\n\n"))
      expect(d.body?.raw.endsWith("Đề nghị các cơ quan thực hiện.")).toBe(true)
    })
  })

  test("the foot of a web copy: drafter's mark, a wrapped item, a head with two titles (tb02)", () => {
    const text = SAMPLE.replace(
      "- Như trên;\n- Lưu: VT, CCHC (2).\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
      "- VPCP: BTCN, các Vụ: QHĐP, KTTH, Cổng\nTTĐTCP;\n- Lưu: VT, TCCV (02). CMP\n|\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM"
    )
    const doc = parseDocument(text)
    const items = doc.recipients!.items
    expect(items.map((i) => [i.text, i.terminator, i.drafterMark])).toEqual([
      ["VPCP: BTCN, các Vụ: QHĐP, KTTH, Cổng TTĐTCP", ";", null],
      ["Lưu: VT, TCCV (02)", ".", "CMP"]
    ])
    expect(doc.recipients!.archive).toMatchObject({ units: ["VT", "TCCV"], copies: 2 })
    expect(doc.signature!.authority.map((a) => [a.mode, a.on])).toEqual([["KT", "BỘ TRƯỞNG, CHỦ NHIỆM"]])
    expect(doc.signature!.title).toBe("PHÓ CHỦ NHIỆM")
    const span = doc.signature!.authority[0]!.span
    expect(text.slice(span.start.offset, span.end.offset)).toBe("KT. BỘ TRƯỞNG,\nCHỦ NHIỆM")
  })

  test("spans point into the original text (CRLF, BOM, Markdown)", () => {
    const original =
      "\uFEFF**BÁO CÁO**\r\nKết quả\r\n\r\n**KT. CHỦ TỊCH\r\nPHÓ CHỦ TỊCH**\r\n\r\nNguyễn Văn Anh"
    const d = parseDocument(original)
    const name = d.title!.nameSpan!
    expect(original.slice(name.start.offset, name.end.offset)).toBe("BÁO CÁO")
    const kt = d.signature!.authority[0]!.span
    expect(original.slice(kt.start.offset, kt.end.offset)).toBe("KT. CHỦ TỊCH")
    expect(kt.start).toMatchObject({ line: 4, column: 3 })
  })

  test("a web page is not a document and gets no guesses", () => {
    const d = parseDocument(
      "Trang chủ | Liên kết\nLượt xem: 120\nTin tức hôm nay\nNgười dân đăng tải 3.250 tin, bài.\nNguyễn Lan"
    )
    expect(d.isDocument).toBe(false)
    expect(d.notDocumentReasons.length).toBeGreaterThan(0)
    expect(d.signature).toBeNull()
    expect(d.metrics[0]?.value).toBe(3250)
  })

  test("property: total on hostile input, spans inside the input", () => {
    fc.assert(
      fc.property(arbitraryHostileText, (text) => {
        const d = parseDocument(text)
        for (const s of spans(d)) {
          expect(s.start.offset).toBeGreaterThanOrEqual(0)
          expect(s.end.offset).toBeLessThanOrEqual(text.length)
          expect(s.start.offset).toBeLessThanOrEqual(s.end.offset)
        }
      }),
      { numRuns: 400 }
    )
  })

  test("property: total on mutated documents", () => {
    fc.assert(
      fc.property(arbitraryMutation, (mutate) => {
        const text = mutate(SAMPLE)
        const d = parseDocument(text)
        for (const s of spans(d)) expect(s.end.offset).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 300 }
    )
  })

  test("property: very long lines and random Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), fc.nat(3000), (s, n) => {
        parseDocument(s + "a".repeat(n) + "\n" + s)
      }),
      { numRuns: 100 }
    )
  })
})
