import { describe, expect, test } from "vitest"
import { classifyIndicator, INDICATORS } from "./indicators.js"

describe("INDICATORS", () => {
  test("ids are unique and every entry has units and cues", () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length)
    for (const i of INDICATORS) {
      expect(i.units.length, i.id).toBeGreaterThan(0)
      expect(i.cues.length, i.id).toBeGreaterThan(0)
      expect(i.name, i.id).not.toBe("")
      expect(i.englishName, i.id).not.toBe("")
    }
  })

  test("the standard indicators are present", () => {
    const ids = INDICATORS.map((i) => i.id)
    for (const id of [
      "dossiers-received",
      "dossiers-on-time",
      "dossiers-late",
      "online-share",
      "online-public-services",
      "news-items",
      "banners",
      "leaflets",
      "conferences",
      "participants",
      "broadcasts",
      "par-index",
      "sipas"
    ])
      expect(ids).toContain(id)
  })
})

describe("classifyIndicator", () => {
  test.each([
    ["hồ sơ", "Tiếp nhận 120 hồ sơ trong quý", "dossiers-received"],
    ["hồ sơ", "11 hồ sơ trả kết quả trước thời hạn", "dossiers-on-time"],
    ["hồ sơ", "giải quyết đúng hạn 95 hồ sơ", "dossiers-on-time"],
    ["hồ sơ", "05 hồ sơ trễ hạn", "dossiers-late"],
    ["hồ sơ", "còn 02 hồ sơ quá hạn", "dossiers-late"],
    ["%", "tỷ lệ hồ sơ nộp trực tuyến đạt 45%", "online-share"],
    ["%", "tỷ lệ hồ sơ được giải quyết đúng hẹn 100%", "on-time-share"],
    ["%", "Chỉ số cải cách hành chính (PAR INDEX) năm 2023 đạt 85,5%", "par-index"],
    ["điểm", "Chỉ số SIPAS đạt 82 điểm", "sipas"],
    ["%", "mức độ hài lòng của người dân đạt 90%", "sipas"],
    ["dịch vụ công trực tuyến", "cung cấp 120 dịch vụ công trực tuyến toàn trình", "online-public-services"],
    ["thủ tục", "45 thủ tục thực hiện trực tuyến toàn trình", "online-public-services"],
    ["tin", "trên 30 tin, bài", "news-items"],
    ["bài", "03 bài tuyên truyền", "news-items"],
    ["lượt", "với gần 6000 lượt tin, bài", "news-items"],
    ["băng rôn", "treo 2 băng rôn", "banners"],
    ["tấm", "35 tấm băng rôn, 70 tấm phướn", "banners"],
    ["cụm", "trên 5 cụm pano trên địa bàn xã", "banners"],
    ["m²", "250 m² pano", "banners"],
    ["pa-nô", "dựng 04 pa-nô", "banners"],
    ["tờ gấp", "in 500 tờ gấp", "leaflets"],
    ["tờ", "phát hành 1.000 tờ rơi", "leaflets"],
    ["hội nghị", "tổ chức 02 hội nghị", "conferences"],
    ["lớp", "mở 03 lớp tập huấn", "conferences"],
    ["lượt người", "thu hút 1.200 lượt người", "participants"],
    ["người", "có 150 người tham dự", "participants"],
    ["chương trình", "phát 12 chương trình", "broadcasts"],
    ["tiếng", "tiếp sóng đài phát thanh 3 tiếng/ngày", "broadcasts"],
    ["phút", "chuyên mục trên sóng truyền thanh (15 phút/chương trình)", "broadcasts"],
    ["cuộc thi", "tổ chức 01 cuộc thi tìm hiểu", "contests"]
  ])("%s in %j → %s", (unit, context, id) => {
    expect(classifyIndicator(unit, context)).toBe(id)
  })

  test.each([
    ["xuất", "25 xuất xe cổ động tuyên truyền"],
    ["%", "100% thủ tục hành chính được công khai"],
    ["hồ sơ", "07 hồ sơ được yêu cầu rút"],
    ["lần", "08 lần thay đổi nội dung trên màn hình led"],
    ["công chức", "01 công chức của Sở tiếp tục làm việc"],
    ["lượt", "5 lượt"],
    ["", "trên 30 tin, bài"]
  ])("%s in %j → null", (unit, context) => {
    expect(classifyIndicator(unit, context)).toBeNull()
  })

  test("case and tone placement of the unit do not matter", () => {
    expect(classifyIndicator("Băng Rôn", "")).toBe("banners")
    expect(classifyIndicator("HỒ SƠ", "HỒ SƠ TRỄ HẠN")).toBe("dossiers-late")
  })
})
