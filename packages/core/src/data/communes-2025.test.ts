import { describe, expect, test } from "vitest"
import { COMMUNES_NAMED_AFTER_PROVINCES, communeNamedAfterProvince } from "./communes-2025.js"
import { PROVINCE_MERGES_2025 } from "./provinces.js"

describe("COMMUNES_NAMED_AFTER_PROVINCES", () => {
  test("15 phường and 5 xã, each named like an absorbed province, each with its source", () => {
    const absorbed = new Set(PROVINCE_MERGES_2025.flatMap((m) => m.absorbed))
    expect(COMMUNES_NAMED_AFTER_PROVINCES.filter((c) => c.kind === "phường")).toHaveLength(15)
    expect(COMMUNES_NAMED_AFTER_PROVINCES.filter((c) => c.kind === "xã")).toHaveLength(5)
    for (const c of COMMUNES_NAMED_AFTER_PROVINCES) {
      expect(absorbed.has(c.name), c.name).toBe(true)
      expect(c.source).not.toBe("")
      expect(c.from).toBe("2025-07-01")
    }
  })
})

describe("communeNamedAfterProvince", () => {
  test.each([
    ["phường", "Bắc Giang", "2025-09-20"],
    ["PHƯỜNG", "BÌNH DƯƠNG", "2025-09-20"],
    ["xã", "Thái Bình", "2025-07-01"],
    ["Xã", "Hoà Bình", "2026-01-05"]
  ])("%s %s on %s", (kind, name, date) => {
    expect(communeNamedAfterProvince(kind, name, date)).not.toBeNull()
  })

  test.each([
    ["phường", "Bắc Giang", "2025-06-30"],
    ["phường", "Hà Giang 1", "2025-09-20"],
    ["xã", "Bắc Giang", "2025-09-20"],
    ["tỉnh", "Bắc Giang", "2025-09-20"],
    ["phường", "Bắc Giang", "20/09/2025"]
  ])("%s %s on %s: none", (kind, name, date) => {
    expect(communeNamedAfterProvince(kind, name, date)).toBeNull()
  })
})
