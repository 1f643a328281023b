import { parseCitations } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule, { codeNamedBy, nextCitationAt } from "./citation-issuer.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể."),
    doc("Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh cải cách hành chính."),
    {
      name: "a Chủ tịch's decision carries UBND (TP Quảng Ngãi, line 11)",
      text: doc(
        "Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của Chủ tịch UBND tỉnh Quảng Ngãi ban hành Kế hoạch tuyên truyền."
      )
    },
    {
      name: "a Công văn's code is its issuer",
      text: doc(
        "Theo Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông Quảng Ngãi về việc báo cáo."
      )
    },
    {
      name: "an unknown code says nothing",
      text: doc("Kế hoạch số 565/KH-ABCD ngày 23/10/2019 của Sở Nội vụ về cải cách hành chính.")
    },
    {
      name: "a vague phrase says nothing",
      text: doc("Quyết định số 12/QĐ-UBND ngày 10/5/2022 của tỉnh về cải cách hành chính.")
    },
    { name: "no issuer phrase", text: doc("Kế hoạch số 35/KH-UBND ngày 09/3/2020 về tuyên truyền.") },
    {
      name: "a party resolution, with the next citation of the list run into the issuer (Đức Phổ, line 33)",
      text: doc(
        "Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị Tỉnh uỷ lần thứ 5 Khoá XX và Nghị quyết số 93/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh về đẩy mạnh CCHC."
      )
    },
    {
      name: "a law of the Quốc hội",
      text: doc("Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội về ban hành văn bản quy phạm pháp luật.")
    }
  ],
  invalid: [
    {
      name: "a Government resolution ascribed to the Thủ tướng",
      text: doc(
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Thủ tướng Chính phủ ban hành Chương trình tổng thể."
      ),
      errors: [{ messageId: "mismatch", line: 7, column: 8 }]
    },
    {
      name: "a Thủ tướng's decision ascribed to the Chính phủ",
      text: doc("Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Chính phủ ban hành Quy chế một cửa."),
      errors: [{ messageId: "mismatch", line: 7, column: 1 }]
    },
    {
      name: "a People's Committee plan ascribed to the People's Council",
      text: doc("Kế hoạch số 35/KH-UBND ngày 09/3/2020 của HĐND thành phố về tuyên truyền."),
      errors: [{ messageId: "mismatch", line: 7, column: 1 }]
    },
    {
      name: "an issuer phrase run on into the next citation after spaces and `và`",
      text: doc(
        "Nghị quyết số 12/NQ-TU ngày 01/3/2021 của UBND tỉnh   và Nghị quyết số 93/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh."
      ),
      errors: [{ messageId: "mismatch", line: 7, column: 1 }]
    },
    {
      name: "a department's letter ascribed to another department",
      text: doc("Công văn số 419/SNgV-VP ngày 27/8/2020 của Sở Nội vụ về việc thực hiện nhiệm vụ."),
      errors: [{ messageId: "mismatch", line: 7, column: 1 }]
    }
  ]
})

describe("codeNamedBy", () => {
  test("names one other body or nothing", () => {
    expect(codeNamedBy("Thủ tướng Chính phủ", "CP")).toBe("TTg")
    expect(codeNamedBy("Chủ tịch UBND tỉnh", "HĐND")).toBe("UBND")
    expect(codeNamedBy("thành phố", "UBND")).toBe(null)
  })
})

describe("nextCitationAt", () => {
  test("the next citation of a list starts at the spaces before `và` or at the comma", () => {
    expect(nextCitationAt("Hội nghị Tỉnh uỷ lần thứ 5 và Nghị quyết số 93/2021/NQ-HĐND")).toBe(26)
    expect(nextCitationAt("Tỉnh ủy  \t và Nghị quyết số 93/2021/NQ-HĐND")).toBe(7)
    expect(nextCitationAt("Tỉnh ủy, Nghị quyết số 93/2021/NQ-HĐND")).toBe(7)
    expect(nextCitationAt("Tỉnh ủy, Sở Nội vụ và Nghị quyết số 93/2021/NQ-HĐND")).toBe(18)
    expect(nextCitationAt(" ".repeat(50_000) + "và Quyết định số 5")).toBe(0)
  })

  test("not without a kind of one to three words and `số`", () => {
    expect(nextCitationAt("Thủ tướng Chính phủ")).toBeNull()
    expect(nextCitationAt("Sở Nội vụ và Sở Tài chính")).toBeNull()
    expect(nextCitationAt("Sở Nội vụ và Quyết định của Chủ tịch số 5")).toBeNull()
    expect(nextCitationAt("Sở Nội vụvà Quyết định số 5")).toBeNull()
    expect(nextCitationAt("Sở Nội vụ và Quyết định số5")).toBeNull()
    expect(nextCitationAt(" ".repeat(50_000) + "x")).toBeNull()
  })
})

describe("citation-issuer docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})

describe("parser behaviour this rule relies on", () => {
  // An issuer phrase stops where the next citation of a list begins.
  test("parseCitations ends an issuer phrase before 'và <Kind> số …'", () => {
    const [first] = parseCitations(
      "Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Hội nghị Tỉnh uỷ lần thứ 5 Khoá XX và Nghị quyết số 93/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh về đẩy mạnh CCHC."
    )
    expect(first?.issuer).toBe("Hội nghị Tỉnh uỷ lần thứ 5 Khoá XX")
  })
})
