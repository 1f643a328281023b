import { describe, expect, test } from "vitest"
import { citationSummary, formatCitation } from "./format-citation.js"

const nq76 = {
  kind: "Nghị quyết",
  number: "76/NQ-CP",
  date: "2021-07-15",
  issuer: "Chính phủ",
  summary: "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
}

describe("formatCitation", () => {
  test("long form: kind, số, number, long date, của issuer, trích yếu", () => {
    expect(formatCitation(nq76)).toBe(
      "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
    )
    expect(
      formatCitation({
        kind: "Nghị định",
        number: "110/2004/NĐ-CP",
        date: "2004-04-08",
        issuer: "Chính phủ",
        summary: "Về công tác văn thư"
      })
    ).toBe("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư")
  })

  test("short form and later mentions", () => {
    expect(formatCitation(nq76, { form: "short" })).toBe(
      "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
    )
    expect(formatCitation(nq76, { form: "reference" })).toBe("Nghị quyết số 76/NQ-CP")
  })

  test("a number given by parts is formatted with its padding", () => {
    expect(
      formatCitation({
        kind: "Kế hoạch",
        number: { sequence: 5, typeCode: "KH", issuerCode: "UBND" },
        date: "2024-01-10"
      })
    ).toBe("Kế hoạch số 05/KH-UBND ngày 10 tháng 01 năm 2024")
  })

  test("a Luật is cited by name and date, without number or issuer", () => {
    expect(
      formatCitation({ kind: "Luật", summary: "Tổ chức Chính phủ", date: "2015-06-19", issuer: "Quốc hội" })
    ).toBe("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015")
    expect(
      formatCitation(
        { kind: "Luật", summary: "Tổ chức Chính phủ", date: "2015-06-19" },
        { form: "reference" }
      )
    ).toBe("Luật Tổ chức Chính phủ")
    expect(() => formatCitation({ kind: "Luật" })).toThrow(RangeError)
    expect(() => formatCitation({ kind: "Nghị định" })).toThrow(RangeError)
  })

  test("the trích yếu opener", () => {
    expect(citationSummary("Về công tác văn thư.")).toBe("về công tác văn thư")
    expect(citationSummary("V/v nâng bậc lương năm 2019")).toBe("về việc nâng bậc lương năm 2019")
    expect(citationSummary("Phê duyệt Đề án")).toBe("phê duyệt Đề án")
    expect(citationSummary("Tuyên truyền cải cách hành chính")).toBe("về tuyên truyền cải cách hành chính")
    expect(citationSummary("CCHC năm 2024")).toBe("về CCHC năm 2024")
    expect(citationSummary("Quảng Ngãi năm 2024")).toBe("về Quảng Ngãi năm 2024")
  })

  test("the trích yếu loses its closing marks, and only them", () => {
    expect(citationSummary("Về công tác văn thư;.;")).toBe("về công tác văn thư")
    expect(citationSummary("Về công tác văn thư . ;")).toBe("về công tác văn thư . ")
    expect(citationSummary("Về công tác văn thư,")).toBe("về công tác văn thư,")
    expect(citationSummary("Về Điều 1.2 và 3")).toBe("về Điều 1.2 và 3")
    expect(citationSummary("Về việc" + ";".repeat(50_000) + " x")).toBe("về việc" + ";".repeat(50_000) + " x")
  })
})
