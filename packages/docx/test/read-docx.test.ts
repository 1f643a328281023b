import { strFromU8, strToU8, unzipSync, zipSync } from "fflate"
import { describe, expect, test } from "vitest"
import { docxSourceAt, readDocx, type DocxText } from "@cchc/docx"
import { makeDocx, p, r } from "./make-docx.js"

const read = (bytes: Uint8Array, limits = {}): DocxText => {
  const outcome = readDocx(bytes, limits)
  if (!outcome.ok) throw new Error(outcome.problem.message)
  return outcome.value
}

const problem = (bytes: Uint8Array, limits = {}) => {
  const outcome = readDocx(bytes, limits)
  if (outcome.ok) throw new Error("read a file that should be refused")
  return outcome.problem
}

const STYLES = `
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SubHeading"><w:basedOn w:val="Heading"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Loop1"><w:basedOn w:val="Loop2"/><w:rPr><w:caps/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>`

describe("effective formatting", () => {
  const bytes = makeDocx({
    styles: STYLES,
    body: [
      p(r("Thân bài")),
      p(r("TIÊU ĐỀ"), '<w:pStyle w:val="Heading"/>'),
      p(r("Đậm trong đậm") + r("đậm lại", '<w:rStyle w:val="Strong"/><w:b/>'), '<w:pStyle w:val="Heading"/>'),
      p(
        r("Nghiêng kế thừa") + r("nhỏ", '<w:sz w:val="22"/><w:i w:val="0"/>'),
        '<w:pStyle w:val="SubHeading"/>'
      ),
      p(
        r(
          "Chữ",
          '<w:rStyle w:val="Loop1"/><w:rFonts w:ascii="Arial"/><w:color w:val="ff0000"/><w:u w:val="single"/>'
        )
      ),
      p(
        r("Lề"),
        '<w:ind w:left="567" w:firstLine="567"/><w:spacing w:before="240" w:after="0" w:line="360" w:lineRule="exact"/><w:jc w:val="right"/>'
      )
    ].join("")
  })
  const { text, formatting } = read(bytes)
  const [body, heading, toggled, inherited, chars, indented] = formatting.paragraphs

  test("the text is one line per paragraph", () => {
    expect(text).toBe("Thân bài\nTIÊU ĐỀ\nĐậm trong đậmđậm lại\nNghiêng kế thừanhỏ\nChữ\nLề\n")
  })

  test("document defaults and the default paragraph style apply to a paragraph without a style", () => {
    expect(body!.style).toBe("Normal")
    expect(body!.alignment).toBe("justify")
    expect(body!.spacingAfter).toBe(6)
    expect(body!.lineSpacing).toEqual({ rule: "multiple", value: 1.15 })
    expect(body!.runs[0]!.format).toEqual({
      font: "Times New Roman",
      fontComplex: "Times New Roman",
      size: 14,
      bold: false,
      italic: false,
      underline: false,
      caps: false,
      color: null
    })
  })

  test("a paragraph style and the style it is based on", () => {
    expect(heading!.alignment).toBe("center")
    expect(heading!.runs[0]!.format).toMatchObject({ bold: true, size: 13 })
    expect(inherited!.runs[0]!.format).toMatchObject({ bold: true, italic: true, size: 13 })
  })

  test("bold of a character style toggles the paragraph style's bold; direct formatting sets it outright", () => {
    expect(toggled!.runs[0]!.format.bold).toBe(true)
    // Strong (bold) over Heading (bold) toggles off, then direct <w:b/> sets it on.
    expect(toggled!.runs[1]!.format.bold).toBe(true)
    expect(inherited!.runs[1]!.format).toMatchObject({ italic: false, size: 11 })
  })

  test("a style chain that loops is read up to the loop", () => {
    expect(chars!.runs[0]!.format).toMatchObject({
      font: "Arial",
      caps: true,
      color: "FF0000",
      underline: true
    })
  })

  test("direct paragraph properties: indentation, spacing, exact line height, alignment", () => {
    expect(indented).toMatchObject({
      alignment: "right",
      indentLeft: 28.35,
      indentFirstLine: 28.35,
      spacingBefore: 12,
      spacingAfter: 0,
      lineSpacing: { rule: "exact", value: 18 }
    })
  })

  test("every offset maps back to its part, paragraph, run and character", () => {
    const at = text.indexOf("đậm lại") + 2
    expect(docxSourceAt(formatting, at)).toEqual({
      part: "word/document.xml",
      paragraph: 2,
      run: 1,
      character: 2
    })
    expect(text.slice(toggled!.runs[1]!.start, toggled!.runs[1]!.end)).toBe("đậm lại")
    expect(docxSourceAt(formatting, 0)).toEqual({
      part: "word/document.xml",
      paragraph: 0,
      run: 0,
      character: 0
    })
  })

  test("a character style that toggles bold off over a bold paragraph style", () => {
    const doc = read(
      makeDocx({
        styles: STYLES,
        body: p(r("thường", '<w:rStyle w:val="Strong"/>'), '<w:pStyle w:val="Heading"/>')
      })
    )
    expect(doc.formatting.paragraphs[0]!.runs[0]!.format.bold).toBe(false)
  })
})

describe("theme fonts", () => {
  test("a font given by its theme slot is the theme's font", () => {
    const theme = `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`
    const bytes = makeDocx({
      styles: `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>`,
      body: p(r("a")) + p(r("b", '<w:rFonts w:asciiTheme="majorHAnsi"/>')),
      extra: { "word/theme/theme1.xml": theme }
    })
    // The theme needs a relationship: add it by hand.
    const fixed = withRelationship(
      bytes,
      '<Relationship Id="rIdTh" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
    )
    const fonts = read(fixed).formatting.paragraphs.map((x) => x.runs[0]!.format.font)
    expect(fonts).toEqual(["Calibri", "Cambria"])
  })
})

const withRelationship = (bytes: Uint8Array, relationship: string): Uint8Array => {
  // Rebuild with the extra relationship, from the same parts.
  const files = unzipSync(bytes)
  const rels = strFromU8(files["word/_rels/document.xml.rels"]!)
  files["word/_rels/document.xml.rels"] = strToU8(
    rels.replace("</Relationships>", `${relationship}</Relationships>`)
  )
  return zipSync(files)
}

describe("automatic numbering is drawn into the text", () => {
  const numbering = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`
  const num = (id: number, level = 0) =>
    `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`
  test("decimal, letters, multi-level, bullets, roman with a start override", () => {
    const { text, formatting } = read(
      makeDocx({
        numbering,
        body: [
          p(r("Một"), num(1)),
          p(r("Ý a"), num(1, 1)),
          p(r("Ý b"), num(1, 1)),
          p(r("Hai"), num(1)),
          p(r("Ý a lại"), num(1, 1)),
          p(r("Mục con"), num(1, 2)),
          p(r("Gạch"), num(2)),
          p(r("Chấm"), num(3)),
          p(r("Ba"), num(4)),
          p(r("Không số"), num(0))
        ].join("")
      })
    )
    expect(text).toBe(
      "1. Một\na) Ý a\nb) Ý b\n2. Hai\na) Ý a lại\n2.1.Mục con\n- Gạch\n• Chấm\nIII. Ba\nKhông số\n"
    )
    expect(formatting.paragraphs.map((x) => x.numbering)).toEqual([
      "1.",
      "a)",
      "b)",
      "2.",
      "a)",
      "2.1.",
      "-",
      "•",
      "III.",
      null
    ])
    // The label is in the paragraph, before its first run.
    expect(formatting.paragraphs[0]!.runs[0]!.start).toBe(3)
  })
})

describe("reading order", () => {
  test("tables: each cell's lines together, a blank line around tables and after cells", () => {
    const cell = (...lines: Array<string>) => `<w:tc>${lines.map((l) => p(r(l))).join("")}</w:tc>`
    const { text, formatting } = read(
      makeDocx({
        body:
          `<w:tbl><w:tr>${cell("ỦY BAN NHÂN DÂN", "Số: 05/BC-UBND")}${cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}</w:tr></w:tbl>` +
          p(r("BÁO CÁO")) +
          p(r("Dòng một") + "<w:r><w:br/><w:t>dòng hai</w:t><w:tab/><w:t>cột</w:t></w:r>")
      })
    )
    expect(text).toBe(
      "ỦY BAN NHÂN DÂN\nSố: 05/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\nDòng một\ndòng hai\tcột\n"
    )
    expect(formatting.paragraphs.map((x) => x.inTable)).toEqual([true, true, true, false, false])
  })

  test("field codes are left out and their drawn result kept; a text box is read from its fallback once", () => {
    const { text } = read(
      makeDocx({
        body:
          p(
            r("Trang ") +
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
              r("3") +
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
          ) +
          p(
            `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p(r("Trong hộp"))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
          )
      })
    )
    expect(text).toBe("Trang 3\nTrong hộp\n")
  })
})

describe("sections, headers and footers", () => {
  test("page size, orientation, margins, first-page header and the page-number field", () => {
    const { formatting } = read(
      makeDocx({
        headers: {
          rIdH1: p(
            '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>',
            '<w:jc w:val="center"/>'
          ),
          rIdH2: p("")
        },
        body:
          p(r("Phần một")) +
          p("", '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>') +
          p(r("Phần hai")) +
          '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/></w:sectPr>'
      })
    )
    expect(formatting.sections).toHaveLength(2)
    expect(formatting.sections[0]).toMatchObject({
      width: 297,
      height: 210,
      orientation: "landscape",
      marginTop: null
    })
    expect(formatting.sections[1]).toMatchObject({
      width: 210,
      height: 297,
      orientation: "portrait",
      marginTop: 20,
      marginBottom: 20,
      marginLeft: 30,
      marginRight: 15,
      titlePage: true,
      headersFooters: [
        { kind: "header", pages: "default", part: "word/rIdH1.xml" },
        { kind: "header", pages: "first", part: "word/rIdH2.xml" }
      ]
    })
    const header = formatting.margins.find((x) => x.part === "word/rIdH1.xml")!
    expect(header).toMatchObject({ alignment: "center", pageNumber: true, start: null })
    expect(header.runs[0]!.format.size).toBe(14)
  })
})

describe("package facts", () => {
  test("tracked changes are read as accepted and counted", () => {
    const { text, formatting } = read(
      makeDocx({
        body: p(
          r("Giữ ") +
            `<w:ins w:id="1" w:author="A"><w:r><w:t>thêm</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>`
        )
      })
    )
    expect(text).toBe("Giữ thêm\n")
    expect(formatting.facts.trackedChanges).toBe(2)
    expect(formatting.facts.firstTrackedChange).toBe(4)
  })

  test("comments, protection, signature, macros, embedded objects and altChunk", () => {
    const { formatting } = read(
      makeDocx({
        body: p(r("Nội dung")) + '<w:altChunk r:id="rIdX"/>' + p("<w:r><w:object/></w:r>"),
        comments: '<w:comment w:id="0"><w:p/></w:comment><w:comment w:id="1"><w:p/></w:comment>',
        settings: '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>',
        mainContentType: "application/vnd.ms-word.document.macroEnabled.main+xml",
        extra: {
          "_xmlsignatures/sig1.xml": "<Signature/>",
          "word/vbaProject.bin": new Uint8Array([1, 2]),
          "word/embeddings/oleObject1.bin": new Uint8Array([1])
        }
      })
    )
    expect(formatting.facts).toEqual({
      trackedChanges: 0,
      firstTrackedChange: null,
      comments: 2,
      protection: "readOnly",
      signed: true,
      macros: true,
      embeddedObjects: 2,
      altChunks: 1
    })
  })

  test("a plain document has no facts to report", () => {
    expect(read(makeDocx({ body: p(r("a")) })).formatting.facts).toMatchObject({
      trackedChanges: 0,
      comments: 0,
      protection: null,
      signed: false,
      macros: false,
      embeddedObjects: 0,
      altChunks: 0
    })
  })
})

describe("limits and damage: one located problem, never a crash", () => {
  test("not a ZIP archive", () => {
    expect(problem(new TextEncoder().encode("Số: 05/BC-UBND")).kind).toBe("not-zip")
  })

  test("a ZIP without a Word document", () => {
    expect(problem(zipSync({ "a.txt": strToU8("x") })).kind).toBe("missing-part")
  })

  test("XML that is not well-formed names the part, line and column", () => {
    const bytes = makeDocx({ body: "<w:p><w:r><w:t>a</w:r></w:p>" })
    const found = problem(bytes)
    expect(found).toMatchObject({ kind: "damaged", part: "word/document.xml", line: 2 })
    expect(found.column).toBeGreaterThan(1)
  })

  test("a part that inflates hundreds of times is refused before inflating (a zip bomb)", () => {
    const huge = new Uint8Array(50_000_000).fill(32)
    const bytes = zipSync(
      { "word/document.xml": huge, "[Content_Types].xml": strToU8("<Types/>") },
      { level: 9 }
    )
    expect(bytes.length).toBeLessThan(200_000)
    const found = problem(bytes)
    expect(found.kind).toBe("too-large")
    expect(found.part).toBe("word/document.xml")
  })

  test("a part that inflates beyond the size it declares stops at the declared size", () => {
    const bytes = makeDocx({ body: p(r("x".repeat(5000))) })
    // Lower the declared size of document.xml in its central directory entry.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const name = new TextEncoder().encode("word/document.xml")
    for (let at = 0; at < bytes.length - 46; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue
      const length = view.getUint16(at + 28, true)
      const entry = bytes.subarray(at + 46, at + 46 + length)
      if (length === name.length && entry.every((b, i) => b === name[i])) view.setUint32(at + 24, 100, true)
    }
    expect(problem(bytes)).toMatchObject({ kind: "too-large", part: "word/document.xml" })
  })

  test("too many paragraphs, elements, entries or characters", () => {
    const bytes = makeDocx({ body: "<w:p/>".repeat(2000) })
    expect(problem(bytes, { maxParagraphs: 1000 }).message).toMatch(/more than 1000 paragraphs/)
    expect(problem(bytes, { maxElements: 500 }).message).toMatch(/more than 500 XML elements/)
    expect(problem(bytes, { maxEntries: 2 }).message).toMatch(/entries/)
    expect(problem(makeDocx({ body: p(r("x".repeat(200))) }), { maxTextLength: 100 }).kind).toBe("too-large")
  })

  test("elements nested thousands deep", () => {
    const deep = "<w:sdt>".repeat(5000) + "</w:sdt>".repeat(5000)
    expect(problem(makeDocx({ body: deep })).message).toMatch(/nests elements/)
  })

  test("a document without text", () => {
    expect(problem(makeDocx({ body: "<w:p/>" })).kind).toBe("empty")
  })
})
