import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./abbreviation-first-use.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const FOOT =
  "\n\nNơi nhận:\n- Phòng VH-TT huyện;\n- TT Đảng ủy, TT HĐND xã;\n- CT, PCT UBND xã;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Văn Mạnh"
const doc = (...body: Array<string>) => HEAD + body.join("\n") + FOOT

ruleTester(rule).run({
  valid: [
    doc(
      "Triển khai tuyên truyền về cải cách hành chính (CCHC) tới cán bộ, công chức.",
      "",
      "Tuyên truyền CCHC gắn với nhiệm vụ chính trị."
    ),
    {
      // Real lines of CCHC reports: established names and designations.
      name: "established names and designations need no spelling-out",
      text: doc(
        "Chỉ số PAR INDEX năm 2024 của tỉnh tăng 5 bậc; chỉ số SIPAS đạt 85%.",
        "Duy trì hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015.",
        "Thời kỳ dịch COVID-19, người dân quét mã QR để nộp hồ sơ trên nền tảng của VNPT.",
        "Sở GD&ĐT phối hợp với Sở KH&CN triển khai."
      )
    },
    {
      name: "Roman numerals are not abbreviations",
      text: doc(
        "Nghị quyết Đại hội đại biểu Đảng bộ thị xã lần thứ XXI; Hội nghị Tỉnh ủy lần thứ 5 Khóa XX; quý IV năm 2023."
      )
    },
    {
      name: "codes inside document numbers are not abbreviations",
      text: doc(
        "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh và Nghị quyết số 04-NQ/TU ngày 18/10/2021."
      )
    },
    {
      name: "standard designations",
      text: doc("Duy trì hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001: 2015 và TCVN 6909:2001.")
    },
    { name: "UBND and HĐND are allowed by default", text: doc("Báo cáo UBND huyện và Thường trực HĐND xã.") },
    {
      name: "headings in capitals",
      text: doc("II. NỘI DUNG TUYÊN TRUYỀN VỀ CCHC", "", "1. Các quan điểm về cải cách hành chính.")
    },
    {
      name: "a definition followed by more words in the parentheses",
      text: doc(
        "Cải thiện các chỉ số cải cách hành chính (PAR Index); chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
        "",
        "Nâng cao PAR Index và PCI."
      )
    },
    {
      name: "each word of a multi-word short form in parentheses is defined",
      text: doc(
        "Công bố Chỉ số cải cách hành chính (PAR INDEX) của tỉnh.",
        "",
        "Kết quả PAR INDEX năm 2025 tăng."
      )
    },
    {
      name: "allowed by configuration",
      text: doc("Tuyên truyền về CCHC."),
      options: { allow: ["CCHC", "UBND"] }
    },
    {
      name: "mixed-case words and lower-case codes",
      text: doc("Phòng chống dịch Covid-19; V/v báo cáo; (để b/c).")
    }
  ],
  invalid: [
    {
      name: "used before it is spelled out (Sở Ngoại vụ, line 33 before line 47)",
      text: doc(
        "- Phối hợp tuyên truyền các thông tin về CCHC và cử công chức tham gia tập huấn.",
        "",
        "Triển khai tuyên truyền, phổ biến về cải cách hành chính (CCHC) tới toàn thể cán bộ, công chức."
      ),
      errors: [{ messageId: "usedBeforeDefinition", line: 7, column: 42 }]
    },
    {
      name: "an abbreviation next to the established names is still reported",
      text: doc("Chỉ số PAR INDEX năm 2024 tăng; kết quả giải quyết TTHC đúng hạn đạt 98%."),
      errors: [{ messageId: "neverDefined", line: 7 }]
    },
    {
      name: "never spelled out: one report, at the first use",
      text: doc(
        "Xây dựng chuyên mục CCHC trên sóng truyền thanh.",
        "",
        "Lồng ghép nội dung CCHC trong các hội nghị; giải quyết TTHC đúng hạn.",
        "",
        "Công tác CCHC."
      ),
      errors: [
        { messageId: "neverDefined", line: 7, column: 21 },
        { messageId: "neverDefined", line: 9, column: 56 }
      ]
    },
    {
      name: "the default allow-list is replaced by the option",
      text: doc("Báo cáo UBND huyện."),
      options: { allow: [] },
      errors: [{ messageId: "neverDefined", line: 7, column: 9 }]
    },
    {
      name: "joined abbreviations, beside a disease name with its number, which is established",
      text: doc("Phối hợp với Trung tâm VH-TT-TT phòng chống dịch COVID-19 và bệnh SXH-2."),
      errors: [
        { messageId: "neverDefined", line: 7, column: 24 },
        { messageId: "neverDefined", line: 7, column: 67 }
      ]
    }
  ]
})

describe("abbreviation-first-use suggestions", () => {
  const lintText = (text: string, options?: Record<string, unknown>) =>
    lintWithRule(rule, text, options, DEFAULT_TEST_TODAY).diagnostics

  test("a known abbreviation gets its full form, capitalised at a sentence start", () => {
    const [mid] = lintText(doc("Tuyên truyền về CCHC."))
    expect(mid?.suggestions[0]?.edits[0]?.text).toBe("cải cách hành chính (CCHC)")
    expect(mid?.message).toContain("“cải cách hành chính (CCHC)”")
    const [start] = lintText(doc("- CCHC là nhiệm vụ trọng tâm."))
    expect(start?.suggestions[0]?.edits[0]?.text).toBe("Cải cách hành chính (CCHC)")
  })

  test("an unknown abbreviation gets no suggestion, and a configured expansion is used", () => {
    expect(lintText(doc("Báo cáo kết quả ĐGTTHC."))[0]?.suggestions).toEqual([])
    const [d] = lintText(doc("Báo cáo kết quả ĐGTTHC."), {
      expansions: { ĐGTTHC: "đánh giá chất lượng giải quyết thủ tục hành chính" }
    })
    expect(d?.suggestions[0]?.edits[0]?.text).toBe(
      "đánh giá chất lượng giải quyết thủ tục hành chính (ĐGTTHC)"
    )
  })

  test("the line of the spelling-out is in the message", () => {
    const [d] = lintText(doc("Về CCHC.", "", "Về cải cách hành chính (CCHC)."))
    expect(d?.message).toContain("dòng 9")
  })
})

describe("abbreviation-first-use docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
