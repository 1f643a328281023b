/**
 * Names whose capitalisation Phụ lục II of Nghị định 30/2020 settles, as
 * they must be written in running text: agencies and organisations (mục
 * I.2: capitalise the words for the type, the function and the field),
 * titles before a name or an agency (mục I.4: `Chủ tịch Quốc hội`,
 * `Thủ tướng Chính phủ`), and the names of laws and codes (mục I.5:
 * `Bộ luật Hình sự`, `Luật Tổ chức Quốc hội`: the type, then the first
 * syllable of the name).
 *
 * Each entry is the name as it must be written; a text that writes the same
 * letters in another case (`Bộ Công An`, `Ủy ban thường vụ Quốc hội`,
 * `Luật ban hành văn bản quy phạm pháp luật`) is reported. Where a name's
 * official spelling is not printed in Phụ lục II itself, the entry says
 * where it was taken from.
 *
 * @since 0.2.0
 */

/**
 * Agencies, organisations and bodies, as their founding texts write them.
 *
 * @since 0.2.0
 * @category data
 */
export const ORGANISATION_NAMES: ReadonlyArray<string> = [
  // Phụ lục II, mục I.2 and its examples.
  "Ủy ban Thường vụ Quốc hội",
  "Ban Chấp hành Trung ương Đảng",
  "Ban Chấp hành Trung ương",
  "Trung ương Đảng",
  "Mặt trận Tổ quốc Việt Nam",
  "Văn phòng Chủ tịch nước",
  "Văn phòng Quốc hội",
  "Văn phòng Chính phủ",
  "Văn phòng Trung ương Đảng",
  // The ministries as Nghị quyết 176/2025/QH15 (the Government's structure
  // from 1 March 2025) names them: type `Bộ`, then the field.
  "Bộ Công an",
  "Bộ Quốc phòng",
  "Bộ Ngoại giao",
  "Bộ Nội vụ",
  "Bộ Tư pháp",
  "Bộ Tài chính",
  "Bộ Công Thương",
  "Bộ Nông nghiệp và Môi trường",
  "Bộ Xây dựng",
  "Bộ Văn hóa, Thể thao và Du lịch",
  "Bộ Khoa học và Công nghệ",
  "Bộ Giáo dục và Đào tạo",
  "Bộ Y tế",
  "Bộ Dân tộc và Tôn giáo",
  "Ngân hàng Nhà nước Việt Nam",
  "Thanh tra Chính phủ",
  // Nghị định 61/2018/NĐ-CP and Nghị định 42/2022/NĐ-CP write the one-stop
  // unit and the national portal so.
  "Bộ phận Một cửa",
  "Cổng Dịch vụ công quốc gia"
]

/**
 * Titles that are capitalised before a name or an agency (Phụ lục II, mục
 * I.4). Only the mixed forms are reported (`Phó chủ tịch UBND`): a title
 * all in lower case is a common noun (`các phó chủ tịch`). Phụ lục II asks
 * for the first letter of a title; capitalising the title after `Phó` as
 * well (`Phó Chủ tịch`, `Phó Giám đốc`) is how the Government's own
 * documents write it (practice, not the letter of Phụ lục II).
 *
 * @since 0.2.0
 * @category data
 */
export const TITLES: ReadonlyArray<string> = [
  "Phó Chủ tịch",
  "Phó Thủ tướng",
  "Phó Giám đốc",
  "Phó Bí thư",
  "Thủ tướng Chính phủ",
  "Chủ tịch Quốc hội",
  "Chủ tịch nước"
]

/**
 * Names of laws and codes cited in administrative documents, each after its
 * type word: `Luật` + the name with its first syllable capitalised
 * (Phụ lục II, mục I.5), `Bộ luật` likewise. Names as the laws' own titles
 * print them.
 *
 * @since 0.2.0
 * @category data
 */
export const LAW_NAMES: ReadonlyArray<string> = [
  "Ban hành văn bản quy phạm pháp luật",
  "Tổ chức chính quyền địa phương",
  "Tổ chức Chính phủ",
  "Tổ chức Quốc hội",
  "Cán bộ, công chức",
  "Viên chức",
  "Đất đai",
  "Ngân sách nhà nước",
  "Đầu tư công",
  "Xử lý vi phạm hành chính",
  "Tiếp cận thông tin",
  "Giao dịch điện tử",
  "Công nghệ thông tin",
  "An ninh mạng",
  "Lưu trữ",
  "Thi đua, khen thưởng",
  "Phòng, chống tham nhũng",
  "Thanh tra",
  "Khiếu nại",
  "Tố cáo",
  "Tiếp công dân",
  "Bảo vệ bí mật nhà nước",
  "Dữ liệu",
  "Quy hoạch",
  "Xây dựng",
  "Nhà ở",
  "Kinh doanh bất động sản",
  "Doanh nghiệp",
  "Đầu tư",
  "Giáo dục",
  "Bảo vệ môi trường",
  "Tài nguyên nước",
  "Quản lý thuế",
  "Kế toán",
  "Thống kê",
  "Đấu thầu",
  "Quản lý, sử dụng tài sản công",
  "Phí và lệ phí",
  "Thực hiện dân chủ ở cơ sở",
  "Phổ biến, giáo dục pháp luật",
  "Căn cước",
  "Cư trú",
  "Hộ tịch",
  "Bảo hiểm xã hội",
  "Bảo hiểm y tế",
  "Việc làm",
  "Khoa học và công nghệ",
  "Hình sự",
  "Dân sự",
  "Lao động",
  "Tố tụng hình sự",
  "Tố tụng dân sự",
  "Tố tụng hành chính"
]
