import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import { describe, expect, test } from "vitest"
import rule, { provinceInLine } from "./administrative-era.js"

const dated = (text: string, date: string) => text.replace("ngày 05 tháng 3 năm 2024", date)

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    {
      name: "a thị trấn before 1 July 2025",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "UBND HUYỆN BA TƠ\nUBND THỊ TRẤN BA TƠ"),
        "ngày 30 tháng 6 năm 2025"
      ).replace("UBND HUYỆN BA TƠ\n", "")
    },
    {
      name: "a thị trấn in a generic list of a Nơi nhận after 1 July 2025",
      text: dated(
        SAMPLE_REPORT.replace("- Lưu:", "- UBND các xã, thị trấn;\n- Lưu:"),
        "ngày 05 tháng 8 năm 2025"
      )
    },
    {
      name: "a Huyện ủy before 1 July 2025",
      text: dated(
        SAMPLE_REPORT.replace("- Lưu:", "- Ban Thường vụ Huyện ủy Ba Tơ;\n- Lưu:"),
        "ngày 20 tháng 6 năm 2025"
      )
    },
    {
      name: "the merged Party board, and the HĐND's own Ban Dân tộc, after 2025",
      text: dated(
        SAMPLE_REPORT.replace(
          "- Lưu:",
          "- Ban Tuyên giáo và Dân vận Tỉnh ủy;\n- Ban Dân tộc HĐND tỉnh;\n- Thanh tra tỉnh;\n- Lưu:"
        ),
        "ngày 05 tháng 8 năm 2025"
      )
    },
    {
      name: "a Sở Ngoại vụ after 2025: kept in some provinces",
      text: dated(SAMPLE_REPORT.replace("- Lưu:", "- Sở Ngoại vụ;\n- Lưu:"), "ngày 05 tháng 8 năm 2025")
    },
    {
      name: "an absorbed province before the merge",
      text: SAMPLE_REPORT.replace("QUẢNG NGÃI", "BẮC GIANG").replace("Quảng Ngãi,", "Bắc Giang,")
    },
    {
      // The place of a phường named after the province it replaced as a
      // name (1658/NQ-UBTVQH15 item 92: "phường mới có tên gọi là phường Bắc Giang").
      name: "a phường named after an absorbed province, dated at its own name",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC GIANG").replace(
          "Quảng Ngãi,",
          "Bắc Giang,"
        ),
        "ngày 20 tháng 9 năm 2025"
      )
    },
    {
      name: "a xã named after an absorbed province",
      text: dated(
        SAMPLE_REPORT.replace(
          "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ",
          "UBND TỈNH HƯNG YÊN\nUBND XÃ THÁI BÌNH"
        ).replace("Quảng Ngãi,", "Thái Bình,"),
        "ngày 20 tháng 9 năm 2025"
      )
    },
    {
      name: "a district body before 1 July 2025",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "UBND HUYỆN BA TƠ\nPHÒNG NỘI VỤ"),
        "ngày 30 tháng 6 năm 2025"
      )
    },
    {
      name: "a merged Sở before 1 March 2025",
      text: dated(
        SAMPLE_REPORT.replace("SỞ NỘI VỤ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
        "ngày 28 tháng 02 năm 2025"
      )
    },
    {
      name: "the current names after the reform",
      text: dated(SAMPLE_REPORT.replace("SỞ NỘI VỤ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), "ngày 05 tháng 8 năm 2025")
    },
    {
      name: "a blank day in the month before the change",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "UBND HUYỆN BA TƠ\nPHÒNG NỘI VỤ"),
        "ngày tháng 6 năm 2025"
      )
    },
    {
      name: "an old body cited in the body text",
      text: dated(
        SAMPLE_REPORT.replace("Kế hoạch số 35/KH-UBND", "Công văn số 1175/STTTT-TTBCXB"),
        "ngày 05 tháng 8 năm 2025"
      )
    }
  ],
  invalid: [
    {
      name: "a phường dated at another absorbed province",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC GIANG").replace(
          "Quảng Ngãi,",
          "Hải Dương,"
        ),
        "ngày 20 tháng 9 năm 2025"
      ),
      errors: [{ messageId: "absorbedProvince", line: 8 }]
    },
    {
      name: "the province of the same name in the issuer is still reported",
      text: dated(
        SAMPLE_REPORT.replace("QUẢNG NGÃI", "BẮC GIANG").replace("Quảng Ngãi,", "Bắc Giang,"),
        "ngày 20 tháng 9 năm 2025"
      ),
      errors: [
        { messageId: "absorbedProvince", line: 1 },
        { messageId: "absorbedProvince", line: 8 }
      ]
    },
    {
      name: "a thị trấn as issuer after 1 July 2025 (rule-pack corrections d.3)",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "UBND THỊ TRẤN CHÂU Ổ"),
        "ngày 05 tháng 8 năm 2025"
      ),
      errors: [{ messageId: "township", line: 1, column: 1 }]
    },
    {
      name: "ended and merged bodies in the Nơi nhận after 1 July 2025 (rule-pack corrections d.4)",
      text: dated(
        SAMPLE_REPORT.replace(
          "- Lưu:",
          "- Ban Thường vụ Huyện ủy Ba Tơ;\n- Thanh tra Sở Nội vụ;\n- Ban Tuyên giáo Tỉnh ủy;\n- Lưu:"
        ),
        "ngày 05 tháng 8 năm 2025"
      ),
      errors: [
        { messageId: "endedBody", line: 30 },
        { messageId: "mergedBody", line: 31 },
        { messageId: "mergedBody", line: 32 }
      ]
    },
    {
      name: "a district body after 1 July 2025",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "UBND HUYỆN BA TƠ\nPHÒNG NỘI VỤ"),
        "ngày 05 tháng 8 năm 2025"
      ),
      errors: [{ messageId: "districtLevel", line: 1, column: 1 }]
    },
    {
      name: "an absorbed province in header and place",
      text: dated(
        SAMPLE_REPORT.replace("QUẢNG NGÃI", "BẮC GIANG").replace("Quảng Ngãi,", "Bắc Giang,"),
        "ngày 05 tháng 8 năm 2025"
      ),
      errors: [
        { messageId: "absorbedProvince", line: 1 },
        { messageId: "absorbedProvince", line: 8 }
      ]
    },
    {
      name: "a merged Sở as issuer and in the number",
      text: dated(
        SAMPLE_REPORT.replace("SỞ NỘI VỤ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG").replace(
          "05/BC-SNV",
          "05/BC-STTTT"
        ),
        "ngày 05 tháng 3 năm 2025"
      ),
      errors: [
        { messageId: "mergedBody", line: 2 },
        { messageId: "mergedBody", line: 3 }
      ]
    },
    {
      name: "a merged Sở among the recipients",
      text: dated(SAMPLE_REPORT.replace("- Sở Tư pháp;", "- Sở TT&TT;"), "ngày 05 tháng 4 năm 2025"),
      errors: [{ messageId: "mergedBody", line: 29 }]
    },
    {
      name: "a blank day in the month of the change",
      text: dated(
        SAMPLE_REPORT.replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "UBND HUYỆN BA TƠ\nPHÒNG NỘI VỤ"),
        "ngày tháng 7 năm 2025"
      ),
      errors: [{ messageId: "districtLevel", line: 1 }]
    }
  ]
})

describe("provinceInLine", () => {
  test.each([
    ["UBND TỈNH BẮC GIANG", "BẮC GIANG"],
    ["Ủy ban nhân dân tỉnh Bắc Giang", "Bắc Giang"],
    ["UBND THÀNH PHỐ HỒ CHÍ MINH", "HỒ CHÍ MINH"],
    ["UBND TP. Hồ Chí Minh", "Hồ Chí Minh"],
    ["UBND Tp HCM", "HCM"],
    ["UBND TỈNH BÀ RỊA - VŨNG TÀU", "BÀ RỊA - VŨNG TÀU"],
    ["UBND TỈNH     BẮC GIANG", "BẮC GIANG"],
    ["UBND TỈNH THÀNH PHỐ HÀ NỘI", "THÀNH PHỐ HÀ NỘI"],
    ["UBND TỈNH " + "A".repeat(41), "A".repeat(41)],
    ["UBND TỈNH" + " ".repeat(50_000) + "BẮC GIANG", "BẮC GIANG"]
  ])("%s names %s", (line, name) => {
    expect(provinceInLine(line)).toBe(name)
  })

  test.each([
    "SỞ NỘI VỤ",
    "UBND TỈNH",
    "UBND TỈNH B",
    "UBND TỈNH -BẮC GIANG",
    "UBND TỈNH BẮC GIANG 2",
    "UBND TỈNH BẮC GIANG.",
    "UBND TỈNH:BẮC GIANG",
    "UBND TỈNH " + "A".repeat(42),
    "UBND TỈNH" + " ".repeat(50_000) + "1"
  ])("%s names no province", (line) => {
    expect(provinceInLine(line)).toBeNull()
  })
})

describe("administrative-era messages", () => {
  test("a province absorbed into the city is told its full name", async () => {
    const { lintWithRule, DEFAULT_TEST_TODAY } = await import("../testing/rule-case.js")
    const text = dated(
      SAMPLE_REPORT.replace("QUẢNG NGÃI", "BÀ RỊA - VŨNG TÀU").replace("Quảng Ngãi,", "Vũng Tàu,"),
      "ngày 20 tháng 9 năm 2025"
    )
    const [first] = lintWithRule(rule, text, undefined, DEFAULT_TEST_TODAY).diagnostics
    expect(first?.message).toContain("hợp nhất vào Thành phố Hồ Chí Minh")
  })
})
