import { parseDocument } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule, { earliestIssueDate } from "./citation-superseded.js"

// A minimal report dated `date`: the body starts on line 7.
const dated = (date: string, ...body: Array<string>) =>
  `Số: 05/BC-UBND\nQuảng Ngãi, ${date}\n\nBÁO CÁO\nKết quả công tác tuyên truyền\n\n` + body.join("\n")

ruleTester(rule).run({
  valid: [
    dated("ngày 15 tháng 3 năm 2022", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."),
    {
      name: "cited while still in force (Sở Ngoại vụ, 11/2020, cites Nghị quyết 30c)",
      text: dated(
        "ngày 20 tháng 11 năm 2020",
        "- Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ phê duyệt Chương trình tổng thể."
      )
    },
    {
      name: "the day is blank and the replacement came later that month",
      text: dated(
        "ngày tháng 3 năm 2020",
        "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư."
      )
    },
    {
      name: "a sentence that tells of the replacement",
      text: dated(
        "ngày 05 tháng 6 năm 2020",
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ thay thế Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ."
      )
    },
    {
      name: "an instrument not in the table",
      text: dated(
        "ngày 05 tháng 6 năm 2024",
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ."
      )
    }
  ],
  invalid: [
    {
      name: "replaced before the document (Sở Ngoại vụ, line 21: 09/2015/QĐ-TTg in 11/2020)",
      text: dated(
        "ngày tháng 11 năm 2020",
        "- Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa."
      ),
      errors: [{ messageId: "superseded", line: 7, column: 3 }]
    },
    {
      name: "the 2011–2020 programme cited in 2022",
      text: dated(
        "ngày 15 tháng 3 năm 2022",
        "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;",
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."
      ),
      errors: [{ messageId: "superseded", line: 7, column: 8 }]
    },
    {
      name: "the old decree on văn thư cited on the day the new one was signed",
      text: dated(
        "ngày 05 tháng 3 năm 2020",
        "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư."
      ),
      errors: [{ messageId: "superseded", line: 7, column: 8 }]
    }
  ]
})

describe("citation-superseded", () => {
  test("the message says when the day was blank", () => {
    const text = dated(
      "ngày tháng 11 năm 2020",
      "Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ."
    )
    const [d] = lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
    expect(d?.message).toBe(
      "Quyết định số 09/2015/QĐ-TTg đã bị bãi bỏ, thay thế bởi Nghị định số 61/2018/NĐ-CP từ ngày 21/6/2018, trước ngày của văn bản này (11/2020; ngày để trống, tính từ đầu tháng): viện dẫn văn bản đang có hiệu lực."
    )
  })

  test("an undated document is not evaluable", () => {
    const text = "BÁO CÁO\nKết quả\n\nCăn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ./."
    const result = lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY)
    expect(result.diagnostics).toEqual([])
    expect(result.skipped).toEqual([
      {
        ruleId: "citation-superseded",
        skip: "not-evaluable",
        reason: "the document has no date of issue (năm ban hành)"
      }
    ])
  })

  test("earliestIssueDate", () => {
    const of = (line: string) =>
      earliestIssueDate(parseDocument(`Số: 05/BC-UBND\n${line}\n\nBÁO CÁO\nKết quả`))
    expect(of("Hà Nội, ngày 05 tháng 01 năm 2020")).toEqual({
      iso: "2020-01-05",
      basis: "exact",
      label: "05/1/2020"
    })
    expect(of("Ba Bích, ngày tháng 03 năm 2024")).toEqual({
      iso: "2024-03-01",
      basis: "month",
      label: "3/2024"
    })
  })
})

describe("citation-superseded docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
