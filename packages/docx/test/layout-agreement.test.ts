// The .docx that @cchc/format renders is laid out as NĐ 30/2020 asks: the
// reader and the layout rules agree with the renderer, and a plain text
// of the same document has the layout rules skipped.
import { parseDocument } from "@cchc/core"
import { readDocx } from "@cchc/docx"
import { renderText } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"
import { ALL_RULES, lintResolved, resolveConfig } from "@cchc/rules"
import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../../format/src/__fixtures__/sample-report.js"
import { fixDocx } from "@cchc/docx"
import { strFromU8, unzipSync } from "fflate"
import { faultyDocx } from "./faulty-docx.js"
import { makeDocx, p, r } from "./make-docx.js"

const FORMATTING_RULES = ALL_RULES.filter(
  (r) => r.meta.id.startsWith("layout-") || r.meta.id === "word-package"
).map((r) => r.meta.id)
const config = Result.getOrThrow(resolveConfig({ extends: "strict", today: "2026-01-15" }))

describe("renderDocx and the layout rules", () => {
  test("the rendered .docx gets no formatting finding", async () => {
    const read = readDocx(await renderDocx(sampleReport))
    if (!read.ok) throw new Error(read.problem.message)
    const { text, formatting } = read.value
    const result = lintResolved(parseDocument(text, { formatting }), text, config)
    const found = result.diagnostics.filter((d) => FORMATTING_RULES.includes(d.ruleId))
    expect(found.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([])
    // Each formatting rule judged something (none skipped for want of formatting).
    const skipped = result.skipped.filter((s) => FORMATTING_RULES.includes(s.ruleId))
    expect(skipped.filter((s) => s.reason.includes("plain text"))).toEqual([])
  })

  test("the same document as plain text has every formatting rule skipped, with the reason", () => {
    const text = renderText(sampleReport)
    const result = lintResolved(parseDocument(text), text, config)
    const skipped = result.skipped.filter((s) => FORMATTING_RULES.includes(s.ruleId))
    expect(skipped.map((s) => s.ruleId).sort()).toEqual([...FORMATTING_RULES].sort())
    for (const s of skipped)
      expect(s).toMatchObject({ skip: "not-applicable", reason: expect.stringContaining("plain text") })
  })
})

const lintDocx = (bytes: Uint8Array) => {
  const read = readDocx(bytes)
  if (!read.ok) throw new Error(read.problem.message)
  const { text, formatting } = read.value
  const result = lintResolved(parseDocument(text, { formatting }), text, config)
  return { text, diagnostics: result.diagnostics.filter((d) => FORMATTING_RULES.includes(d.ruleId)) }
}

describe("a .docx laid out wrongly", () => {
  test("each formatting defect is found and located at its text", () => {
    const bytes = faultyDocx()
    const read = readDocx(bytes)
    if (!read.ok) throw new Error(read.problem.message)
    const { text, formatting } = read.value
    const result = lintResolved(parseDocument(text, { formatting }), text, config)
    const found = result.diagnostics.filter((d) => FORMATTING_RULES.includes(d.ruleId))
    const at = (d: (typeof found)[number]) => text.slice(d.span.start.offset, d.span.end.offset)
    expect(found.map((d) => [d.ruleId, d.message, at(d)])).toEqual([
      ["layout-page-setup", "Lề trái phải cách mép 30–35 mm (đang: 20 mm).", "ỦY BAN NHÂN DÂN"],
      [
        "layout-national-header",
        "Quốc hiệu phải in hoa, in đậm, cỡ chữ 12–13 (đang: không đậm, cỡ chữ 14).",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
      ],
      [
        "layout-font",
        "Văn bản phải dùng phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001); đoạn này dùng phông Arial.",
        "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm 2024 như sau:"
      ]
    ])
  })
})

describe("fixDocx", () => {
  test("the fixed copy re-lints without fixable findings, reads the same text, and keeps every other part", () => {
    // A Node Buffer, as the CLI reads files: its `slice` is a view, not a copy.
    const bytes = Buffer.from(faultyDocx())
    const before = lintDocx(bytes)
    const fixed = fixDocx(bytes, before.diagnostics)
    if (!fixed.ok) throw new Error(fixed.problem.message)
    const after = lintDocx(fixed.value)
    expect(after.text).toBe(before.text)
    expect(after.diagnostics.filter((d) => d.formatFix !== undefined)).toEqual([])
    const a = unzipSync(bytes)
    const b = unzipSync(fixed.value)
    expect(Object.keys(b)).toEqual(Object.keys(a))
    for (const name of Object.keys(a))
      if (name !== "word/document.xml") expect(b[name], name).toEqual(a[name])
    const xml = strFromU8(b["word/document.xml"]!)
    expect(xml).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/>')
    expect(xml).toContain(
      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">CỘNG HÒA'
    )
  })

  test("a finding without a formatting fix changes nothing", () => {
    const bytes = faultyDocx()
    const fixed = fixDocx(bytes, [])
    expect(fixed.ok && fixed.value).toBe(bytes)
  })

  test("a signed, protected or macro-enabled file is never rewritten", () => {
    const finding = {
      span: { start: { offset: 0 }, end: { offset: 3 } },
      formatFix: { runs: { bold: true } }
    }
    const signed = makeDocx({ body: p(r("abc")), extra: { "_xmlsignatures/sig1.xml": "<Signature/>" } })
    const protectedFile = makeDocx({
      body: p(r("abc")),
      settings: '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>'
    })
    const macros = makeDocx({ body: p(r("abc")), extra: { "word/vbaProject.bin": new Uint8Array([1]) } })
    for (const file of [signed, protectedFile, macros]) {
      const outcome = fixDocx(file, [finding])
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.problem.kind).toBe("refused")
    }
    const plain = fixDocx(makeDocx({ body: p(r("abc")) }), [finding])
    if (!plain.ok) throw new Error(plain.problem.message)
    expect(strFromU8(unzipSync(plain.value)["word/document.xml"]!)).toContain(
      "<w:r><w:rPr><w:b/></w:rPr><w:t"
    )
  })
})
