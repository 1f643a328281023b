import { describe, expect, test } from "vitest"
import { CCHC_AREAS, PAR_INDEX, SIPAS, cchcAreaOf } from "./cchc-areas.js"
import { INDICATORS, indicatorArea } from "./indicators.js"

describe("CCHC_AREAS", () => {
  test("the six areas of Nghị quyết 76/NQ-CP, in its order", () => {
    expect(CCHC_AREAS.map((a) => a.name)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"
    ])
    expect(new Set(CCHC_AREAS.map((a) => a.id)).size).toBe(6)
  })
})

describe("cchcAreaOf", () => {
  test.each([
    ["1. Cải cách thể chế", "institutions"],
    ["2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "administrative-procedures"],
    ["3. Cải cách tổ chức bộ máy hành chính nhà nước", "organisation"],
    ["4. Cải cách chế độ công vụ", "civil-service"],
    ["5. Cải cách tài chính công", "public-finance"],
    ["6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "digital-government"],
    ["Về xây dựng chính quyền điện tử, chính quyền số", "digital-government"],
    ["Công tác kiểm soát thủ tục hành chính", "administrative-procedures"]
  ])("%s → %s", (heading, id) => {
    expect(cchcAreaOf(heading)?.id).toBe(id)
  })

  test.each([["Công tác chỉ đạo, điều hành"], ["Phương hướng, nhiệm vụ"], ["thể chếx"], [""]])(
    "%s names no area",
    (heading) => {
      expect(cchcAreaOf(heading)).toBeNull()
    }
  )
})

describe("PAR INDEX and SIPAS", () => {
  test("the ministry index of QĐ 876/QĐ-BNV; unverified parts say so", () => {
    expect(PAR_INDEX).toMatchObject({
      basis: "876/QĐ-BNV",
      replaces: "1149/QĐ-BNV",
      ministry: { fields: 7, criteria: 38, componentCriteria: 97, surveyPoints: 31.5 }
    })
    expect(PAR_INDEX.fields.filter((f) => f.levels.includes("bo"))).toHaveLength(PAR_INDEX.ministry.fields)
    expect(PAR_INDEX.fields.find((f) => f.id === "impact")).toMatchObject({
      levels: ["tinh"],
      unverified: true
    })
    expect(PAR_INDEX.province.fields).toBeNull()
    expect(SIPAS).toMatchObject({ basis: null, unverified: true })
  })
})

describe("indicators and areas", () => {
  test("every indicator's area is one of the six or null", () => {
    const ids = new Set<string>(CCHC_AREAS.map((a) => a.id))
    for (const i of INDICATORS) if (i.area !== null) expect(ids.has(i.area), i.id).toBe(true)
  })

  test("indicatorArea", () => {
    expect(indicatorArea("dossiers-on-time")).toBe("administrative-procedures")
    expect(indicatorArea("online-public-services")).toBe("digital-government")
    expect(indicatorArea("news-items")).toBeNull()
    expect(indicatorArea("no-such-indicator")).toBeNull()
  })
})
