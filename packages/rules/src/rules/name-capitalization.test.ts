import { describe, expect, test } from "vitest"
import { ORGANISATION_NAMES, TITLES, LAW_NAMES } from "../data/proper-names.js"
import { ruleTester } from "../testing/rule-tester.js"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import rule from "./name-capitalization.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (body: string) => HEAD + body

ruleTester(rule).run({
  valid: [
    doc(
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật; Bộ Công an và Ủy ban Thường vụ Quốc hội; Phó Chủ tịch UBND tỉnh."
    ),
    { name: "headings and signatures in capitals", text: doc("BỘ CÔNG AN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") },
    { name: "a title in lower case is a common noun", text: doc("các phó chủ tịch phụ trách lĩnh vực") },
    { name: "a name in lower case is a common noun", text: doc("nộp hồ sơ tại bộ phận một cửa của xã") },
    {
      name: "the deputy head of a named Ban (kh02, line 85)",
      text: doc("Phó Trưởng Ban Thường trực Ban Chỉ đạo là Phó Chủ tịch Thường trực UBND tỉnh")
    },
    { name: "a law word in lower case is a noun", text: doc("theo quy định của luật đất đai hiện hành") },
    {
      name: "the old tone placement is the same letters",
      text: doc("Uỷ ban Thường vụ Quốc hội; Bộ Văn hoá, Thể thao và Du lịch")
    },
    { name: "a longer name that only starts like one", text: doc("Bộ Công an tỉnh; Bộ phận Một cửa cấp xã") }
  ],
  invalid: [
    {
      name: "a ministry with its field in capitals (kh03, line 273)",
      text: doc("phối hợp với Bộ Công An triển khai"),
      errors: [{ messageId: "organisation", line: 7, column: 14 }]
    },
    {
      name: "the Standing Committee in lower case (nq01, line 148)",
      text: doc("theo Nghị quyết của Ủy ban thường vụ Quốc hội"),
      errors: [{ messageId: "organisation", line: 7, column: 21 }]
    },
    {
      name: "a name wrapped over two lines (kh07, line 152)",
      text: doc("Ủy ban Mặt trận tổ\nquốc Việt Nam tỉnh"),
      errors: [{ messageId: "organisation", line: 7, column: 8 }]
    },
    {
      name: "a title in a mixed form (kh05, line 274)",
      text: doc("đồng chí Phó chủ tịch UBND tỉnh"),
      errors: [{ messageId: "title", line: 7, column: 10 }]
    },
    {
      name: "a law whose name starts in lower case (qd06, line 30)",
      text: doc("Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;"),
      errors: [{ messageId: "law", line: 7, column: 8 }]
    },
    {
      name: "the Party's Central Committee (kh01, line 115)",
      text: doc("Kết luận của Trung ương đảng về"),
      errors: [{ messageId: "organisation", line: 7, column: 14 }]
    }
  ]
})

describe("proper names data", () => {
  test("every name is unique and written in one line with single spaces", () => {
    const all = [...ORGANISATION_NAMES, ...TITLES, ...LAW_NAMES]
    expect(new Set(all).size).toBe(all.length)
    for (const name of all) expect(name).toMatch(/^\S+(?: \S+)*$/u)
  })
})

describe("name-capitalization suggestions", () => {
  const suggested = (text: string) =>
    lintWithRule(rule, HEAD + text, undefined, DEFAULT_TEST_TODAY).diagnostics.map((d) => {
      const edit = d.suggestions[0]!.edits[0]!
      return (HEAD + text).slice(0, edit.start) + edit.text + (HEAD + text).slice(edit.end)
    })

  test("the name in its case, the first letter and the line breaks kept", () => {
    expect(suggested("phối hợp với Bộ Công An triển khai")).toEqual([
      HEAD + "phối hợp với Bộ Công an triển khai"
    ])
    expect(suggested("Ủy ban Mặt trận tổ\nquốc Việt Nam tỉnh")).toEqual([
      HEAD + "Ủy ban Mặt trận Tổ\nquốc Việt Nam tỉnh"
    ])
    expect(suggested("Căn cứ Luật ban hành văn bản quy phạm pháp luật;")).toEqual([
      HEAD + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;"
    ])
  })
})
