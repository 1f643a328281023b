import { describe, expect, test } from "vitest"
import {
  PROVINCE_MERGE_DATE,
  PROVINCE_MERGES_2025,
  PROVINCES_BEFORE_2025_07_01,
  PROVINCES_FROM_2025_07_01,
  provinceStatusOn
} from "./provinces.js"

describe("province lists", () => {
  test("63 before, 34 after, 6 cities after", () => {
    expect(PROVINCES_BEFORE_2025_07_01).toHaveLength(63)
    expect(new Set(PROVINCES_BEFORE_2025_07_01.map((p) => p.name)).size).toBe(63)
    expect(PROVINCES_FROM_2025_07_01).toHaveLength(34)
    expect(
      PROVINCES_FROM_2025_07_01.filter((p) => p.kind === "thành phố")
        .map((p) => p.name)
        .sort()
    ).toEqual(["Cần Thơ", "Hà Nội", "Hải Phòng", "Huế", "Hồ Chí Minh", "Đà Nẵng"].sort())
  })

  test("the 11 units left unchanged are in the 34 and absorbed nothing", () => {
    const unchanged = [
      "Hà Nội",
      "Huế",
      "Lai Châu",
      "Điện Biên",
      "Sơn La",
      "Lạng Sơn",
      "Quảng Ninh",
      "Thanh Hóa",
      "Nghệ An",
      "Hà Tĩnh",
      "Cao Bằng"
    ]
    const after = new Set(PROVINCES_FROM_2025_07_01.map((p) => p.name))
    const merged = new Set(PROVINCE_MERGES_2025.map((m) => m.province))
    for (const name of unchanged) {
      expect(after.has(name), name).toBe(true)
      expect(merged.has(name), name).toBe(false)
    }
  })

  test("23 merges; 29 units absorbed, each once; every name is a pre-2025 unit", () => {
    expect(PROVINCE_MERGES_2025).toHaveLength(23)
    const absorbed = PROVINCE_MERGES_2025.flatMap((m) => m.absorbed)
    expect(absorbed).toHaveLength(29)
    expect(new Set(absorbed).size).toBe(29)
    const before = new Set(PROVINCES_BEFORE_2025_07_01.map((p) => p.name))
    for (const m of PROVINCE_MERGES_2025) {
      expect(before.has(m.province), m.province).toBe(true)
      for (const a of m.absorbed) expect(before.has(a), a).toBe(true)
      expect(m.effective).toBe(PROVINCE_MERGE_DATE)
    }
  })

  test("merge rows as in the reference table", () => {
    const row = (p: string) => PROVINCE_MERGES_2025.find((m) => m.province === p)
    expect(row("Tuyên Quang")).toMatchObject({ absorbed: ["Hà Giang"], seat: "Tuyên Quang" })
    expect(row("Lào Cai")).toMatchObject({ absorbed: ["Yên Bái"], seat: "Yên Bái" })
    expect(row("Phú Thọ")).toMatchObject({ absorbed: ["Vĩnh Phúc", "Hòa Bình"], seat: "Phú Thọ" })
    expect(row("Bắc Ninh")).toMatchObject({ absorbed: ["Bắc Giang"], seat: "Bắc Giang" })
    expect(row("Hải Phòng")).toMatchObject({ kind: "thành phố", absorbed: ["Hải Dương"] })
    expect(row("Ninh Bình")).toMatchObject({ absorbed: ["Hà Nam", "Nam Định"] })
    expect(row("Quảng Trị")).toMatchObject({ absorbed: ["Quảng Bình"], seat: "Quảng Bình" })
    expect(row("Quảng Ngãi")).toMatchObject({ absorbed: ["Kon Tum"], seat: "Quảng Ngãi" })
    expect(row("Lâm Đồng")).toMatchObject({ absorbed: ["Đắk Nông", "Bình Thuận"], seat: "Lâm Đồng" })
    expect(row("Hồ Chí Minh")).toMatchObject({
      kind: "thành phố",
      absorbed: ["Bình Dương", "Bà Rịa - Vũng Tàu"]
    })
    expect(row("Đồng Nai")).toMatchObject({ absorbed: ["Bình Phước"], seat: "Biên Hòa (phường Trấn Biên)" })
    expect(row("Tây Ninh")).toMatchObject({ absorbed: ["Long An"], seat: "Tân An (former Long An)" })
    expect(row("Cần Thơ")).toMatchObject({ absorbed: ["Sóc Trăng", "Hậu Giang"], seat: "Cần Thơ" })
    // Seats at a former unit (Nghị quyết 60-NQ/TW, rule-pack corrections f.6).
    expect(row("Gia Lai")?.seat).toBe("Bình Định")
    expect(row("Đồng Tháp")?.seat).toBe("Tiền Giang")
    expect(row("An Giang")?.seat).toBe("Kiên Giang")
    expect(PROVINCE_MERGES_2025.filter((m) => m.seat === null)).toEqual([])
    expect(row("Vĩnh Long")).toMatchObject({ absorbed: ["Bến Tre", "Trà Vinh"] })
    expect(row("An Giang")).toMatchObject({ absorbed: ["Kiên Giang"] })
  })
})

describe("provinceStatusOn", () => {
  test.each([
    ["tỉnh Bắc Giang", "2025-07-01", { province: "Bắc Giang", status: "absorbed", absorbedInto: "Bắc Ninh" }],
    ["UBND", "2025-07-01", null],
    ["Bắc Giang", "2025-06-30", { province: "Bắc Giang", status: "exists" }],
    ["BẮC GIANG", "2024-01-15", { province: "Bắc Giang", status: "exists" }],
    ["Tỉnh Hoà Bình", "2025-09-02", { province: "Hòa Bình", status: "absorbed", absorbedInto: "Phú Thọ" }],
    [
      "Bà Rịa–Vũng Tàu",
      "2026-01-01",
      { province: "Bà Rịa - Vũng Tàu", status: "absorbed", absorbedInto: "Hồ Chí Minh" }
    ],
    ["thành phố Hải Phòng", "2025-08-01", { province: "Hải Phòng", status: "exists" }],
    ["TP. Hồ Chí Minh", "2025-08-01", { province: "Hồ Chí Minh", status: "exists" }],
    ["TP.HCM", "2025-08-01", { province: "Hồ Chí Minh", status: "exists" }],
    ["Thành phố Hồ Chí Minh", "2020-01-01", { province: "Hồ Chí Minh", status: "exists" }],
    ["Thủ đô Hà Nội", "2025-08-01", { province: "Hà Nội", status: "exists" }],
    ["Thừa Thiên Huế", "2020-01-01", { province: "Huế", status: "exists" }],
    ["Quảng Ngãi", "2025-08-01", { province: "Quảng Ngãi", status: "exists" }],
    ["Kon Tum", "2025-08-01", { province: "Kon Tum", status: "absorbed", absorbedInto: "Quảng Ngãi" }],
    ["Khánh Hoà", "2025-08-01", { province: "Khánh Hòa", status: "exists" }],
    [
      "Bà Rịa–Vũng Tàu",
      "2025-08-01",
      { province: "Bà Rịa - Vũng Tàu", status: "absorbed", absorbedInto: "Hồ Chí Minh" }
    ],
    [
      "tỉnh Bà Rịa — Vũng Tàu.;",
      "2025-08-01",
      { province: "Bà Rịa - Vũng Tàu", status: "absorbed", absorbedInto: "Hồ Chí Minh" }
    ],
    ["Thừa Thiên-Huế:", "2020-01-01", { province: "Huế", status: "exists" }],
    ["Bà Rịa -- Vũng Tàu", "2025-08-01", null],
    ["Quảng Ngãi.x", "2025-08-01", null],
    ["Atlantis", "2025-08-01", null],
    ["Quảng Ngãi", "01/08/2025", null],
    ["", "2025-08-01", null]
  ])("%s on %s", (name, date, expected) => {
    expect(provinceStatusOn(name, date)).toEqual(expected)
  })

  test("every absorbed unit is absorbed from the merge date and exists the day before", () => {
    for (const m of PROVINCE_MERGES_2025)
      for (const a of m.absorbed) {
        expect(provinceStatusOn(a, "2025-06-30")?.status).toBe("exists")
        expect(provinceStatusOn(a, "2025-07-01")).toEqual({
          province: a,
          status: "absorbed",
          absorbedInto: m.province
        })
      }
  })

  test("every one of the 34 exists after the merge", () => {
    for (const p of PROVINCES_FROM_2025_07_01)
      expect(provinceStatusOn(p.name, "2030-01-01")?.status, p.name).toBe("exists")
  })
})
