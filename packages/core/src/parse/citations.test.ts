import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { arbitraryCitationText } from "../testing/arbitraries.js"
import { CITATION_KIND_NAMES, parseCitation, parseCitations } from "./citations.js"

describe("citations", () => {
  test("the short form with issuer", () => {
    expect(
      parseCitation("theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình")
    ).toMatchObject({
      raw: "Nghị quyết số 76/NQ-CP ngày 15/7/2021",
      kind: "Nghị quyết",
      sequence: "76",
      typeCode: "NQ",
      issuerCode: "CP",
      date: "2021-07-15",
      issuer: "Chính phủ",
      summary: "ban hành Chương trình"
    })
  })

  test("the long date form", () => {
    expect(
      parseCitation("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư")
    ).toMatchObject({
      year: 2004,
      date: "2004-04-08",
      issuer: "Chính phủ",
      summary: "về công tác văn thư"
    })
  })

  test("a missing số and a missing date", () => {
    expect(parseCitation("theo Nghị định 45/2020/NĐ-CP ngày 08/4/2020")).toMatchObject({
      hasSo: false,
      date: "2020-04-08"
    })
    expect(parseCitation("Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ")).toMatchObject({
      date: null,
      hasSo: true
    })
  })

  test("a list that shares one date", () => {
    const [a, b] = parseCitations(
      "Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ"
    )
    expect(a).toMatchObject({ sequence: "107", date: "2020-09-14", dateShared: true })
    expect(b).toMatchObject({ sequence: "108", date: "2020-09-14", dateShared: false })
  })

  test("an issuer with 'và' in its name", () => {
    expect(
      parseCitation(
        "Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông Quảng Ngãi về việc"
      )?.issuer
    ).toBe("Sở Thông tin và Truyền thông Quảng Ngãi")
  })

  test("a law cited by name and date, without number", () => {
    expect(parseCitation("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;")).toMatchObject({
      kind: "Luật",
      family: "law",
      sequence: null,
      date: "2015-06-19",
      summary: "Tổ chức Chính phủ"
    })
    expect(
      parseCitation("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025")
    ).toMatchObject({
      sequence: "64",
      year: 2025,
      issuerCode: "QH15",
      date: "2025-02-19"
    })
  })

  test("a law's kind is read only where a word starts", () => {
    expect(parseCitation("Bộ luật Lao động ngày 20 tháng 11 năm 2019")).toMatchObject({
      kind: "Bộ luật",
      date: "2019-11-20",
      summary: "Lao động"
    })
    expect(parseCitation("xLuật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015")).toBeNull()
    expect(parseCitation("2Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015")).toBeNull()
  })

  test("every kind name is read, whatever the case of its first letter", () => {
    for (const name of CITATION_KIND_NAMES) {
      const lower = name[0]!.toLowerCase() + name.slice(1)
      for (const written of [name, lower])
        expect(parseCitation(`theo ${written} số 12/KH-UBND`)?.kind, written).toBe(name)
    }
  })

  test("an issuer whose name has a comma, and a trích yếu that ends the line", () => {
    const c = parseCitation(
      "Kế hoạch số 12/KH-SVHTTDL ngày 05/01/2026 của Sở Văn hóa, Thể thao và Du lịch về tuyên truyền.\nTiếp"
    )
    expect(c).toMatchObject({ issuer: "Sở Văn hóa, Thể thao và Du lịch", summary: "về tuyên truyền" })
  })

  test("a kind name without a number is not a citation", () => {
    expect(parseCitations("ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020")).toHaveLength(0)
  })

  test("property: generated citations parse back", () => {
    fc.assert(
      fc.property(arbitraryCitationText, (c) => {
        expect(parseCitation(`Căn cứ ${c.text};`)).toMatchObject({
          kind: c.kind,
          sequence: c.sequence,
          typeCode: c.typeCode,
          issuerCode: c.issuerCode,
          hasSo: c.hasSo,
          date: c.date,
          issuer: c.issuer
        })
      }),
      { numRuns: 300 }
    )
  })
})
