/**
 * The builders refuse what the rules reject: each refusal is checked
 * against the rule that would report the printed line.
 */
import { DocumentSpec } from "@cchc/core"
import { lint } from "@cchc/rules"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { layoutDocument } from "../layout/layout-document.js"
import { renderText } from "../render/render-text.js"
import { formatCitation } from "./format-citation.js"
import { checkDocumentNumber, formatDocumentNumber } from "./format-document-number.js"
import { formatPlaceDate } from "./format-place-date.js"

const CONFIG = { extends: "recommended" as const, today: "2025-12-31" }
const ruleIds = (text: string) => lint(text, CONFIG).diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)
const decode = Schema.decodeUnknownResult(DocumentSpec)

describe("an abbreviated place (`TP. Hồ Chí Minh`)", () => {
  test("the rule reports it in a date line", () => {
    const text = renderText(sampleReport).replace("Ba Bích, ngày", "TP. Hồ Chí Minh, ngày")
    expect(ruleIds(text)).toContain("place-date/placeAbbreviated")
  })

  test("formatPlaceDate, the layout and the spec schema refuse it", () => {
    for (const place of ["TP. Hồ Chí Minh", "Tp Hồ Chí Minh", "TX. Đức Phổ", "T.P Huế"])
      expect(() => formatPlaceDate(place, "2019-06-29")).toThrow(/abbreviated/u)
    expect(formatPlaceDate("Thành phố Hồ Chí Minh", "2019-06-29")).toBe(
      "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    )
    // A place that only starts with the same letters is a place.
    expect(formatPlaceDate("Tây Ninh", "2019-06-29")).toBe("Tây Ninh, ngày 29 tháng 6 năm 2019")
    const spec = { ...sampleReport, placeDate: { ...sampleReport.placeDate, place: "TP. Hồ Chí Minh" } }
    const layout = layoutDocument(spec)
    expect(Result.isFailure(layout) && layout.failure._tag === "InvalidDocumentSpecError").toBe(true)
    expect(Result.isFailure(decode(spec))).toBe(true)
  })
})

describe("a lower-case issuer code (`Số: 05/KH-ubnd`)", () => {
  test("the rule reports it", () => {
    const text = renderText(sampleReport).replace("Số: 05/BC-UBND", "Số: 05/BC-ubnd")
    expect(ruleIds(text)).toContain("document-number/issuerCodeCase")
  })

  test("the number builder and the spec schema refuse it, and keep TTg", () => {
    expect(checkDocumentNumber({ sequence: 5, typeCode: "KH", issuerCode: "ubnd" })).toMatch(/capitals/u)
    expect(checkDocumentNumber({ sequence: 5, typeCode: null, issuerCode: "UBND", unit: "vx" })).toMatch(
      /capitals/u
    )
    expect(() => formatDocumentNumber({ sequence: 5, typeCode: "KH", issuerCode: "ubnd" })).toThrow(
      RangeError
    )
    expect(formatDocumentNumber({ sequence: 15, typeCode: "QĐ", issuerCode: "TTg" })).toBe("Số: 15/QĐ-TTg")
    const spec = { ...sampleReport, number: { ...sampleReport.number, issuerCode: "ubnd" } }
    expect(Result.isFailure(decode(spec))).toBe(true)
    expect(Result.isFailure(layoutDocument(spec))).toBe(true)
    expect(Result.isSuccess(decode({ ...sampleReport, number: { sequence: 5, issuerCode: "TTg" } }))).toBe(
      true
    )
  })
})

describe("a citation whose type code belongs to another kind (`Kế hoạch số 2113/QĐ-UBND`)", () => {
  test("the rule reports it", () => {
    const text = renderText({
      ...sampleReport,
      preamble: ["Thực hiện Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019 của Ủy ban nhân dân tỉnh Quảng Ngãi;"]
    })
    expect(ruleIds(text)).toContain("citation-type-code/mismatch")
  })

  test("formatCitation refuses it, in any form, and accepts the matching kind", () => {
    const citation = { kind: "Kế hoạch", number: "2113/QĐ-UBND", date: "2019-12-31", issuer: "UBND tỉnh" }
    expect(() => formatCitation(citation)).toThrow(/type code/u)
    expect(() => formatCitation(citation, { form: "reference" })).toThrow(RangeError)
    expect(() =>
      formatCitation({ ...citation, number: { sequence: 2113, typeCode: "QĐ", issuerCode: "UBND" } })
    ).toThrow(RangeError)
    expect(formatCitation({ ...citation, kind: "Quyết định" }, { form: "reference" })).toBe(
      "Quyết định số 2113/QĐ-UBND"
    )
    // A công văn carries no type code: its number's head is the issuer.
    expect(formatCitation({ kind: "Công văn", number: "1175/STTTT-TTBCXB" }, { form: "reference" })).toBe(
      "Công văn số 1175/STTTT-TTBCXB"
    )
  })
})
