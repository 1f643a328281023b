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
      name: "the 2025 law on local government (real cv06 line 19, wrapped)",
      text: dated(
        "ngày 20 tháng 11 năm 2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16",
        "tháng 6 năm 2025; Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;"
      )
    },
    {
      name: "the 2025 law on the Government (real qd07 line 25)",
      text: dated("ngày 20 tháng 11 năm 2025", "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*")
    },
    {
      name: "the 2015 law on local government cited before 1/7/2025",
      text: dated(
        "ngày 10 tháng 5 năm 2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
      )
    },
    {
      name: "a law of another name with the same date",
      text: dated("ngày 20 tháng 01 năm 2026", "Căn cứ Luật Kế toán ngày 20 tháng 11 năm 2015;")
    },
    {
      name: "the amending law of 2025 on normative documents, cited by number (real qd05 line 28)",
      text: dated(
        "ngày 20 tháng 11 năm 2025",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;"
      )
    },
    {
      name: "a 2023 decision of the Bộ Nội vụ that reuses the number 1149/QĐ-BNV",
      text: dated(
        "ngày 20 tháng 5 năm 2024",
        "Căn cứ Quyết định số 1149/QĐ-BNV ngày 15/11/2023 của Bộ Nội vụ;"
      )
    },
    {
      name: "NĐ 45/2025: replaced, but no day is established, so it is not reported",
      text: dated(
        "ngày 20 tháng 11 năm 2025",
        "Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ;"
      )
    },
    {
      name: "the một cửa decree cited before the 2025 decree applies",
      text: dated(
        "ngày 20 tháng 6 năm 2025",
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;"
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
      name: "the 2015 law on local government cited by name and date in 2026 (PL I II.6.a)",
      text: dated(
        "ngày 20 tháng 01 năm 2026",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
      ),
      errors: [{ messageId: "lawReplaced", line: 7, column: 8 }]
    },
    {
      name: "the 2015 law on normative documents cited by name, number and date in 2025",
      text: dated(
        "ngày 10 tháng 6 năm 2025",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;"
      ),
      errors: [{ messageId: "lawReplaced", line: 7, column: 8 }]
    },
    {
      name: "the 2015 law on the Government, in capitals, after its replacement",
      text: dated("ngày 15 tháng 4 năm 2025", "Căn cứ Luật TỔ CHỨC CHÍNH PHỦ ngày 19 tháng 6 năm 2015;"),
      errors: [{ messageId: "lawReplaced", line: 7, column: 8 }]
    },
    {
      name: "the một cửa decrees after 1/7/2025",
      text: dated(
        "ngày 20 tháng 11 năm 2025",
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;",
        "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung Nghị định số 61/2018/NĐ-CP;"
      ),
      errors: [
        { messageId: "superseded", line: 7, column: 8 },
        { messageId: "superseded", line: 8, column: 1 },
        { messageId: "superseded", line: 8 }
      ]
    },
    {
      name: "the PAR INDEX đề án of 2020 cited in 2024",
      text: dated(
        "ngày 20 tháng 5 năm 2024",
        "Căn cứ Quyết định số 1149/QĐ-BNV ngày 30/12/2020 của Bộ Nội vụ phê duyệt Đề án xác định Chỉ số cải cách hành chính;"
      ),
      errors: [{ messageId: "superseded", line: 7, column: 8 }]
    },
    {
      name: "the decree detailing the 2015 law on normative documents, cited in 2025",
      text: dated(
        "ngày 10 tháng 6 năm 2025",
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;"
      ),
      errors: [{ messageId: "superseded", line: 7, column: 8 }]
    },
    {
      name: "the SIPAS đề án 2017-2020 cited in 2023",
      text: dated(
        "ngày 10 tháng 3 năm 2023",
        "Căn cứ Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ Nội vụ;"
      ),
      errors: [{ messageId: "ended", line: 7, column: 8 }]
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

  test("a law replaced by name and date: the message names the new law; unverified rows say so", () => {
    const local = lintWithRule(
      rule,
      dated(
        "ngày 20 tháng 01 năm 2026",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
      ),
      {},
      DEFAULT_TEST_TODAY
    ).diagnostics[0]
    expect(local?.message).toBe(
      "Luật Tổ chức chính quyền địa phương ngày 19/6/2015 đã được thay thế bởi Luật số 72/2025/QH15 ngày 16/6/2025, áp dụng từ ngày 01/7/2025, trước ngày của văn bản này (20/1/2026): viện dẫn luật đang có hiệu lực."
    )
    const government = lintWithRule(
      rule,
      dated("ngày 15 tháng 4 năm 2025", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"),
      {},
      DEFAULT_TEST_TODAY
    ).diagnostics[0]
    expect(government?.message).toContain("chưa được đối chiếu với văn bản gốc")
  })

  test("a sentence that tells of a law's replacement is not reported", () => {
    const text = dated(
      "ngày 20 tháng 01 năm 2026",
      "Luật số 72/2025/QH15 thay thế Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015."
    )
    expect(lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics).toEqual([])
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
