import { describe, expect, test } from "vitest"
import { bodyMentions, ISSUER_CODES, issuerMatchesCode } from "./issuer-codes.js"

describe("ISSUER_CODES", () => {
  test("codes are unique, also ignoring case and Đ/D", () => {
    const keys = ISSUER_CODES.map((e) => e.code.toUpperCase().replace(/Đ/g, "D"))
    expect(new Set(keys).size).toBe(keys.length)
  })

  test.each([
    "CP",
    "TTg",
    "QH",
    "UBTVQH",
    "HĐND",
    "UBND",
    "VPCP",
    "BNV",
    "BTC",
    "BGDĐT",
    "BYT",
    "BNNPTNT",
    "BKHĐT",
    "BTTTT",
    "SNV",
    "STP",
    "STTTT",
    "SNgV",
    "TW",
    "TU",
    "VPTW"
  ])("%s is in the table with a name", (code) => {
    const entry = ISSUER_CODES.find((e) => e.code === code)
    expect(entry).toBeDefined()
    expect(entry!.names.length).toBeGreaterThan(0)
  })

  test("every entry has names and a family", () => {
    for (const e of ISSUER_CODES) {
      expect(e.names.length, e.code).toBeGreaterThan(0)
      expect(["state", "party"]).toContain(e.family)
    }
  })

  test("bodies merged in 2025 carry the date", () => {
    for (const code of ["STTTT", "BTTTT", "BKHĐT", "SLĐTBXH", "BNNPTNT"])
      expect(ISSUER_CODES.find((e) => e.code === code)?.until, code).toBe("2025-03-01")
    expect(ISSUER_CODES.find((e) => e.code === "SNV")?.until).toBeUndefined()
  })
})

describe("issuerMatchesCode", () => {
  test.each([
    ["TTg", "Thủ tướng Chính phủ"],
    ["TTg", "Thủ tướng"],
    ["CP", "Chính phủ"],
    ["CP", "của Chính phủ"],
    ["UBND", "UBND tỉnh"],
    ["UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi"],
    ["UBND", "Uỷ ban nhân dân thành phố"],
    ["UBND", "Chủ tịch UBND tỉnh Quảng Ngãi"],
    ["UBND", "Chủ tịch Ủy ban nhân dân xã Ba Bích"],
    ["HĐND", "HĐND tỉnh"],
    ["HĐND", "Hội đồng nhân dân tỉnh Sơn La"],
    ["HDND", "Thường trực HĐND huyện"],
    ["STTTT", "Sở Thông tin và Truyền thông"],
    ["STTTT", "Sở TT&TT"],
    ["STTTT", "Sở TTTT Quảng Ngãi"],
    ["STTTT", "Sở Thông tin - Truyền thông"],
    ["SNgV", "Sở Ngoại vụ"],
    ["sngv", "SỞ NGOẠI VỤ"],
    ["TU", "Tỉnh ủy"],
    ["TU", "Hội nghị Tỉnh uỷ lần thứ 5"],
    ["TU", "Ban Thường vụ Tỉnh ủy"],
    ["TW", "Bộ Chính trị"],
    ["BNV", "Bộ trưởng Bộ Nội vụ"],
    ["BGDĐT", "Bộ GD&ĐT"],
    ["SNV", "Giám đốc Sở Nội vụ"]
  ])("%s fits %s", (code, phrase) => {
    expect(issuerMatchesCode(code, phrase)).toBe(true)
  })

  test.each([
    ["CP", "Thủ tướng Chính phủ"],
    ["TTg", "Chính phủ"],
    ["UBND", "Văn phòng UBND tỉnh"],
    ["UBND", "HĐND tỉnh"],
    ["HĐND", "UBND tỉnh"],
    ["STTTT", "Sở Nội vụ"],
    ["SNV", "Sở Ngoại vụ"],
    ["TU", "UBND tỉnh"],
    ["BNV", "Bộ Tài chính"],
    ["UBND", "UBNDX"],
    ["UBND", ""]
  ])("%s does not fit %s", (code, phrase) => {
    expect(issuerMatchesCode(code, phrase)).toBe(false)
  })

  test("trailing spaces and punctuation of the phrase do not matter", () => {
    expect(issuerMatchesCode("CP", "của Chính phủ;.: ")).toBe(true)
    expect(issuerMatchesCode("UBND", "Chủ tịch UBND tỉnh Quảng Ngãi,")).toBe(true)
    expect(issuerMatchesCode("UBND", "Chủ tịch ;")).toBe(false)
    expect(issuerMatchesCode("STTTT", "Sở Nội vụ.")).toBe(false)
    expect(issuerMatchesCode("CP", "Chính phủ" + ";".repeat(50_000) + " x")).toBe(true)
  })

  test("an unknown code cannot be judged", () => {
    expect(issuerMatchesCode("XYZ", "Sở Nội vụ")).toBeNull()
    expect(issuerMatchesCode("", "Sở Nội vụ")).toBeNull()
  })
})

describe("bodyMentions", () => {
  test("STTTT", () => {
    expect(bodyMentions("STTTT")).toEqual([
      "Sở Thông tin và Truyền thông",
      "Sở TT&TT",
      "Sở TTTT",
      "Sở Thông tin - Truyền thông",
      "STTTT"
    ])
  })

  test("UBND includes the level and the Chủ tịch", () => {
    const m = bodyMentions("UBND")
    for (const p of ["Ủy ban nhân dân", "UBND", "UBND tỉnh", "Ủy ban nhân dân tỉnh", "Chủ tịch UBND"])
      expect(m).toContain(p)
  })

  test("TTg and CP", () => {
    expect(bodyMentions("TTg")).toEqual(["Thủ tướng Chính phủ", "Thủ tướng", "TTg"])
    expect(bodyMentions("CP")).toEqual(["Chính phủ", "CP"])
  })

  test("unknown code", () => {
    expect(bodyMentions("XYZ")).toEqual([])
  })

  test("no duplicates", () => {
    for (const e of ISSUER_CODES) {
      const m = bodyMentions(e.code)
      expect(new Set(m).size, e.code).toBe(m.length)
    }
  })
})

describe("end dates of the 2025 reorganisation (rule-pack corrections f.4)", () => {
  test("Huyện ủy and Ban Tuyên giáo Tỉnh ủy end on 1 July 2025", () => {
    expect(ISSUER_CODES.find((e) => e.code === "HU")?.until).toBe("2025-07-01")
    expect(ISSUER_CODES.find((e) => e.code === "BTGTU")?.until).toBe("2025-07-01")
  })
})
