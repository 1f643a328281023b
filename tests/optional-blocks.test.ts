/**
 * The optional blocks of Phụ lục I (ô 10a độ mật, 10b độ khẩn, 11 phạm vi
 * lưu hành, 12 drafter and copies, 13 address) in every format: printed
 * where the decree puts them, and the document still parses back to its
 * model and lints clean.
 */
import { DocumentSpec, parseDocument } from "@cchc/core"
import { renderHtml, renderMarkdown, renderText } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"
import { lint } from "@cchc/rules"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, test } from "vitest"
import { readDocx } from "../packages/cli/src/input/read-docx.js"
import { readZipEntry } from "../packages/format/src/__fixtures__/read-zip.js"
import { sampleReport } from "../packages/format/src/__fixtures__/sample-report.js"
import { expectSameModel } from "../packages/format/src/properties/expect-same-model.js"

const withBlocks: DocumentSpec = {
  ...sampleReport,
  secrecy: "MẬT",
  urgency: "HỎA TỐC",
  circulation: "LƯU HÀNH NỘI BỘ",
  drafter: { initials: "PL", copies: 300 },
  address: [
    "Địa chỉ: Thôn 1, xã Ba Bích, tỉnh Quảng Ngãi",
    "Điện thoại: 0255 3812 345; Thư điện tử: ubndxababich@quangngai.gov.vn"
  ]
}

const findings = (text: string) =>
  lint(text, { extends: "recommended" })
    .diagnostics.filter((d) => d.severity !== "info")
    .map((d) => `${d.severity} ${d.ruleId}/${d.messageId}`)

describe("the optional blocks (ô 10a–13)", () => {
  test("the spec schema takes them and refuses values the decree does not define", () => {
    const decode = Schema.decodeUnknownResult(DocumentSpec)
    expect(Result.isSuccess(decode(withBlocks))).toBe(true)
    expect(Result.isFailure(decode({ ...withBlocks, secrecy: "BÍ MẬT" }))).toBe(true)
    expect(Result.isFailure(decode({ ...withBlocks, urgency: "khẩn" }))).toBe(true)
    expect(Result.isFailure(decode({ ...withBlocks, drafter: { initials: "pl", copies: 300 } }))).toBe(true)
  })

  test("text: the marks (ô 10a, 10b, 11) under the number, ô 12 under Nơi nhận, ô 13 last", () => {
    const text = renderText(withBlocks)
    expect(text).toContain("Số: 05/BC-UBND\nMẬT\nHỎA TỐC\nLƯU HÀNH NỘI BỘ\n")
    expect(text).toContain("- Lưu: VT, VP.\nPL.(300)\n")
    expect(text.trimEnd().endsWith("Thư điện tử: ubndxababich@quangngai.gov.vn")).toBe(true)
  })

  test.each([
    ["text", renderText],
    ["Markdown", renderMarkdown]
  ] as const)("%s parses back to the model and lints clean", (_name, render) => {
    const text = render(withBlocks)
    expectSameModel(withBlocks, parseDocument(text))
    expect(findings(text)).toEqual([])
  })

  test(".docx: framed bold marks, the độ khẩn in red, ô 13 in the page-1 footer; read back it lints clean", async () => {
    const bytes = await renderDocx(withBlocks)
    const xml = readZipEntry(bytes, "word/document.xml") ?? ""
    expect(xml).toMatch(/<w:pBdr><w:top w:val="single"[^>]*w:color="FF0000"/u)
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>.*?<w:t[^>]*>HỎA TỐC<\/w:t>/su)
    expect(xml).toContain(">LƯU HÀNH NỘI BỘ</w:t>")
    expect(xml).toContain(">PL.(300)</w:t>")
    const footers = [1, 2, 3]
      .map((n) => readZipEntry(bytes, `word/footer${n}.xml`) ?? "")
      .filter((f) => f.includes("Địa chỉ: Thôn 1"))
    expect(footers).toHaveLength(1)
    const outcome = await readDocx(bytes)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expectSameModel(withBlocks, parseDocument(outcome.value.text))
    expect(findings(outcome.value.text)).toEqual([])
  })

  test("HTML: framed marks, the độ khẩn in red, the address after the foot", () => {
    const html = renderHtml(withBlocks, { fragment: true })
    expect(html).toContain(
      '<p class="mark secrecy"><span>MẬT</span></p><p class="mark urgency"><span>HỎA TỐC</span></p>'
    )
    expect(html).toContain('<p class="mark circulation"><span>LƯU HÀNH NỘI BỘ</span></p>')
    expect(html).toContain('<p class="drafter">PL.(300)</p>')
    expect(html).toMatch(/<\/table>\n<div class="address">/u)
    expect(renderHtml(withBlocks)).toContain(".mark.urgency span { color: #FF0000;")
  })
})

/** A Báo cáo with two phụ lục, referred to in its body (Mẫu 2.1). */
const withAppendices: DocumentSpec = {
  ...sampleReport,
  closing: `${sampleReport.closing!.replace(/\.$/u, "")} (số liệu chi tiết tại Phụ lục I và Phụ lục II kèm theo).`,
  appendices: [
    {
      title: "Kết quả tuyên truyền 6 tháng đầu năm 2024",
      paragraphs: ["Số tin, bài đăng tải trên trang thông tin điện tử của xã: 36."]
    },
    {
      title: "Danh sách hội nghị tuyên truyền",
      sections: [{ heading: "Hội nghị tại thôn 1", paragraphs: ["Có 90 lượt người tham dự."] }]
    }
  ]
}

describe("phụ lục (Mẫu 2.1)", () => {
  test("text: after the document, each with its heading, title in capitals and reference", () => {
    const text = renderText(withAppendices)
    expect(text).toContain(
      "\n\nPhụ lục I\nKẾT QUẢ TUYÊN TRUYỀN 6 THÁNG ĐẦU NĂM 2024\n(Kèm theo Báo cáo số 05/BC-UBND ngày 15 tháng 6 năm 2024 của Ủy ban nhân dân xã Ba Bích)\n"
    )
    expect(text).toContain("\n\nPhụ lục II\nDANH SÁCH HỘI NGHỊ TUYÊN TRUYỀN\n")
    // One phụ lục is not numbered.
    const one = renderText({ ...withAppendices, appendices: withAppendices.appendices!.slice(0, 1) })
    expect(one).toContain("\n\nPhụ lục\nKẾT QUẢ TUYÊN TRUYỀN")
  })

  test.each([
    ["text", renderText],
    ["Markdown", renderMarkdown]
  ] as const)("%s parses back to the document's model and lints clean", (_name, render) => {
    const text = render(withAppendices)
    expectSameModel(withAppendices, parseDocument(text))
    expect(findings(text)).toEqual([])
  })

  test(".docx: each phụ lục a section of its own, numbered from 1, no number on its first page", async () => {
    const bytes = await renderDocx(withAppendices)
    const xml = readZipEntry(bytes, "word/document.xml") ?? ""
    expect(xml.match(/<w:pgNumType w:start="1"\/>/gu)).toHaveLength(2)
    expect(xml.match(/<w:titlePg\/>/gu)?.length).toBe(3)
    const outcome = await readDocx(bytes)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expectSameModel(withAppendices, parseDocument(outcome.value.text))
    expect(findings(outcome.value.text)).toEqual([])
  })

  test("HTML: each from a new page", () => {
    const html = renderHtml(withAppendices, { fragment: true })
    expect(html.match(/<section class="appendix">/gu)).toHaveLength(2)
    expect(renderHtml(withAppendices)).toContain(".appendix { break-before: page;")
  })

  test("a phụ lục the body does not refer to is refused (PL I)", () => {
    expect(() => renderText({ ...withAppendices, closing: sampleReport.closing! })).toThrow(
      /refer to its phụ lục/u
    )
  })
})
