import { describe, expect, test } from "vitest"
import { parseDocument } from "./parse-document.js"

const REGULATION = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH QUẢNG NGÃI",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "QUY ĐỊNH",
  "Về quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
  "*(Kèm theo Quyết định số 25/2026/QĐ-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)*",
  "",
  "Chương I",
  "QUY ĐỊNH CHUNG",
  "",
  "Điều 1. Phạm vi điều chỉnh",
  "Quy định này quy định việc quản lý, vận hành Hệ thống."
].join("\n")

describe("document parts", () => {
  test("a document issued by a Quyết định: own header, the Kèm theo line", () => {
    const doc = parseDocument(REGULATION)
    expect(doc.isDocument).toBe(true)
    expect(doc.part).toMatchObject({ kind: "attached-document" })
    expect(doc.part?.attachedTo).toContain("Quyết định số 25/2026/QĐ-UBND")
    expect(doc.title?.name).toBe("QUY ĐỊNH")
  })

  test("an appendix file", () => {
    const doc = parseDocument(
      "PHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2026 của UBND tỉnh)\n\n1. Rà soát thủ tục hành chính.\n2. Số hóa hồ sơ."
    )
    expect(doc.isDocument).toBe(true)
    expect(doc.part).toMatchObject({ kind: "appendix", evidence: "PHỤ LỤC II" })
  })

  test("an outline of chapters and articles without its head", () => {
    const doc = parseDocument(REGULATION.split("\n").slice(9).join("\n"))
    expect(doc.isDocument).toBe(true)
    expect(doc.part).toMatchObject({ kind: "outline", attachedTo: null, evidence: "Chương I" })
  })

  test("a whole document is no part", () => {
    const doc = parseDocument(
      "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 05/BC-SNV\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác năm 2024\n\nNội dung./."
    )
    expect(doc.part).toBeNull()
  })

  test("a page of text with an article word in it is no outline", () => {
    const doc = parseDocument("Tin tức\nĐiều chỉnh giá điện từ tháng 5.\nXem thêm")
    expect(doc.part).toBeNull()
  })
})
