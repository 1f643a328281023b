import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./citation-consistency.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc(
      "Thực hiện Quyết định số 2011/QĐ-UBND ngày 23/12/2019 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2020.",
      "",
      "- Quyết định số 2011/QĐ-UBND ngày 23/12/2019 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2020."
    ),
    {
      name: "a later short mention without date",
      text: doc(
        "Kế hoạch số 35/KH-UBND ngày 09/3/2020 của UBND thành phố.",
        "Theo Kế hoạch số 35/KH-UBND, các đơn vị báo cáo."
      )
    },
    {
      name: "one number in two years is two documents",
      text: doc(
        "Kế hoạch số 35/KH-UBND ngày 09/3/2020 của UBND thành phố; Quyết định số 35/KH-UBND ngày 10/5/2021 của UBND thành phố."
      )
    },
    {
      name: "'Văn bản' fits any kind",
      text: doc(
        "Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020; Văn bản số 1175/STTTT-TTBCXB ngày 09/11/2020."
      )
    },
    {
      name: "laws cited by name are not one number",
      text: doc(
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"
      )
    },
    {
      name: "different numbers",
      text: doc("Quyết định số 2113/QĐ-UBND ngày 31/12/2019; Kế hoạch số 2114/KH-UBND ngày 31/12/2019.")
    }
  ],
  invalid: [
    {
      name: "one number cited as two kinds",
      text: doc(
        "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh.",
        "",
        "- Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh."
      ),
      errors: [{ messageId: "kindDiffers", line: 9, column: 3 }]
    },
    {
      name: "one number with two dates of one year",
      text: doc(
        "Kế hoạch số 35/KH-UBND ngày 09/3/2020 của UBND thành phố.",
        "Kế hoạch số 35/KH-UBND ngày 19/3/2020 của UBND thành phố."
      ),
      errors: [{ messageId: "dateDiffers", line: 8, column: 1 }]
    },
    {
      name: "each distinct disagreement is reported once",
      text: doc(
        "Quyết định số 2113/QĐ-UBND ngày 31/12/2019.",
        "Kế hoạch số 2113/QĐ-UBND ngày 30/12/2019.",
        "Kế hoạch số 2113/QĐ-UBND ngày 30/12/2019."
      ),
      errors: [
        { messageId: "kindDiffers", line: 8, column: 1 },
        { messageId: "dateDiffers", line: 8, column: 1 }
      ]
    }
  ]
})

describe("citation-consistency docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
