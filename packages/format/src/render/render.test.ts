import { parseDocument } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { readZipEntry } from "../__fixtures__/read-zip.js"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { layoutDocumentOrThrow } from "../layout/layout-document.js"
import { issuerNameLines } from "./issuer-lines.js"
import { renderDocx } from "./render-docx.js"
import { renderHtml } from "./render-html.js"
import { renderMarkdown } from "./render-markdown.js"
import { renderText } from "./render-text.js"
import { estimateTextWidthPt } from "./text-width.js"

const letter = {
  ...sampleReport,
  kind: "Công văn",
  title: { summary: "triển khai dịch vụ công trực tuyến" },
  kinhGui: ["Sở Nội vụ", "Sở Tài chính"],
  sections: []
}

describe("renderText", () => {
  test("blocks in the Decree-30 reading order", () => {
    const text = renderText(sampleReport)
    const order = [
      "ỦY BAN NHÂN DÂN XÃ BA BÍCH",
      "Số: 05/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Ba Bích, ngày 15",
      "BÁO CÁO",
      "Kính gửi:",
      "Căn cứ",
      "I. CÔNG TÁC",
      "./.",
      "Nơi nhận:",
      "- Lưu: VT, VP.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Phạm Văn Mạnh"
    ]
    const positions = order.map((s) => text.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text.endsWith("Phạm Văn Mạnh\n")).toBe(true)
  })

  test("a công văn: V/v under the number, several Kính gửi lines, no type name", () => {
    const text = renderText(letter)
    expect(text).toContain("Số: 05/UBND\nV/v triển khai dịch vụ công trực tuyến\n\nCỘNG HÒA")
    expect(text).toContain("Kính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n")
    expect(text).not.toContain("CÔNG VĂN")
    const doc = parseDocument(text)
    expect(doc.kind?.name).toBe("Công văn")
    expect(doc.title?.summary).toBe("triển khai dịch vụ công trực tuyến")
  })

  test("renders a layout as well as a spec", () => {
    expect(renderText(layoutDocumentOrThrow(sampleReport))).toBe(renderText(sampleReport))
  })
})

describe("renderMarkdown", () => {
  test("two-column tables with one printed line per row, bold and italics where the decree sets them", () => {
    const md = renderMarkdown(sampleReport)
    const lines = md.split("\n")
    expect(lines.slice(0, 5)).toEqual([
      "| | |",
      "| :---: | :---: |",
      "| **ỦY BAN NHÂN DÂN XÃ BA BÍCH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |",
      "|  | **Độc lập - Tự do - Hạnh phúc** |",
      "| Số: 05/BC-UBND | Ba Bích, ngày 15 tháng 6 năm 2024 |"
    ])
    expect(md).toContain("\n**BÁO CÁO**\n")
    expect(md).toContain("\n*Căn cứ Kế hoạch số 12/KH-UBND")
    expect(md).toContain("\n**1. Nội dung tuyên truyền**\n")
    expect(md).toContain("| **Nơi nhận:** | **TM. ỦY BAN NHÂN DÂN** |\n| - Như trên; | **KT. CHỦ TỊCH** |")
    expect(md).toContain("| - Lưu: VT, VP. | **Phạm Văn Mạnh** |")
  })

  test("each addressee of Kính gửi on its own line", () => {
    const md = renderMarkdown(letter)
    expect(md).toContain("\nKính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n")
  })

  test("a parent line pushes the number down to the place-date's row", () => {
    const md = renderMarkdown({
      ...sampleReport,
      issuer: { ...sampleReport.issuer, parent: "UBND huyện Sơn Tịnh" }
    })
    expect(md.split("\n").slice(2, 5)).toEqual([
      "| UBND HUYỆN SƠN TỊNH | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |",
      "| **ỦY BAN NHÂN DÂN XÃ BA BÍCH** | **Độc lập - Tự do - Hạnh phúc** |",
      "| Số: 05/BC-UBND | Ba Bích, ngày 15 tháng 6 năm 2024 |"
    ])
  })

  test("escapes markup but leaves the document's numbers and dashes as written", () => {
    const md = renderMarkdown({ ...sampleReport, closing: "Tỷ lệ đạt 100% | *đủ* [mục tiêu]" })
    expect(md).toContain("Tỷ lệ đạt 100% \\| \\*đủ\\* \\[mục tiêu\\]./.")
    const withDash = renderMarkdown({
      ...sampleReport,
      sections: [
        {
          heading: "Kết quả",
          children: [{ heading: "a", children: [{ heading: "b", children: [{ heading: "Một ý." }] }] }]
        }
      ]
    })
    expect(withDash).toContain("\n- Một ý.\n")
  })
})

describe("renderHtml", () => {
  test("an A4 page with the Decree-30 margins, fonts and sizes", () => {
    const html = renderHtml(sampleReport)
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain("size: A4 portrait; margin: 20mm 15mm 20mm 30mm;")
    expect(html).toContain('font-family: "Times New Roman"')
    expect(html).toContain("@page :first { @top-center { content: none; } }")
    expect(html).toContain(".recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }")
    expect(html).toContain(".recipient { font-size: 11pt; font-weight: normal; font-style: normal; }")
    expect(html).toContain(".place-date { font-size: 14pt; font-weight: normal; font-style: italic;")
    expect(html).toContain('<span class="rule-short">ỦY BAN NHÂN DÂN<br>XÃ BA BÍCH</span>')
    expect(html).toContain(
      '<p class="authority">TM. ỦY BAN NHÂN DÂN</p><p class="authority">KT. CHỦ TỊCH</p><p class="signer-title">PHÓ CHỦ TỊCH</p>'
    )
  })

  test("escapes text and renders a fragment", () => {
    const html = renderHtml({ ...sampleReport, closing: "<b>A & B</b>" }, { fragment: true })
    expect(html.startsWith('<main class="document" lang="vi">')).toBe(true)
    expect(html).toContain("&lt;b&gt;A &amp; B&lt;/b&gt;./.")
    expect(renderHtml(letter)).toContain('<p class="vv">V/v triển khai dịch vụ công trực tuyến</p>')
  })
})

const unzipEntry = async (bytes: Uint8Array, name: string): Promise<string> => readZipEntry(bytes, name) ?? ""

describe("renderDocx", () => {
  test("A4 portrait, 20/20/30/15 mm margins, Times New Roman, page numbers from page 2", async () => {
    const bytes = await renderDocx(sampleReport)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a zip archive
    const xml = await unzipEntry(bytes, "word/document.xml")
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u)
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u)
    expect(xml).toContain("<w:titlePg/>")
    expect(xml).toMatch(/<w:headerReference w:type="first"/u)
    const styles = await unzipEntry(bytes, "word/styles.xml")
    expect(styles).toContain('w:ascii="Times New Roman"')
  })

  test("two borderless two-column tables, and the sizes and styles per component", async () => {
    const xml = await unzipEntry(await renderDocx(sampleReport), "word/document.xml")
    expect(xml.match(/<w:tbl>/gu)).toHaveLength(2)
    expect(xml.match(/<w:gridCol w:w="3742"\/><w:gridCol w:w="5612"\/>/gu)).toHaveLength(2)
    expect(xml).toContain('<w:tblBorders><w:top w:val="none"')
    expect(xml).not.toMatch(
      /<w:(?:top|left|bottom|right|insideH|insideV) w:val="single"[^>]*\/><\/w:tblBorders>/u
    )
    const run = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`)
      return xml.slice(xml.lastIndexOf("<w:r>", at), at)
    }
    expect(run("Nơi nhận:")).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/u)
    expect(run("- Lưu: VT, VP.")).toMatch(/<w:sz w:val="22"\/>/u)
    expect(run("- Lưu: VT, VP.")).not.toMatch(/<w:b\/>/u)
    expect(run("Ba Bích, ngày 15 tháng 6 năm 2024")).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/u)
    expect(run("TM. ỦY BAN NHÂN DÂN")).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/u)
    expect(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/u)
    expect(run("BÁO CÁO")).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/u)
    expect(run("UBND TỈNH QUẢNG NGÃI")).toBe("") // the sample has no parent line
  })
})

describe("text width and issuer lines", () => {
  test("estimates and breaks", () => {
    expect(estimateTextWidthPt("Độc lập - Tự do - Hạnh phúc", 13, true)).toBeGreaterThan(150)
    expect(estimateTextWidthPt("Độc lập - Tự do - Hạnh phúc", 13, true)).toBeLessThan(190)
    expect(issuerNameLines("ỦY BAN NHÂN DÂN XÃ BA BÍCH", 180, 13)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ BA BÍCH"])
    expect(issuerNameLines("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", 180, 13)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH QUẢNG NGÃI"
    ])
    expect(issuerNameLines("SỞ NỘI VỤ", 180, 13)).toEqual(["SỞ NỘI VỤ"])
  })
})
