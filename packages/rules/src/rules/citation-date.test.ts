import { parseDocument } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule, { latestIssueDate } from "./citation-date.js"

// A minimal report dated `date`: the body starts on line 7.
const dated = (date: string, ...body: Array<string>) =>
  `Số: 05/BC-UBND\nBa Bích, ${date}\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n` + body.join("\n")
const doc = (...body: Array<string>) => dated("ngày 05 tháng 3 năm 2024", ...body)
// No Số or date line: the body starts on line 4.
const undated = (...body: Array<string>) =>
  "BÁO CÁO\nCông tác tuyên truyền năm 2020\n\n" + body.join("\n") + "./."

ruleTester(rule, { today: "2026-01-15" }).run({
  valid: [
    doc(
      "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ."
    ),
    {
      name: "cited on the document's own date",
      text: doc("Kế hoạch số 35/KH-UBND ngày 05/3/2024 của UBND xã.")
    },
    {
      name: "day left blank: any date within the month is possible",
      text: dated(
        "ngày tháng 11 năm 2020",
        "Công văn số 419/SNgV-VP ngày 27/11/2020 yêu cầu các phòng thực hiện."
      )
    },
    {
      name: "undated document, cited date before today",
      text: undated("Theo Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông.")
    },
    {
      name: "a shared date is checked once (Đức Phổ, line 43)",
      text: doc("(Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ)")
    },
    {
      name: "a month written with a leading zero in a short date",
      text: doc("Quyết định số 23/QĐ-SNgV ngày 13/08/2020 thành lập Đoàn kiểm tra.")
    }
  ],
  invalid: [
    {
      name: "not a calendar date",
      text: doc("Quyết định số 12/QĐ-UBND ngày 30/02/2022 của UBND tỉnh."),
      errors: [{ messageId: "invalidDate", line: 7, column: 1 }]
    },
    {
      name: "the year of a normative number differs from its date",
      text: doc("Nghị định số 45/2020/NĐ-CP ngày 08/4/2021 của Chính phủ."),
      errors: [{ messageId: "yearMismatch", line: 7, column: 1 }]
    },
    {
      name: "cited document dated after the document",
      text: dated(
        "ngày 15 tháng 3 năm 2021",
        "",
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."
      ),
      errors: [{ messageId: "afterDocumentDate", line: 8, column: 8 }]
    },
    {
      name: "day left blank: a date after the month",
      text: dated(
        "ngày tháng 11 năm 2020",
        "Công văn số 419/SNgV-VP ngày 01/12/2020 yêu cầu các phòng thực hiện."
      ),
      errors: [{ messageId: "afterDocumentDate", line: 7, column: 1 }]
    },
    {
      name: "undated document citing a date after today",
      text: undated("Theo Công văn số 15/UBND-VP ngày 09/11/2026 của UBND tỉnh."),
      errors: [{ messageId: "afterToday", line: 4, column: 6 }]
    }
  ]
})

describe("latestIssueDate", () => {
  test("the date, the end of the month or of the year", () => {
    const of = (line: string) => latestIssueDate(parseDocument(`Số: 05/BC-UBND\n${line}\n\nBÁO CÁO\nKết quả`))
    expect(of("Hà Nội, ngày 05 tháng 01 năm 2020")).toEqual({ iso: "2020-01-05", label: "05/1/2020" })
    expect(of("Quảng Ngãi, ngày tháng 11 năm 2020")).toEqual({ iso: "2020-11-30", label: "tháng 11/2020" })
    expect(of("Ba Bích, ngày tháng 02 năm 2024")).toEqual({ iso: "2024-02-29", label: "tháng 2/2024" })
    expect(latestIssueDate(parseDocument("BÁO CÁO\nKết quả\n\nNội dung./."))).toBe(null)
  })
})

describe("citation-date docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
