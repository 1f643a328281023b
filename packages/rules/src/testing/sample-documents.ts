/**
 * Well-formed sample documents for rule tests: each test breaks one thing
 * in a copy (`SAMPLE_REPORT.replace(…)`), so that a failure points at what
 * that test changed.
 */

/** A báo cáo of a Sở that every layout rule accepts. */
export const SAMPLE_REPORT = [
  "UBND TỈNH QUẢNG NGÃI",
  "SỞ NỘI VỤ",
  "Số: 05/BC-SNV",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "Quảng Ngãi, ngày 05 tháng 3 năm 2024",
  "",
  "BÁO CÁO",
  "Công tác tuyên truyền cải cách hành chính quý I năm 2024",
  "",
  "Thực hiện Kế hoạch số 35/KH-UBND ngày 09/01/2024 của UBND tỉnh, Sở Nội vụ báo cáo như sau:",
  "",
  "I. KẾT QUẢ THỰC HIỆN",
  "1. Công tác chỉ đạo",
  "Sở đã ban hành kế hoạch tuyên truyền.",
  "2. Công tác tuyên truyền",
  "Sở đã đăng tải 12 tin, bài.",
  "II. ĐÁNH GIÁ",
  "Công tác tuyên truyền được thực hiện kịp thời.",
  "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II",
  "Tiếp tục tuyên truyền cải cách hành chính.",
  "",
  "Trên đây là báo cáo của Sở Nội vụ./.",
  "",
  "Nơi nhận:",
  "- UBND tỉnh;",
  "- Sở Tư pháp;",
  "- Lưu: VT, TH.",
  "",
  "KT. GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  "",
  "Nguyễn Văn An"
].join("\n")

/** A công văn of a UBND xã that every layout rule accepts. */
export const SAMPLE_LETTER = [
  "ỦY BAN NHÂN DÂN",
  "XÃ BA BÍCH",
  "Số: 12/UBND-VP",
  "V/v báo cáo công tác tuyên truyền",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "Ba Bích, ngày 20 tháng 01 năm 2024",
  "",
  "Kính gửi: Phòng Nội vụ huyện Ba Tơ",
  "",
  "Ủy ban nhân dân xã Ba Bích gửi báo cáo công tác tuyên truyền năm 2023./.",
  "",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT, VP.",
  "",
  "TM. ỦY BAN NHÂN DÂN",
  "CHỦ TỊCH",
  "",
  "Phạm Văn Mạnh"
].join("\n")
