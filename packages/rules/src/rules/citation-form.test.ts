import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule, { issuerHead } from "./citation-form.js"

// A minimal report: the body starts on line 7.
const head = (number = "05/BC-UBND") =>
  `Số: ${number}\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n`
const doc = (...body: Array<string>) => head() + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc(
      "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước."
    ),
    {
      name: "later mentions give the kind and number only",
      text: doc(
        "Thực hiện Kế hoạch số 35/KH-UBND ngày 09/3/2020 của UBND thành phố về tuyên truyền.",
        "",
        "Theo Kế hoạch số 35/KH-UBND, các đơn vị báo cáo."
      )
    },
    {
      name: "items of a list share the date and issuer of the last one (Đức Phổ, line 43)",
      text: doc(
        "(theo Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ)"
      )
    },
    {
      name: "the document's own agency needs no issuer",
      text:
        head("/BC-SNgV") +
        "+ Quyết định số 20/QĐ-SNgV ngày 22/7/2020 ban hành Quy chế văn hóa công sở;\n+ Công văn số 419/SNgV-VP ngày 27/8/2020 yêu cầu các phòng thực hiện."
    },
    {
      // The proposal line of a Quyết định (Mẫu 1.2): the proposer is named first.
      name: "the proposer named before the number (Theo đề nghị của … tại Tờ trình số …)",
      text: doc(
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 20 tháng 01 năm 2026.",
        "Theo đề nghị của Chánh Thanh tra tỉnh tại Công văn số 410/TTr-NV1 ngày 28 tháng 9 năm 2011."
      )
    },
    {
      name: "two proposed documents sharing the date after the last (1658/NQ-UBTVQH15)",
      text: doc(
        "Xét đề nghị của Chính phủ tại Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CP ngày 09 tháng 6 năm 2025."
      )
    },
    {
      name: "the sentence's subject is the issuer",
      text: doc("UBND thành phố đã ban hành Kế hoạch số 35/KH-UBND ngày 09/3/2020 về tuyên truyền.")
    },
    {
      name: "laws cited by name and date, without number or issuer",
      text: doc(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"
      )
    },
    {
      name: "the cited document issued the subject's, with `tại` or `kèm theo` and a colon",
      text: doc(
        "Kế hoạch này ban hành tại:  Quyết định số 35/QĐ-SNV ngày 09/3/2020 về tuyên truyền.",
        "Quy chế ban hành kèm theo : Quyết định số 36/QĐ-SNV ngày 09/3/2020 về văn thư."
      )
    },
    {
      name: "a law is cited by its number and year",
      text: doc("Căn cứ Luật số 80/2015/QH13 về ban hành văn bản quy phạm pháp luật;")
    },
    {
      name: "a long date form",
      text: doc("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư.")
    }
  ],
  invalid: [
    {
      name: "a căn cứ without its issuer, next to a proposal line that names its proposer",
      text: doc(
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 20 tháng 01 năm 2026."
      ),
      errors: [{ messageId: "missingIssuer", line: 7, column: 8 }]
    },
    {
      name: "a proposal line whose documents have no date at all",
      text: doc("Xét đề nghị của Chính phủ tại Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CP."),
      errors: [
        { messageId: "missingDate", line: 7 },
        { messageId: "missingDate", line: 7 }
      ]
    },
    {
      name: "a list without a proposer still needs the issuer of each document",
      text: doc("Căn cứ Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CP ngày 09 tháng 6 năm 2025."),
      errors: [
        { messageId: "missingIssuer", line: 7 },
        { messageId: "missingIssuer", line: 7 }
      ]
    },
    {
      name: "'số' is missing (Sở Ngoại vụ, line 21)",
      text: doc("- Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ phê duyệt Chương trình tổng thể."),
      errors: [{ messageId: "missingSo", line: 7, column: 3 }],
      output: doc("- Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ phê duyệt Chương trình tổng thể.")
    },
    {
      name: "'số' is missing (TP Quảng Ngãi, line 23)",
      text: doc(
        "thực hiện thủ tục hành chính trên môi trường điện tử theo Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ;"
      ),
      errors: [{ messageId: "missingSo", line: 7, column: 59 }],
      output: doc(
        "thực hiện thủ tục hành chính trên môi trường điện tử theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ;"
      )
    },
    {
      name: "first mention without date or issuer (Sở Ngoại vụ, line 23)",
      text: doc(
        "Nghị định số 20/2008/NĐ-CP về tiếp nhận xử lý phản ánh, kiến nghị.",
        "",
        "Nghị định số 20/2008/NĐ-CP được quán triệt."
      ),
      errors: [
        { messageId: "missingDate", line: 7, column: 1 },
        { messageId: "missingIssuer", line: 7, column: 1 }
      ]
    },
    {
      name: "a decree without its year",
      text: doc("Căn cứ Nghị định số 30/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"),
      errors: [{ messageId: "missingYear", line: 7, column: 8 }]
    },
    {
      name: "several faults at once, and a lower-case kind",
      text: doc("theo nghị định 61/NĐ-CP của Chính phủ"),
      errors: [
        { messageId: "missingSo", line: 7, column: 6 },
        { messageId: "missingYear", line: 7, column: 6 },
        { messageId: "missingDate", line: 7, column: 6 }
      ],
      output: doc("theo nghị định số 61/NĐ-CP của Chính phủ")
    }
  ]
})

describe("the issuer named by the sentence", () => {
  const lint = (line: string) =>
    lintWithRule(rule, doc(line), {}, DEFAULT_TEST_TODAY).diagnostics.map((d) => d.messageId)
  test("`ban hành` right before the citation, then one colon at most", () => {
    expect(lint("Sở đã ban hành Kế hoạch số 35/KH-SNV ngày 09/3/2020 về tuyên truyền.")).toEqual([])
    expect(lint("Kế hoạch này ban hành : : Quyết định số 35/QĐ-SNV ngày 09/3/2020 về tuyên truyền.")).toEqual(
      ["missingIssuer"]
    )
    expect(lint("Kế hoạch này ban hành. Quyết định số 35/QĐ-SNV ngày 09/3/2020 về tuyên truyền.")).toEqual([
      "missingIssuer"
    ])
    expect(lint("Kế hoạch theo Quyết định số 35/QĐ-SNV ngày 09/3/2020 về tuyên truyền.")).toEqual([
      "missingIssuer"
    ])
  })
})

describe("issuerHead", () => {
  test("the issuer part of a code; a term number is dropped from QH and UBTVQH", () => {
    expect(issuerHead("SNgV-VP")).toBe("SNgV")
    expect(issuerHead("QH15")).toBe("QH")
    expect(issuerHead("UBTVQH14-VP")).toBe("UBTVQH")
    expect(issuerHead("QH")).toBe("QH")
    expect(issuerHead("QH15a")).toBe("QH15a")
    expect(issuerHead("XQH15")).toBe("XQH15")
    expect(issuerHead("UBND15")).toBe("UBND15")
    expect(issuerHead("QH" + "1".repeat(50_000))).toBe("QH")
  })
})

describe("citation-form docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})
