import { describe, expect, test } from "vitest"
import { UnitKind } from "../model/unit.js"
import * as Schema from "effect/Schema"
import {
  DEPUTY_TITLES,
  findUnitKind,
  HEAD_TITLES,
  SIGNING_TITLES,
  UNIT_KINDS,
  unitKindById
} from "./units.js"

describe("UNIT_KINDS", () => {
  test("every entry decodes as the model's UnitKind", () => {
    const decode = Schema.decodeUnknownSync(UnitKind)
    for (const kind of UNIT_KINDS) expect(() => decode(kind), kind.id).not.toThrow()
  })

  test("ids are unique and titles are upper case", () => {
    expect(new Set(UNIT_KINDS.map((k) => k.id)).size).toBe(UNIT_KINDS.length)
    for (const k of UNIT_KINDS) {
      expect(k.headTitle).toBe(k.headTitle.toUpperCase())
      expect(k.deputyTitle).toBe(k.deputyTitle.toUpperCase())
      for (const p of k.namePrefixes) expect(p).toBe(p.toUpperCase())
    }
  })

  test("a collective body has a collective name, and only then", () => {
    for (const k of UNIT_KINDS) expect(k.collectiveName !== null, k.id).toBe(k.collective)
  })

  test.each([
    ["ubnd", true, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "UBND"],
    ["hdnd", true, "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "HĐND"],
    ["chinh-phu", true, "CHÍNH PHỦ", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "CP"],
    ["thu-tuong", false, null, "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "TTg"],
    ["bo", false, null, "BỘ TRƯỞNG", "THỨ TRƯỞNG", null],
    ["so", false, null, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null],
    ["phong", false, null, "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", null],
    ["van-phong", false, null, "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "VP"],
    ["trung-tam", false, null, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null],
    ["ban", false, null, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", null],
    ["ban-chi-dao", true, "BAN CHỈ ĐẠO", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "BCĐ"],
    ["thanh-tra", false, null, "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", null],
    ["hoi-dong", true, "HỘI ĐỒNG", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", null]
  ])("%s", (id, collective, collectiveName, head, deputy, abbreviation) => {
    const k = unitKindById(id)
    expect(k).not.toBeNull()
    expect(k).toMatchObject({
      collective,
      collectiveName,
      headTitle: head,
      deputyTitle: deputy,
      abbreviation
    })
  })

  test("UBND exists at province, district and commune level", () => {
    expect(unitKindById("ubnd")?.levels).toEqual(["tinh", "huyen", "xa"])
  })
})

describe("findUnitKind", () => {
  test.each([
    ["ỦY BAN NHÂN DÂN XÃ BA BÍCH", "ubnd"],
    ["UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "ubnd"],
    ["UBND TỈNH QUẢNG NGÃI", "ubnd"],
    ["Ủy ban nhân dân thành phố Quảng Ngãi", "ubnd"],
    ["HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA", "hdnd"],
    ["HĐND HUYỆN BA TƠ", "hdnd"],
    ["SỞ NGOẠI VỤ", "so"],
    ["Sở Thông tin và Truyền thông", "so"],
    ["BỘ NỘI VỤ", "bo"],
    ["CHÍNH PHỦ", "chinh-phu"],
    ["THỦ TƯỚNG CHÍNH PHỦ", "thu-tuong"],
    ["VĂN PHÒNG CHÍNH PHỦ", "van-phong-chinh-phu"],
    ["VĂN PHÒNG UBND TỈNH", "van-phong"],
    ["PHÒNG VĂN HÓA VÀ THÔNG TIN", "phong"],
    ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "trung-tam"],
    ["BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", "ban-chi-dao"],
    ["BAN QUẢN LÝ DỰ ÁN", "ban"],
    ["CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", "cuc"],
    ["TỔNG CỤC THUẾ", "tong-cuc"],
    ["CHI CỤC THUẾ KHU VỰC", "chi-cuc"],
    ["THANH TRA TỈNH", "thanh-tra"],
    ["THANH TRA CHÍNH PHỦ", "thanh-tra-chinh-phu"],
    ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "ubtvqh"],
    ["ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA", "uy-ban"],
    ["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "hoi-dong"],
    ["UY BAN NHAN DAN XA BA BICH", "ubnd"],
    ["UBND TỈNH QUẢNG NGÃI\nSỞ NGOẠI VỤ", "so"],
    ["  ubnd   xã Ba Bích ", "ubnd"]
  ])("%s → %s", (line, id) => {
    expect(findUnitKind(line)?.id).toBe(id)
  })

  test.each([
    ["CÔNG TY TNHH ABC"],
    [""],
    ["   "],
    ["BANG HỘI"],
    ["SỐ: 12/UBND-VX"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
  ])("%j names no kind: a prefix must be a whole word", (line) => {
    expect(findUnitKind(line)).toBeNull()
  })

  test("a bare generic word is enough", () => {
    expect(findUnitKind("BỘ")?.id).toBe("bo")
    expect(findUnitKind("SỞ")?.id).toBe("so")
  })
})

describe("titles", () => {
  test("head and deputy titles", () => {
    for (const t of [
      "CHỦ TỊCH",
      "THỦ TƯỚNG",
      "BỘ TRƯỞNG",
      "GIÁM ĐỐC",
      "TRƯỞNG PHÒNG",
      "CHÁNH VĂN PHÒNG",
      "CHÁNH THANH TRA",
      "TRƯỞNG BAN"
    ])
      expect(HEAD_TITLES.has(t), t).toBe(true)
    for (const t of [
      "PHÓ CHỦ TỊCH",
      "PHÓ THỦ TƯỚNG",
      "THỨ TRƯỞNG",
      "PHÓ GIÁM ĐỐC",
      "PHÓ TRƯỞNG PHÒNG",
      "PHÓ CHÁNH VĂN PHÒNG",
      "PHÓ CHÁNH THANH TRA",
      "PHÓ TRƯỞNG BAN"
    ])
      expect(DEPUTY_TITLES.has(t), t).toBe(true)
    // A title is never both: KT. PHÓ GIÁM ĐỐC is the classic error.
    for (const t of HEAD_TITLES) expect(DEPUTY_TITLES.has(t), t).toBe(false)
  })

  test("SIGNING_TITLES pairs each head with its deputies", () => {
    expect(SIGNING_TITLES.get("BỘ TRƯỞNG")).toEqual(["THỨ TRƯỞNG"])
    expect(SIGNING_TITLES.get("GIÁM ĐỐC")).toEqual(["PHÓ GIÁM ĐỐC"])
    expect(SIGNING_TITLES.get("CHỦ TỊCH")).toEqual(["PHÓ CHỦ TỊCH"])
    expect(SIGNING_TITLES.get("PHÓ GIÁM ĐỐC")).toBeUndefined()
  })
})
