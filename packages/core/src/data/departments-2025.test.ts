import { describe, expect, test } from "vitest"
import { DEPARTMENT_MERGE_DATE, DEPARTMENT_MERGES_2025, mergedBodyMention } from "./departments-2025.js"

describe("DEPARTMENT_MERGES_2025", () => {
  test("the codes the reference asks a validator to flag are all covered", () => {
    const codes = DEPARTMENT_MERGES_2025.flatMap((m) => m.oldCodes)
    for (const c of [
      "STTTT",
      "SLĐTBXH",
      "SKHĐT",
      "SGTVT",
      "STNMT",
      "SNNPTNT",
      "BTTTT",
      "BKHĐT",
      "BLĐTBXH",
      "BGTVT",
      "BTNMT"
    ])
      expect(codes, c).toContain(c)
  })

  test.each([
    ["Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"],
    ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"],
    ["Sở Giao thông vận tải", "Sở Xây dựng"],
    ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"],
    ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"],
    ["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"],
    ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"],
    ["Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ"],
    ["Bộ Giao thông vận tải", "Bộ Xây dựng"],
    ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"],
    ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"],
    ["Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"],
    ["Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"]
  ])("%s → %s", (oldName, newBody) => {
    const row = DEPARTMENT_MERGES_2025.find((m) => m.oldName === oldName)
    expect(row?.newBody).toBe(newBody)
    expect(row?.date).toBe(DEPARTMENT_MERGE_DATE)
  })

  test("every row has a source; a secondary one is flagged unverified; only an ended body has no successor", () => {
    for (const m of DEPARTMENT_MERGES_2025) {
      expect(m.source, m.oldName).not.toBe("")
      if (m.source.includes("[secondary]")) expect(m.unverified, m.oldName).toBe(true)
      expect(m.newBody === null, m.oldName).toBe(m.how === "ended")
    }
  })

  test("the bodies of rule-pack corrections d.4 and f.9", () => {
    const row = (name: string) => DEPARTMENT_MERGES_2025.find((m) => m.oldName === name)
    expect(row("Huyện ủy")).toMatchObject({ how: "ended", date: "2025-07-01", unverified: false })
    expect(row("Ban Tuyên giáo Tỉnh ủy")).toMatchObject({
      newBody: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
      oldCodes: ["BTGTU"],
      unverified: true
    })
    expect(row("Ban Dân vận Tỉnh ủy")?.newBody).toBe("Ban Tuyên giáo và Dân vận Tỉnh ủy")
    expect(row("Thanh tra Sở")).toMatchObject({ newBody: "Thanh tra tỉnh", date: "2025-07-01" })
    expect(row("Thanh tra huyện")).toMatchObject({ how: "ended", date: "2025-07-01" })
    expect(row("Ban Dân tộc tỉnh")?.newBody).toContain("Sở Dân tộc và Tôn giáo")
    expect(row("Sở Ngoại vụ")).toMatchObject({ scope: "some-provinces", unverified: true })
    expect(row("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")?.newBody).toBe("Bộ Tài chính")
  })

  test("the level matches the name", () => {
    for (const m of DEPARTMENT_MERGES_2025) {
      if (m.level === "so") expect(m.oldName.startsWith("Sở "), m.oldName).toBe(true)
      else if (m.level === "tinh") expect(/^(?:Ban|Thanh tra) /.test(m.oldName), m.oldName).toBe(true)
      else expect(m.oldName.startsWith("Sở "), m.oldName).toBe(false)
    }
  })
})

describe("mergedBodyMention", () => {
  test.each([
    ["Kính gửi: Sở Thông tin và Truyền thông tỉnh Quảng Ngãi", "Sở Thông tin và Truyền thông", "name", 10],
    ["- Sở Thông tin - Truyền thông;", "Sở Thông tin - Truyền thông", "name", 2],
    ["báo cáo Sở TT&TT tổng hợp", "Sở TT&TT", "name", 8],
    ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "name", 0],
    ["Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020", "STTTT", "code", 17],
    ["Thông tư số 01/2020/TT-BTTTT", "BTTTT", "code", 23],
    ["Số: 12/SLDTBXH-VP", "SLDTBXH", "code", 7],
    ["qua Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", "name", 4],
    ["Bộ LĐ-TB&XH", "Bộ LĐ-TB&XH", "name", 0],
    ["Sở Lao động, Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội", "name", 0]
  ])("%s", (text, match, via, index) => {
    const found = mergedBodyMention(text)
    expect(found).not.toBeNull()
    expect(found).toMatchObject({ match, via, index })
  })

  test.each([
    ["- Ban Thường vụ Huyện ủy Ba Tơ;", "Huyện ủy"],
    ["- Quận ủy Hải Châu;", "Huyện ủy"],
    ["Kính gửi: Thanh tra Sở Nội vụ", "Thanh tra Sở"],
    ["- Thanh tra huyện Sơn Tịnh;", "Thanh tra huyện"],
    ["- Ban Tuyên giáo Tỉnh ủy;", "Ban Tuyên giáo Tỉnh ủy"],
    ["BAN DÂN VẬN TỈNH ỦY", "Ban Dân vận Tỉnh ủy"],
    ["- Ban Dân tộc tỉnh;", "Ban Dân tộc tỉnh"]
  ])("%s names the ended or merged %s", (text, oldName) => {
    expect(mergedBodyMention(text)?.merge.oldName).toBe(oldName)
  })

  test.each([
    ["- Ban Tuyên giáo và Dân vận Tỉnh ủy;"],
    ["- Ban Dân tộc HĐND tỉnh;"],
    ["- Thành ủy Hà Nội;"],
    ["- Thanh tra tỉnh;"],
    ["- Sở Ngoại vụ;"]
  ])("%s names no ended or merged body", (text) => {
    expect(mergedBodyMention(text)).toBeNull()
  })

  test("the earliest mention in the line wins", () => {
    expect(mergedBodyMention("Sở GTVT và Sở KH&ĐT")?.merge.oldName).toBe("Sở Giao thông vận tải")
  })

  test.each([
    ["Sở Khoa học và Công nghệ"],
    ["Sở Nội vụ; Sở Tư pháp; Sở Ngoại vụ"],
    ["Số: 12/SNV-VP"],
    ["XSTTTT is not a code"],
    ["sttttt"],
    ["Thông tin và Truyền thông"],
    [""]
  ])("%s names no merged body", (text) => {
    expect(mergedBodyMention(text)).toBeNull()
  })

  test("codes are matched in their own case only", () => {
    expect(mergedBodyMention("số 1175/sttttt")).toBeNull()
    expect(mergedBodyMention("số 1175/stttt-vp")).toBeNull()
  })
})
