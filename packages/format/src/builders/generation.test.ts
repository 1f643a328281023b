import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { leadershipLine, recipientsFor } from "./recipients-for.js"
import { signatureFor, signatureForOrThrow, UnknownIssuerError } from "./signature-for.js"

describe("signatureFor", () => {
  test("a UBND works collectively", () => {
    expect(
      signatureForOrThrow({ issuer: "Ủy ban nhân dân xã Ba Bích", signer: "Phạm Văn Mạnh", role: "deputy" })
    ).toEqual({
      authority: [
        { mode: "TM", on: "ỦY BAN NHÂN DÂN" },
        { mode: "KT", on: "CHỦ TỊCH" }
      ],
      title: "PHÓ CHỦ TỊCH",
      signer: "Phạm Văn Mạnh"
    })
    expect(signatureForOrThrow({ issuer: "UBND tỉnh Quảng Ngãi", signer: "Trần Văn Nam" })).toEqual({
      authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }],
      title: "CHỦ TỊCH",
      signer: "Trần Văn Nam"
    })
  })

  test("a Sở has one head", () => {
    expect(signatureForOrThrow({ issuer: "Sở Nội vụ", signer: "Lê Thị Hoa", role: "deputy" })).toEqual({
      authority: [{ mode: "KT", on: "GIÁM ĐỐC" }],
      title: "PHÓ GIÁM ĐỐC",
      signer: "Lê Thị Hoa"
    })
    expect(signatureForOrThrow({ issuer: "Sở Nội vụ", signer: "Lê Thị Hoa" })).toEqual({
      authority: [],
      title: "GIÁM ĐỐC",
      signer: "Lê Thị Hoa"
    })
    expect(
      signatureForOrThrow({ issuer: "Sở Nội vụ", signer: "Lê Thị Hoa", role: "acting" }).authority
    ).toEqual([{ mode: "Q", on: "GIÁM ĐỐC" }])
    expect(signatureForOrThrow({ issuer: "Bộ Nội vụ", signer: "Nguyễn Văn An", role: "deputy" }).title).toBe(
      "THỨ TRƯỞNG"
    )
  })

  test("by order and by authorisation", () => {
    expect(
      signatureForOrThrow({
        issuer: "Ủy ban nhân dân tỉnh Quảng Ngãi",
        signer: "Võ Minh Sơn",
        role: "by-order",
        title: "Chánh Văn phòng"
      })
    ).toEqual({
      authority: [{ mode: "TL", on: "CHỦ TỊCH" }],
      title: "CHÁNH VĂN PHÒNG",
      signer: "Võ Minh Sơn"
    })
    expect(
      signatureForOrThrow({
        issuer: "Ủy ban nhân dân tỉnh Quảng Ngãi",
        signer: "Võ Minh Sơn",
        role: "by-order",
        unitHead: "Chánh Văn phòng",
        title: "Phó Chánh Văn phòng"
      }).authority
    ).toEqual([
      { mode: "TL", on: "CHỦ TỊCH" },
      { mode: "KT", on: "CHÁNH VĂN PHÒNG" }
    ])
    expect(
      signatureForOrThrow({
        issuer: "Sở Nội vụ",
        signer: "Ngô Thanh Hà",
        role: "by-authorisation",
        title: "Trưởng phòng Tổ chức cán bộ"
      })
    ).toEqual({
      authority: [{ mode: "TUQ", on: "GIÁM ĐỐC" }],
      title: "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ",
      signer: "Ngô Thanh Hà"
    })
  })

  test("fails with a reason instead of printing something wrong", () => {
    const missing = signatureFor({ issuer: "Sở Nội vụ", signer: "Ngô Thanh Hà", role: "by-order" })
    expect(
      Result.isFailure(missing) && missing.failure._tag === "SignatureChainError" && missing.failure.reason
    ).toBe("missing-title")
    const unknown = signatureFor({ issuer: "Công ty TNHH ABC", signer: "Ngô Thanh Hà" })
    expect(Result.isFailure(unknown) && unknown.failure).toBeInstanceOf(UnknownIssuerError)
    const upper = signatureFor({ issuer: "Sở Nội vụ", signer: "NGÔ THANH HÀ" })
    expect(
      Result.isFailure(upper) && upper.failure._tag === "SignatureChainError" && upper.failure.reason
    ).toBe("signer-upper-case")
  })

  test("a body the registry does not know, described by the caller", () => {
    const unitKind = {
      id: "cong-ty",
      name: "Công ty",
      collective: false,
      collectiveName: null,
      headTitle: "TỔNG GIÁM ĐỐC",
      deputyTitle: "PHÓ TỔNG GIÁM ĐỐC",
      abbreviation: null,
      levels: [],
      namePrefixes: ["CÔNG TY"]
    }
    expect(
      signatureForOrThrow({ issuer: "Công ty TNHH ABC", signer: "Ngô Thanh Hà", role: "deputy", unitKind })
    ).toEqual({
      authority: [{ mode: "KT", on: "TỔNG GIÁM ĐỐC" }],
      title: "PHÓ TỔNG GIÁM ĐỐC",
      signer: "Ngô Thanh Hà"
    })
  })
})

describe("recipientsFor", () => {
  test("a report: the requesting body first, the leadership, the archive line with the drafting unit", () => {
    expect(
      recipientsFor({
        kind: "Báo cáo",
        issuer: "Ủy ban nhân dân xã Ba Bích",
        requestedBy: "Sở Nội vụ tỉnh Quảng Ngãi",
        draftingUnit: "VP"
      })
    ).toEqual({
      items: [
        { text: "Sở Nội vụ tỉnh Quảng Ngãi", purpose: "để b/c" },
        { text: "Chủ tịch, các Phó Chủ tịch UBND xã Ba Bích" }
      ],
      archive: { units: ["VT", "VP"] }
    })
  })

  test("a plan: leadership directs, units carry it out", () => {
    expect(
      recipientsFor({
        kind: "KH",
        issuer: "Sở Nội vụ",
        superiors: ["UBND tỉnh Quảng Ngãi", "Bộ Nội vụ"],
        implementers: ["Các phòng, đơn vị thuộc Sở"],
        draftingUnit: "CCHC",
        copies: 2
      })
    ).toEqual({
      items: [
        { text: "UBND tỉnh Quảng Ngãi", purpose: "để b/c" },
        { text: "Bộ Nội vụ", purpose: "để b/c" },
        { text: "Giám đốc, các Phó Giám đốc Sở Nội vụ", purpose: "để chỉ đạo" },
        { text: "Các phòng, đơn vị thuộc Sở", purpose: "để thực hiện" }
      ],
      archive: { units: ["VT", "CCHC"], copies: 2 }
    })
  })

  test("a Quyết định names its executing article first; duplicates are dropped", () => {
    const { items } = recipientsFor({
      kind: "Quyết định",
      issuer: "UBND tỉnh Quảng Ngãi",
      executingArticle: 3,
      requestedBy: ["Bộ Nội vụ", "bộ nội vụ"],
      leadership: false,
      draftingUnit: "NC"
    })
    expect(items).toEqual([{ text: "Như Điều 3" }, { text: "Bộ Nội vụ", purpose: "để b/c" }])
    expect(leadershipLine("Công ty TNHH ABC")).toBeNull()
  })
})
