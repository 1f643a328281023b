import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { LogicalText } from "./logical-text.js"
import { wrapEvidence } from "./wrap-evidence.js"

const read = (text: string) => LogicalText.of(text).text

describe("LogicalText: wrapped lines of real copies", () => {
  test.each([
    ["**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA\nVIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["**ỦY\nBAN NHÂN DÂN **", "ỦY BAN NHÂN DÂN"],
    ["Số:\n7360/KH-UBND", "Số: 7360/KH-UBND"],
    [
      "*Thành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025*",
      "Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025"
    ],
    [
      "*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*",
      "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025"
    ],
    ["Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025", "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025"],
    ["Hà Nội, ngày\n21 tháng 11 năm 2025", "Hà Nội, ngày 21 tháng 11 năm 2025"],
    ["**TM. ỦY BAN NHÂN\nDÂN**", "TM. ỦY BAN NHÂN DÂN"],
    ["**Bùi\nXuân Cường**", "Bùi Xuân Cường"],
    ["**Kính g****ửi****:**", "Kính gửi:"],
    [
      "*V/v khẩn trương hoàn thành cập nhật, đồng bộ\ncơ sở dữ liệu cán bộ*",
      "V/v khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ"
    ],
    [
      "theo Công văn số 15972/SXD-QLN& TTBĐS ngày 14\ntháng 11 năm 2025 của Sở Xây dựng.",
      "theo Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 của Sở Xây dựng."
    ],
    [
      "Theo đề nghị của Giám đốc Sở\nNội vụ tại Tờ trình số 9807/TTr-SNV;",
      "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 9807/TTr-SNV;"
    ],
    [
      "- Các cơ quan chuyên môn khác\nthuộc Ủy ban nhân dân Thành phố;",
      "- Các cơ quan chuyên môn khác thuộc Ủy ban nhân dân Thành phố;"
    ],
    ["*Nơi nhận:*", "Nơi nhận:"],
    ["Nội dung./.\n* *\n|\nNơi nhận:", "Nội dung./.\n\n\nNơi nhận:"]
  ])("%j", (input, expected) => {
    expect(read(input).trimEnd()).toBe(expected)
  })
})

describe("LogicalText: breaks that stand", () => {
  test.each([
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI",
    "ỦY BAN NHÂN DÂN\nXÃ BA BÍCH",
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 01 năm 2020",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH\nNguyễn Văn An",
    "**KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2022**",
    "1. Mục tiêu\n- Nâng cao nhận thức;",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích",
    "Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị định số 30/2020/NĐ-CP;",
    "Số: 05/BC-UBND\nV/v báo cáo kết quả",
    "a) Nội dung thứ nhất\nb) Nội dung thứ hai",
    "TỈNH ỦY QUẢNG NGÃI\n*"
  ])("%j", (input) => {
    expect(read(input)).toBe(input.replace(/\*\*/gu, ""))
  })
})

describe("LogicalText: tables and separators", () => {
  test("a Markdown header table is read column by column", () => {
    const text =
      "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| XÃ BA BÍCH | Độc lập - Tự do - Hạnh phúc |\n\nNội dung."
    expect(read(text)).toBe(
      "ỦY BAN NHÂN DÂN\nXÃ BA BÍCH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNội dung."
    )
  })
  test("a lone `|` line separates cells and is read as blank", () => {
    expect(read("Số: 05/BC-UBND\n|\nHà Nội, ngày 05 tháng 01 năm 2020")).toBe(
      "Số: 05/BC-UBND\n\nHà Nội, ngày 05 tháng 01 năm 2020"
    )
  })
})

describe("LogicalText: spans point into the original", () => {
  test("a joined place-date spans both original lines", () => {
    const original = "Số: 01/KH-UBND\n*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*\n"
    const logical = LogicalText.of(original)
    const at = logical.text.indexOf("Thành")
    const end = logical.text.indexOf("2025") + 4
    const span = logical.span(at, end)
    expect(original.slice(span.start.offset, span.end.offset)).toBe(
      "Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025"
    )
    expect(span.start.line).toBe(2)
    expect(span.end.line).toBe(3)
  })

  test("every logical character maps to an original character it came from", () => {
    const pieces = fc.constantFrom(
      "**",
      "*",
      "|",
      "\n",
      " ",
      "CỘNG HÒA XÃ HỘI",
      "CHỦ NGHĨA VIỆT NAM",
      "Hà Nội, ngày",
      "21 tháng 11 năm 2025",
      "của",
      "các cơ quan",
      "Số:",
      "05/BC",
      "| a | b |",
      "ỦY BAN NHÂN",
      "DÂN"
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const original = parts.join("")
        const logical = LogicalText.of(original)
        for (let i = 0; i < logical.text.length; i++) {
          const c = logical.text[i]!
          const span = logical.span(i, i + 1)
          const source = original.slice(span.start.offset, span.end.offset)
          // A space may stand for the break (and blanks) it replaced.
          if (c === " ") expect(/^[ \n]*$|^ /u.test(source) || source.length === 0).toBe(true)
          else if (c !== "\n") expect(source).toContain(c)
          expect(span.start.offset).toBeLessThanOrEqual(span.end.offset)
        }
      })
    )
  })

  test("a text without wraps or Markdown reads as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", ".", ";", "\n", "Đ", "1") }), (text) => {
        const lines = text.split("\n")
        // Each line ends a sentence: nothing can be joined.
        const plain = lines.map((l) => (l.trim().length === 0 ? l : `${l.trimEnd()}.`)).join("\n")
        expect(read(plain)).toBe(plain)
      })
    )
  })
})

describe("LogicalText: the joins it made", () => {
  test("are listed with their evidence, and none for a text laid out one line per line", () => {
    expect(
      LogicalText.of("Số:\n05/BC-UBND\nHà Nội, ngày\n05 tháng 01 năm 2020").joins.map((j) => j.evidence)
    ).toEqual(["number", "place-date"])
    expect(LogicalText.of("Số: 05/BC-UBND\nHà Nội, ngày 05 tháng 01 năm 2020\n").joins).toEqual([])
  })
  test("a line of stars is read as blank, a lone star is kept", () => {
    expect(read("Nội dung.\n* * * *\nTỈNH ỦY QUẢNG NGÃI\n*")).toBe("Nội dung.\n\nTỈNH ỦY QUẢNG NGÃI\n*")
  })
})

describe("wrapEvidence", () => {
  test("names the evidence", () => {
    expect(wrapEvidence("Số:", "05/BC-UBND", false)).toBe("number")
    expect(wrapEvidence("TM. ỦY BAN NHÂN", "DÂN", false)).toBe("name")
    expect(wrapEvidence("cập nhật, đồng bộ", "cơ sở dữ liệu", false)).toBe("continues-lower-case")
    expect(wrapEvidence("Bùi", "Xuân Cường", true)).toBe("emphasis")
    expect(wrapEvidence("Bùi", "Xuân Cường", false)).toBe(null)
  })
})
