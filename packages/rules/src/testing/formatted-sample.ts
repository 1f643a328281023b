/**
 * A complete Báo cáo as a formatted example, laid out as NĐ 30/2020 asks,
 * for the tests of the layout rules: each test changes the look of one
 * line (`withLook`).
 */

export const FORMATTED_REPORT = [
  "@formatted pageNumber=center-top-from2",
  "[13 b center] ỦY BAN NHÂN DÂN",
  "[13 b center] XÃ BA BÍCH",
  "[13 center] Số: 05/BC-UBND",
  "[12 b center] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "[13 b center] Độc lập - Tự do - Hạnh phúc",
  "[14 i center] Ba Bích, ngày 15 tháng 6 năm 2024",
  "[]",
  "[14 b center] BÁO CÁO",
  "[14 b center] Kết quả công tác tuyên truyền cải cách hành chính",
  "[]",
  "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm 2024 như sau:",
  "Trên đây là báo cáo kết quả công tác tuyên truyền của Ủy ban nhân dân xã Ba Bích./.",
  "[]",
  "[12 b i] Nơi nhận:",
  "[11] - UBND huyện;",
  "[11] - Lưu: VT.",
  "[14 b center] TM. ỦY BAN NHÂN DÂN",
  "[14 b center] CHỦ TỊCH",
  "[]",
  "[14 b center] Nguyễn Văn An"
].join("\n")

/** The sample with the look of the line that reads `text` replaced by `look` (`"14 center"`). */
export const withLook = (text: string, look: string, sample = FORMATTED_REPORT): string => {
  const lines = sample.split("\n")
  const i = lines.findIndex((l) => l.replace(/^\[[^\]]*\] ?/u, "") === text)
  if (i < 0) throw new Error(`no line reads ${text}`)
  lines[i] = look === "" ? text : `[${look}] ${text}`
  return lines.join("\n")
}

/** The plain-text line number (1-based) of the line that reads `text`. */
export const lineOf = (text: string, sample = FORMATTED_REPORT): number =>
  sample.split("\n").findIndex((l) => l.replace(/^\[[^\]]*\] ?/u, "") === text)
