/**
 * The layout follows the samples of Nghị định 30/2020, Phụ lục III, where
 * the generator once did not (section (g) of the rule-pack corrections):
 * each test names the sample it pins.
 */
import type { DocumentSpec } from "@cchc/core"
import { lint } from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { readZipEntry } from "../__fixtures__/read-zip.js"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { signatureForOrThrow } from "../builders/signature-for.js"
import { renderDocx } from "../render/render-docx.js"
import { renderHtml } from "../render/render-html.js"
import { renderMarkdown } from "../render/render-markdown.js"
import { renderText } from "../render/render-text.js"
import { layoutDocumentOrThrow } from "./layout-document.js"

/** The paragraphs of a .docx body: each with its runs' text and bold flag, and its left indent. */
const docxParagraphs = async (spec: DocumentSpec) => {
  const xml = readZipEntry(await renderDocx(spec), "word/document.xml") ?? ""
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gsu)].map((m) => {
    const body = m[1] ?? m[2] ?? ""
    const runs = [...body.matchAll(/<w:r>(.*?)<\/w:r>/gsu)].map((r) => ({
      text: [...r[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(""),
      bold: /<w:b\/>|<w:b w:val="true"\/>/u.test(r[1]!),
      italic: /<w:i\/>|<w:i w:val="true"\/>/u.test(r[1]!)
    }))
    const left = /<w:ind [^>]*w:left="(\d+)"/u.exec(body)?.[1]
    return { text: runs.map((r) => r.text).join(""), runs, left: left === undefined ? 0 : Number(left) }
  })
}

const CONFIG = { extends: "recommended" as const }
const problems = (text: string) =>
  lint(text, CONFIG)
    .diagnostics.filter((d) => d.severity !== "info")
    .map((d) => `${d.ruleId}/${d.messageId}`)

/** A Quyết định cá biệt of a Chủ tịch UBND xã, in the shape of Mẫu 1.2. */
const decision: DocumentSpec = {
  kind: "Quyết định",
  issuer: { name: "Ủy ban nhân dân xã Ba Bích", parent: null },
  number: { sequence: 15, issuerCode: "UBND" },
  placeDate: { place: "Ba Bích", day: 10, month: 7, year: 2025 },
  title: { summary: "Về việc phê duyệt Kế hoạch tuyên truyền cải cách hành chính năm 2025" },
  preamble: [
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BA BÍCH",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Theo đề nghị của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.",
    "QUYẾT ĐỊNH:"
  ],
  sections: [
    { heading: "", paragraphs: ["Phê duyệt Kế hoạch tuyên truyền cải cách hành chính năm 2025 của xã."] },
    { heading: "", paragraphs: ["Quyết định này có hiệu lực kể từ ngày ký."] },
    {
      heading: "",
      paragraphs: [
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này."
      ]
    }
  ],
  signature: signatureForOrThrow({
    issuer: "Ủy ban nhân dân xã Ba Bích",
    signer: "Trần Văn Nam",
    competence: "own"
  }),
  recipients: {
    items: [{ text: "Như Điều 3" }, { text: "Chủ tịch, các Phó Chủ tịch UBND xã" }],
    archive: { units: ["VT", "VP"] }
  }
}

describe("Kính gửi with several addressees (Mẫu 1.5; PL I II.9.d)", () => {
  const letter: DocumentSpec = {
    ...sampleReport,
    kind: "Công văn",
    number: { sequence: 12, issuerCode: "UBND", unit: "VP" },
    title: { summary: "triển khai dịch vụ công trực tuyến" },
    kinhGui: ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"],
    sections: [],
    preamble: ["Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai dịch vụ công trực tuyến."]
  }

  test("the label stands alone, then one `- …;` a line with the hyphens under its colon (.docx)", async () => {
    const paragraphs = await docxParagraphs(letter)
    const at = paragraphs.findIndex((p) => p.text.startsWith("Kính gửi"))
    expect(paragraphs.slice(at, at + 3).map((p) => p.text)).toEqual([
      "Kính gửi:",
      "- Các sở, ban, ngành tỉnh;",
      "- Ủy ban nhân dân các xã, phường."
    ])
    const [label, first, second] = paragraphs.slice(at, at + 3)
    expect(first!.left).toBeGreaterThan(label!.left)
    expect(second!.left).toBe(first!.left)
  })

  test("in HTML the addressees are a block under the label", () => {
    const html = renderHtml(letter, { fragment: true })
    expect(html).toMatch(
      /<p class="label">Kính gửi:<\/p><p class="items" style="padding-left: [\d.]+pt">- Các sở, ban, ngành tỉnh;<br>- Ủy ban nhân dân các xã, phường\.<\/p>/u
    )
  })

  test("and it lints clean", () => {
    expect(problems(renderText(letter))).toEqual([])
  })
})

describe("a Quyết định cá biệt (Mẫu 1.2)", () => {
  test("`Theo đề nghị của …` is italic like the căn cứ lines", async () => {
    const layout = layoutDocumentOrThrow(decision)
    expect(layout.body.slice(0, 4).map((b) => (b.type === "paragraph" ? b.role : b.type))).toEqual([
      "command",
      "basis",
      "basis",
      "command"
    ])
    const paragraphs = await docxParagraphs(decision)
    const proposal = paragraphs.find((p) => p.text.startsWith("Theo đề nghị"))!
    expect(proposal.runs.every((r) => r.italic && !r.bold)).toBe(true)
  })

  test("only `Điều 1.` is bold and the content follows on the same line", async () => {
    const layout = layoutDocumentOrThrow(decision)
    const article = layout.body.find((b) => b.type === "heading")!
    expect(article).toMatchObject({
      text: "Điều 1. Phê duyệt Kế hoạch tuyên truyền cải cách hành chính năm 2025 của xã.",
      lead: "Điều 1."
    })
    const paragraphs = await docxParagraphs(decision)
    const first = paragraphs.find((p) => p.text.startsWith("Điều 1."))!
    expect(first.runs.map((r) => [r.text, r.bold])).toEqual([
      ["Điều 1.", true],
      [" Phê duyệt Kế hoạch tuyên truyền cải cách hành chính năm 2025 của xã.", false]
    ])
    expect(renderMarkdown(decision)).toContain(
      "\n**Điều 1.** Phê duyệt Kế hoạch tuyên truyền cải cách hành chính năm 2025 của xã.\n"
    )
    expect(renderHtml(decision, { fragment: true })).toContain(
      '<p class="heading level-1"><strong>Điều 1.</strong> Phê duyệt'
    )
    // The end mark goes after the last article's content.
    expect(renderText(decision)).toContain("thi hành Quyết định này./.")
  })

  test("the Chủ tịch in his own competence signs `CHỦ TỊCH`, without `TM.`, and it lints clean", () => {
    expect(decision.signature).toEqual({ authority: [], title: "CHỦ TỊCH", signer: "Trần Văn Nam" })
    const deputy = signatureForOrThrow({
      issuer: "Ủy ban nhân dân xã Ba Bích",
      signer: "Lê Văn Hùng",
      role: "deputy",
      competence: "own"
    })
    expect(deputy).toEqual({
      authority: [{ mode: "KT", on: "CHỦ TỊCH" }],
      title: "PHÓ CHỦ TỊCH",
      signer: "Lê Văn Hùng"
    })
    expect(problems(renderText(decision))).toEqual([])
    expect(problems(renderText({ ...decision, signature: deputy }))).toEqual([])
  })
})

describe("numbered tasks of a công văn or kế hoạch (PL I Mục V)", () => {
  test("a top-level task numbered `1.` keeps its case; a khoản without title is regular", () => {
    const layout = layoutDocumentOrThrow({
      ...sampleReport,
      sections: [
        { label: "1.", heading: "Phổ biến kế hoạch đến cán bộ, công chức", paragraphs: ["Trong tháng 7."] },
        { label: "2.", heading: "Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12." }
      ]
    })
    const headings = layout.body.filter((b) => b.type === "heading")
    expect(headings.map((h) => [h.text, h.bold])).toEqual([
      ["1. Phổ biến kế hoạch đến cán bộ, công chức", true],
      ["2. Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.", false]
    ])
  })

  test("a Roman-numbered heading is still printed in capitals and bold", () => {
    const layout = layoutDocumentOrThrow(sampleReport)
    const first = layout.body.find((b) => b.type === "heading")!
    expect([first.text, first.bold, first.lead]).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
      true,
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    ])
  })
})
