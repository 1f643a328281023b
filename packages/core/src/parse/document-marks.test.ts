import { describe, expect, test } from "vitest"
import { readDocumentMark } from "./document-marks.js"
import { parseDocument } from "./parse-document.js"

const LETTER = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH QUẢNG NGÃI",
  "Số: 125/UBND-NC",
  "V/v triển khai công tác cải cách hành chính năm 2026",
  "MARK",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Quảng Ngãi, ngày 10 tháng 01 năm 2026",
  "",
  "Kính gửi:",
  "- Sở Nội vụ;",
  "- Sở Tài chính.",
  "Đồng kính gửi: Văn phòng Tỉnh ủy.",
  "",
  "Ủy ban nhân dân tỉnh đề nghị các sở triển khai nhiệm vụ năm 2026./.",
  "",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT, NC.",
  "",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "",
  "Nguyễn Văn An"
].join("\n")

describe("readDocumentMark", () => {
  test("the marks of ô 10a, 10b and 11, in any case, framed or emphasised", () => {
    expect(readDocumentMark("THƯỢNG KHẨN")).toEqual({
      kind: "urgency",
      value: "THƯỢNG KHẨN",
      start: 0,
      end: 11
    })
    expect(readDocumentMark("**Hoả tốc**")).toEqual({ kind: "urgency", value: "HỎA TỐC", start: 2, end: 9 })
    expect(readDocumentMark("[TỐI MẬT]")).toEqual({ kind: "secrecy", value: "TỐI MẬT", start: 1, end: 8 })
    expect(readDocumentMark("LƯU HÀNH  NỘI BỘ")).toMatchObject({
      kind: "circulation",
      value: "LƯU HÀNH NỘI BỘ"
    })
    expect(readDocumentMark("XEM XONG TRẢ LẠI")).toMatchObject({
      kind: "circulation",
      value: "XEM XONG TRẢ LẠI"
    })
  })

  test("a line that only starts with a mark word is no mark", () => {
    expect(readDocumentMark("Khẩn trương triển khai")).toBeNull()
    expect(readDocumentMark("MẬT MÃ")).toBeNull()
    expect(readDocumentMark("")).toBeNull()
  })
})

describe("marks in the head", () => {
  test.each(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "MẬT", "TUYỆT MẬT", "LƯU HÀNH NỘI BỘ"])(
    "%s under the V/v: the head is read on",
    (mark) => {
      const text = LETTER.replace("MARK", mark)
      const doc = parseDocument(text)
      expect(doc.marks.map((m) => m.value)).toEqual([mark])
      const span = doc.marks[0]!.span
      expect(text.slice(span.start.offset, span.end.offset)).toBe(mark)
      expect(doc.marks[0]!.raw).toBe(mark)
      expect(doc.nationalHeader.country).not.toBeNull()
      expect(doc.placeDate?.place).toBe("Quảng Ngãi")
      expect(doc.kinhGui?.items.map((i) => i.text)).toEqual(["Sở Nội vụ", "Sở Tài chính"])
      expect(doc.issuer?.name).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    }
  )

  test("the mark's span leaves out its emphasis", () => {
    const text = LETTER.replace("MARK", "**[Thượng khẩn]**")
    const mark = parseDocument(text).marks[0]!
    expect(mark.raw).toBe("Thượng khẩn")
    expect(text.slice(mark.span.start.offset, mark.span.end.offset)).toBe("Thượng khẩn")
  })

  test("Đồng kính gửi is part of the head, not the body", () => {
    const doc = parseDocument(LETTER.replace("MARK\n", ""))
    expect(doc.kinhGui?.alsoTo?.label).toBe("Đồng kính gửi:")
    expect(doc.kinhGui?.alsoTo?.items.map((i) => i.text)).toEqual(["Văn phòng Tỉnh ủy"])
    expect(doc.body?.raw.startsWith("Ủy ban nhân dân tỉnh đề nghị")).toBe(true)
  })
})
