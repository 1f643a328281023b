import { describe, expect, test } from "vitest"
import {
  CENTRALLY_RUN_CITIES,
  COMMUNE_LEVEL_WORDS_FROM_2025_07_01,
  ENDED_COMMUNE_LEVEL_WORDS,
  townshipMention,
  DISTRICT_LEVEL_END_DATE,
  DISTRICT_LEVEL_WORDS,
  districtLevelMention
} from "./local-levels.js"

describe("constants", () => {
  test("the district level ended on 1 July 2025", () => {
    expect(DISTRICT_LEVEL_END_DATE).toBe("2025-07-01")
    expect(DISTRICT_LEVEL_WORDS).toEqual(["huyện", "quận", "thị xã", "thành phố"])
    expect(CENTRALLY_RUN_CITIES).toHaveLength(6)
  })
})

describe("districtLevelMention", () => {
  test.each([
    ["UBND HUYỆN BA TƠ", "huyện", 5],
    ["ỦY BAN NHÂN DÂN QUẬN 1", "quận", 16],
    ["ỦY BAN NHÂN DÂN QUẬN BÌNH THẠNH", "quận", 16],
    ["UBND THỊ XÃ ĐỨC PHỔ", "thị xã", 5],
    ["UBND TX ĐỨC PHỔ", "thị xã", 5],
    ["UBND TX. Đức Phổ", "thị xã", 5],
    ["huyện Ba Tơ", "huyện", 0],
    ["Thực hiện sự chỉ đạo của UBND huyện Ba Tơ", "huyện", 30],
    ["UBND THÀNH PHỐ QUẢNG NGÃI", "thành phố", 5],
    ["UBND thành phố Quảng Ngãi", "thành phố", 5],
    ["UBND TP. Quảng Ngãi", "thành phố", 5],
    ["UBND TP.Quảng Ngãi", "thành phố", 5],
    ["Ba Tơ, ngày 05 tháng 01 năm 2026 - Huyện Ba Tơ", "huyện", 35],
    ["PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN BA TƠ", "huyện", 27]
  ])("%s", (text, word, index) => {
    expect(districtLevelMention(text)).toEqual({ word, index })
  })

  test.each([
    ["thành phố Hồ Chí Minh"],
    ["Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"],
    ["UBND THÀNH PHỐ HÀ NỘI"],
    ["UBND TP. Hồ Chí Minh"],
    ["UBND TP.HCM"],
    ["thành phố Hải Phòng"],
    ["THÀNH PHỐ ĐÀ NẴNG"],
    ["thành phố Cần Thơ"],
    ["UBND thành phố Huế"],
    ["UBND cấp huyện"],
    ["các huyện, thành phố trên địa bàn tỉnh"],
    ["trên địa bàn huyện; UBND các xã"],
    ["UBND TỈNH QUẢNG NGÃI"],
    ["ỦY BAN NHÂN DÂN XÃ BA BÍCH"],
    ["UBND THỊ TRẤN CHÂU Ổ"],
    ["Sở Thông tin và Truyền thông"],
    [""]
  ])("%s names no district", (text) => {
    expect(districtLevelMention(text)).toBeNull()
  })

  test("tone-mark placement and NFD input", () => {
    expect(districtLevelMention("UBND HUYỆN BA TƠ".normalize("NFD"))?.word).toBe("huyện")
    expect(districtLevelMention("UBND Thành Phố Quảng Ngãi")?.word).toBe("thành phố")
  })
})

describe("townshipMention", () => {
  test.each([
    ["UBND THỊ TRẤN CHÂU Ổ", 5],
    ["ỦY BAN NHÂN DÂN THỊ TRẤN BA TƠ", 16],
    ["thị trấn Ba Tơ", 0],
    ["UBND Thị trấn Sông Vệ", 5]
  ])("%s names a thị trấn", (text, index) => {
    expect(townshipMention(text)).toEqual({ word: "thị trấn", index })
  })

  test.each([
    // Real cv07 line 35: a generic list in an instrument's title, no name.
    ["chức và hoạt động của Trung tâm học tập cộng đồng tại xã, phường, thị trấn;"],
    ["UBND các xã, thị trấn"],
    ["ỦY BAN NHÂN DÂN XÃ BA BÍCH"],
    ["UBND THỊ XÃ ĐỨC PHỔ"],
    [""]
  ])("%s names no thị trấn", (text) => {
    expect(townshipMention(text)).toBeNull()
  })

  test("the new commune-level types have no thị trấn", () => {
    expect(COMMUNE_LEVEL_WORDS_FROM_2025_07_01).not.toContain("thị trấn")
    expect(ENDED_COMMUNE_LEVEL_WORDS).toEqual(["thị trấn"])
  })
})
