import type { DocumentSpec } from "@cchc/core"
import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { withEndMark } from "./end-mark.js"
import type { InvalidDocumentSpecError } from "./invalid-document-spec-error.js"
import { layoutDocument, layoutDocumentOrThrow } from "./layout-document.js"
import { toRoman } from "@cchc/core"
import { pointLetter, sectionLabel } from "./section-labels.js"

describe("layoutDocument", () => {
  test("resolves the sample report", () => {
    const layout = layoutDocumentOrThrow(sampleReport)
    expect(layout.kind.code).toBe("BC")
    expect(layout.number).toBe("Số: 05/BC-UBND")
    expect(layout.placeDate).toBe("Ba Bích, ngày 15 tháng 6 năm 2024")
    expect(layout.title).toEqual({ form: "heading", name: "BÁO CÁO", summary: sampleReport.title.summary })
    expect(layout.recipients.lines[0]).toBe("- Như trên;")
    expect(layout.signature.lines).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Phạm Văn Mạnh"
    ])
    const headings = layout.body.flatMap((b) => (b.type === "heading" ? [`${b.text}|${b.bold}`] : []))
    expect(headings.slice(0, 4)).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH|true",
      "II. KẾT QUẢ THỰC HIỆN|true",
      "1. Nội dung tuyên truyền|true",
      "2. Hình thức tuyên truyền|true"
    ])
    expect(headings).toContain("a) Đăng tải 36 tin, bài trên trang thông tin điện tử của xã;|false")
    expect(layout.body.filter((b) => b.type === "paragraph" && b.role === "basis")).toHaveLength(1)
    expect(layout.body[layout.body.length - 1]!.text.endsWith("của Ủy ban nhân dân xã Ba Bích./.")).toBe(true)
  })

  test("Structure A for a Quyết định, with a centred command line", () => {
    const spec: DocumentSpec = {
      ...sampleReport,
      kind: "QĐ",
      kinhGui: [],
      title: { summary: "Về việc kiện toàn Tổ công tác cải cách hành chính" },
      preamble: [
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BA BÍCH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.",
        "QUYẾT ĐỊNH:"
      ],
      sections: [
        {
          heading: "Kiện toàn Tổ công tác.",
          children: [{ heading: "Tổ trưởng: Chủ tịch UBND xã." }, { heading: "Các thành viên." }]
        },
        { heading: "Quyết định này có hiệu lực kể từ ngày ký." }
      ],
      closing:
        "Văn phòng UBND xã và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
    }
    const layout = layoutDocumentOrThrow(spec)
    expect(layout.body.map((b) => (b.type === "heading" ? b.label : b.role))).toEqual([
      "command",
      "basis",
      "command",
      "Điều 1.",
      "1.",
      "2.",
      "Điều 2.",
      "closing"
    ])
    expect(layout.body[layout.body.length - 1]!.text.endsWith("thi hành Quyết định này./.")).toBe(true)
  })

  test("keeps explicit labels and puts the end mark on a last heading", () => {
    const layout = layoutDocumentOrThrow({
      ...sampleReport,
      closing: "",
      sections: [{ label: "Phần I", heading: "Tình hình chung" }, { heading: "Kiến nghị" }]
    })
    expect(layout.body.slice(-2).map((b) => b.text)).toEqual(["Phần I TÌNH HÌNH CHUNG", "II. KIẾN NGHỊ./."])
  })

  test("refuses what cannot be printed, with a path", () => {
    const fail = (spec: DocumentSpec) => {
      const result = layoutDocument(spec)
      return Result.isFailure(result) ? result.failure : null
    }
    expect(fail({ ...sampleReport, kind: "Công văn hỏa tốc" })).toMatchObject({
      _tag: "InvalidDocumentSpecError",
      path: ["kind"]
    })
    expect(
      fail({ ...sampleReport, placeDate: { place: "Ba Bích", day: 31, month: 4, year: 2024 } })
    ).toMatchObject({ path: ["placeDate"] })
    expect(fail({ ...sampleReport, number: { sequence: 0, issuerCode: "UBND" } })).toMatchObject({
      path: ["number"]
    })
    expect(fail({ ...sampleReport, kind: "Công văn", title: { summary: null } })).toMatchObject({
      path: ["title", "summary"]
    })
    expect(fail({ ...sampleReport, preamble: [], sections: [], closing: " " })).toMatchObject({
      path: ["sections"]
    })
    expect(
      fail({ ...sampleReport, signature: { ...sampleReport.signature, title: "CHỦ TỊCH" } })
    ).toMatchObject({
      _tag: "SignatureChainError",
      reason: "head-title-after-kt"
    })
    expect(() => layoutDocumentOrThrow({ ...sampleReport, kind: "X" })).toThrow("not a Decree-30 kind")
  })
})

describe("numbering and the end mark", () => {
  test("labels", () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"])
    expect([1, 5, 6, 7, 23, 24].map(pointLetter)).toEqual(["a", "đ", "e", "g", "y", "aa"])
    expect(sectionLabel("article", 3)).toBe("Điều 3.")
    expect(sectionLabel("plus", 2)).toBe("+")
    expect(() => toRoman(0)).toThrow(RangeError)
  })

  test("the end mark", () => {
    expect(withEndMark("thi hành Nghị định này.")).toBe("thi hành Nghị định này./.")
    expect(withEndMark("thực hiện;")).toBe("thực hiện./.")
    expect(withEndMark("xong./.")).toBe("xong./.")
    expect(withEndMark("thực hiện.;:, ")).toBe("thực hiện./.")
    expect(withEndMark("thực hiện!")).toBe("thực hiện!./.")
    expect(withEndMark("a, b; c")).toBe("a, b; c./.")
    expect(withEndMark("")).toBe("./.")
    expect(withEndMark(",".repeat(50_000) + "x")).toBe(",".repeat(50_000) + "x./.")
  })
})

describe("sections nested too deep or in a cycle", () => {
  const nested = (levels: number): DocumentSpec["sections"] => {
    let deep: NonNullable<DocumentSpec["sections"]>[number] = { heading: "Cuối", paragraphs: ["Nội dung."] }
    for (let i = 1; i < levels; i++) deep = { heading: `Mục ${i}`, children: [deep] }
    return [deep]
  }

  test("32 levels lay out, 20,000 are an InvalidDocumentSpecError at the 33rd", () => {
    expect(Result.isSuccess(layoutDocument({ ...sampleReport, sections: nested(32) }))).toBe(true)
    const deep = layoutDocument({ ...sampleReport, sections: nested(20_000) })
    if (Result.isSuccess(deep)) throw new Error("expected a failure")
    expect(deep.failure._tag).toBe("InvalidDocumentSpecError")
    expect(deep.failure.message).toBe("sections nest deeper than 32 levels")
    expect((deep.failure as InvalidDocumentSpecError).path).toEqual([
      "sections",
      0,
      ...Array.from({ length: 32 }, () => ["children", 0]).flat()
    ])
  })

  test("a section that contains itself is named, not followed forever", () => {
    const loop: { heading: string; children: Array<unknown> } = { heading: "Vòng", children: [] }
    loop.children.push({ heading: "Con", children: [loop] })
    const result = layoutDocument({ ...sampleReport, sections: [loop as never] })
    if (Result.isSuccess(result)) throw new Error("expected a failure")
    expect(result.failure.message).toBe("this section contains itself")
    expect((result.failure as InvalidDocumentSpecError).path).toEqual([
      "sections",
      0,
      "children",
      0,
      "children",
      0
    ])
  })
})
