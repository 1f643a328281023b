import { describe, expect, test } from "vitest"
import { formatIssuerHeader } from "./format-issuer-header.js"
import { formatNationalHeader } from "./format-national-header.js"
import { formatTitle, isOfficialLetter, kindEntry } from "./format-title.js"

describe("headers", () => {
  test("Quốc hiệu and Tiêu ngữ", () => {
    expect(formatNationalHeader()).toEqual({
      country: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc"
    })
  })

  test("the issuer and its parent line in upper case", () => {
    expect(formatIssuerHeader({ name: "Sở Nội vụ", parent: "UBND tỉnh Quảng Ngãi" })).toEqual({
      parent: "UBND TỈNH QUẢNG NGÃI",
      name: "SỞ NỘI VỤ"
    })
    expect(formatIssuerHeader({ name: " Ủy  ban nhân dân xã Ba Bích " })).toEqual({
      parent: null,
      name: "ỦY BAN NHÂN DÂN XÃ BA BÍCH"
    })
    expect(formatIssuerHeader({ name: "Cục Văn thư và Lưu trữ nhà nước", parent: "Bộ Nội vụ" }).name).toBe(
      "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC"
    )
    expect(() => formatIssuerHeader({ name: "" })).toThrow(RangeError)
  })
})

describe("formatTitle", () => {
  test("tên loại in upper case, trích yếu capitalised", () => {
    expect(formatTitle("Báo cáo", "kết quả công tác cải cách hành chính năm 2024")).toEqual({
      form: "heading",
      name: "BÁO CÁO",
      summary: "Kết quả công tác cải cách hành chính năm 2024"
    })
    expect(formatTitle("CT", "Về công tác phòng, chống lụt bão.").name).toBe("CHỈ THỊ")
    expect(formatTitle("QyĐ", "Về quản lý văn bản").name).toBe("QUY ĐỊNH")
    expect(formatTitle("Giấy giới thiệu", null)).toEqual({
      form: "heading",
      name: "GIẤY GIỚI THIỆU",
      summary: null
    })
  })

  test("a công văn has no type name and a V/v trích yếu", () => {
    expect(formatTitle("Công văn", "nâng bậc lương năm 2019")).toEqual({
      form: "vv",
      name: null,
      summary: "V/v nâng bậc lương năm 2019"
    })
    expect(formatTitle("công văn", "V/v nâng bậc lương năm 2019").summary).toBe("V/v nâng bậc lương năm 2019")
    expect(() => formatTitle("Công văn", null)).toThrow(RangeError)
    expect(isOfficialLetter("Công văn")).toBe(true)
  })

  test("the trích yếu loses its closing marks, and only them", () => {
    expect(formatTitle("Báo cáo", "kết quả năm 2024;.").summary).toBe("Kết quả năm 2024")
    expect(formatTitle("Báo cáo", "kết quả năm 2024 . ;").summary).toBe("Kết quả năm 2024 . ")
    expect(formatTitle("Báo cáo", "kết quả năm 2024,").summary).toBe("Kết quả năm 2024,")
    expect(formatTitle("Báo cáo", ".;").summary).toBeNull()
    expect(() => formatTitle("Công văn", ";")).toThrow(RangeError)
    expect(formatTitle("Báo cáo", "a" + ".".repeat(50_000) + "b").summary).toBe(
      "A" + ".".repeat(50_000) + "b"
    )
  })

  test("unknown kinds are refused", () => {
    expect(() => kindEntry("Công văn hỏa tốc")).toThrow(RangeError)
  })
})
