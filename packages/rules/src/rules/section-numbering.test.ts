import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import { describe, expect, test } from "vitest"
import rule, { withLastNumber } from "./section-numbering.js"

const body = (lines: ReadonlyArray<string>) =>
  ["Số: 05/BC-UBND", "", "BÁO CÁO", "Công tác tuyên truyền", "", ...lines, "Kết thúc./."].join("\n")

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    {
      name: "points in Vietnamese alphabet order",
      text: body([
        "1. Kết quả",
        "a) Tin bài",
        "b) Hội nghị",
        "c) Pa-nô",
        "d) Tờ gấp",
        "đ) Cuộc thi",
        "e) Phát thanh",
        "g) Mạng xã hội"
      ])
    },
    {
      name: "numbering restarts under each heading",
      text: body(["I. KẾT QUẢ", "1. Tin bài", "2. Hội nghị", "II. PHƯƠNG HƯỚNG", "1. Nhiệm vụ"])
    },
    {
      name: "a new list under the same heading",
      text: body(["I. KẾT QUẢ", "1. Tin bài", "2. Hội nghị", "Ngoài ra:", "1. Cuộc thi"])
    },
    {
      name: "articles run through chapters",
      text: body([
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi",
        "Điều 2. Đối tượng",
        "Chương II",
        "QUY ĐỊNH CỤ THỂ",
        "Điều 3. Nội dung"
      ])
    },
    {
      name: "bullets are not numbered",
      text: body(["1. Kết quả", "- Tin bài", "- Hội nghị", "+ Cấp tỉnh", "2. Phương hướng"])
    }
  ],
  invalid: [
    {
      name: "a gap",
      text: body(["1. Kết quả", "2. Đánh giá", "4. Phương hướng"]),
      errors: [{ messageId: "gap", line: 8, column: 1 }]
    },
    {
      name: "a repeat",
      text: body(["I. KẾT QUẢ", "II. ĐÁNH GIÁ", "II. PHƯƠNG HƯỚNG"]),
      errors: [{ messageId: "repeat", line: 8 }]
    },
    {
      name: "numbering backwards",
      text: body(["1. Kết quả", "2. Đánh giá", "3. Tồn tại", "2. Phương hướng"]),
      errors: [{ messageId: "order", line: 9 }]
    },
    {
      name: "the first heading is not 1",
      text: body(["II. KẾT QUẢ", "III. PHƯƠNG HƯỚNG"]),
      errors: [{ messageId: "start", line: 6 }]
    },
    {
      name: "mixed styles in one level",
      text: body(["1. Kết quả", "2. Đánh giá", "III. PHƯƠNG HƯỚNG"]),
      errors: [
        { messageId: "mixed", line: 8 },
        { messageId: "start", line: 8 }
      ]
    },
    {
      name: "a letter not in the Vietnamese alphabet",
      text: body([
        "1. Kết quả",
        "a) Tin bài",
        "b) Hội nghị",
        "c) Cuộc thi",
        "d) Pa-nô",
        "đ) Tờ gấp",
        "e) Phát thanh",
        "f) Mạng xã hội"
      ]),
      errors: [{ messageId: "letter", line: 13 }]
    },
    {
      name: "article numbers skip across chapters",
      text: body([
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi",
        "Chương II",
        "QUY ĐỊNH CỤ THỂ",
        "Điều 3. Nội dung"
      ]),
      errors: [{ messageId: "articleGap", line: 11 }]
    }
  ]
})

describe("withLastNumber", () => {
  test("sets the number at the end, before one closing `.` or `)`", () => {
    expect(withLastNumber("4.", 3)).toBe("3.")
    expect(withLastNumber("1.4.", 3)).toBe("1.3.")
    expect(withLastNumber("2)", 1)).toBe("1)")
    expect(withLastNumber("12", 13)).toBe("13")
    expect(withLastNumber("Điều 3.", 2)).toBe("Điều 2.")
    expect(withLastNumber("1" + "0".repeat(50_000) + ".", 7)).toBe("7.")
  })

  test("unchanged without a number there", () => {
    expect(withLastNumber("a)", 2)).toBe("a)")
    expect(withLastNumber("1.)", 2)).toBe("1.)")
    expect(withLastNumber("1..", 2)).toBe("1..")
    expect(withLastNumber("1 .", 2)).toBe("1 .")
    expect(withLastNumber("", 2)).toBe("")
    expect(withLastNumber("1".repeat(50_000) + "x", 2)).toBe("1".repeat(50_000) + "x")
  })
})
