/**
 * Misspellings common in administrative text, as plain data: domain staff
 * extend the list by adding an entry with its examples, without touching
 * the rule's code. The `misspelling` rule builds one matcher from it.
 *
 * @since 0.1.0
 */

/**
 * One misspelling. `wrong` and `right` are written in lower case, syllables
 * separated by one space; matching ignores case and tone-mark placement
 * (`hoà`/`hòa`). An entry with one `right` form and no `ambiguous` flag gets
 * a safe fix; several forms, or `ambiguous: true`, give suggestions only.
 *
 * `unlessFollowedBy` / `unlessPrecededBy` list the syllables that make the
 * same letters a correct phrase (`cô động viên` is "the aunt encourages",
 * not `cổ động`). Every entry carries `examples` (text → text after the
 * fix) and, where a similar string is correct, `counterExamples` that must
 * not be reported; a table-driven test runs them all.
 *
 * `onlyFollowedBy` / `onlyPrecededBy` do the opposite: the entry holds
 * only next to one of those syllables, on the same line (`Ủy ban nhân xã`
 * is missing its `dân`; the syllables next to it are not replaced).
 * `beforePunctuation` limits an entry to letters that a punctuation mark
 * ends (`; , . : )`), where no word can follow that would make them right
 * (`Quân sự tinh;` is `tỉnh`, `quân sự tinh nhuệ` is right). `properName`
 * marks an entry that is itself a name (`Hà Nôi`): without it a phrase
 * whose syllables are all capitalised is taken for a name and skipped.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface MisspellingEntry {
  readonly wrong: string
  readonly right: ReadonlyArray<string>
  readonly ambiguous?: boolean
  readonly unlessFollowedBy?: ReadonlyArray<string>
  readonly unlessPrecededBy?: ReadonlyArray<string>
  readonly onlyFollowedBy?: ReadonlyArray<string>
  readonly onlyPrecededBy?: ReadonlyArray<string>
  readonly beforePunctuation?: boolean
  readonly properName?: boolean
  readonly examples: ReadonlyArray<readonly [text: string, fixed: string]>
  readonly counterExamples?: ReadonlyArray<string>
}

// Words that end in "suất" (công suất, xác suất) and words that start with
// "xuất" (xuất sắc, xuất khẩu): across such a word boundary the letters of
// a misspelling are correct (`xác suất phát sinh`, `hồ sơ xuất sắc`).
const BEFORE_SUAT = ["công", "năng", "xác", "hiệu", "lãi", "tần", "áp", "tỷ", "tỉ", "định", "sơ"]
const AFTER_XUAT = [
  "sắc",
  "phát",
  "hiện",
  "khẩu",
  "bản",
  "trình",
  "cảnh",
  "xứ",
  "kho",
  "ngũ",
  "viện",
  "nhập",
  "chúng",
  "thân",
  "xưởng",
  "hành",
  "quỹ",
  "toán",
  "siêu",
  "huyết",
  "tinh"
]

/**
 * The curated dictionary. Only misspellings that are wrong in every
 * context are listed without guards; keep it that way when adding entries.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { MISSPELLINGS } from "@cchc/rules"
 * MISSPELLINGS.find((e) => e.wrong === "cập nhập")?.right // ["cập nhật"]
 * ```
 */
export const MISSPELLINGS: ReadonlyArray<MisspellingEntry> = [
  // s / x
  {
    wrong: "sử lý",
    right: ["xử lý"],
    unlessFollowedBy: ["luận", "thuyết", "lịch"],
    unlessPrecededBy: ["lịch", "tiểu"],
    examples: [
      ["Kịp thời sử lý các phản ánh, kiến nghị.", "Kịp thời xử lý các phản ánh, kiến nghị."],
      ["Sử lý dứt điểm hồ sơ tồn đọng.", "Xử lý dứt điểm hồ sơ tồn đọng."]
    ],
    counterExamples: [
      "Kịp thời xử lý các phản ánh.",
      "Nghiên cứu lịch sử lý luận nhà nước.",
      "Môn lịch sử lý thú."
    ]
  },
  {
    wrong: "xữ lý",
    right: ["xử lý"],
    examples: [["Tiếp nhận, xữ lý văn bản đến.", "Tiếp nhận, xử lý văn bản đến."]]
  },
  {
    wrong: "xử dụng",
    right: ["sử dụng"],
    examples: [["Xử dụng phần mềm quản lý văn bản.", "Sử dụng phần mềm quản lý văn bản."]],
    counterExamples: ["Sử dụng phần mềm quản lý văn bản."]
  },
  {
    wrong: "sử phạt",
    right: ["xử phạt"],
    examples: [["Sử phạt vi phạm hành chính.", "Xử phạt vi phạm hành chính."]]
  },
  {
    wrong: "sát nhập",
    right: ["sáp nhập"],
    unlessFollowedBy: ["khẩu", "cảnh", "học", "ngũ", "liệu", "môn"],
    unlessPrecededBy: ["giám", "kiểm", "khảo", "quan", "thị", "áp"],
    examples: [["Sát nhập các đơn vị hành chính cấp xã.", "Sáp nhập các đơn vị hành chính cấp xã."]],
    counterExamples: ["Sáp nhập các đơn vị hành chính cấp xã.", "Tăng cường giám sát nhập khẩu hàng hóa."]
  },
  {
    wrong: "bổ xung",
    right: ["bổ sung"],
    examples: [["Sửa đổi, bổ xung quy chế.", "Sửa đổi, bổ sung quy chế."]]
  },
  {
    wrong: "đề suất",
    right: ["đề xuất"],
    unlessFollowedBy: ["ăn", "đầu"],
    unlessPrecededBy: ["vấn", "chủ"],
    examples: [["Đề suất, kiến nghị.", "Đề xuất, kiến nghị."]],
    counterExamples: ["Đề xuất, kiến nghị.", "Giải quyết vấn đề suất ăn bán trú."]
  },
  {
    wrong: "sơ xuất",
    right: ["sơ suất"],
    unlessFollowedBy: AFTER_XUAT,
    unlessPrecededBy: ["hồ"],
    examples: [["Không để xảy ra sơ xuất.", "Không để xảy ra sơ suất."]],
    counterExamples: ["Chấm điểm hồ sơ xuất sắc.", "Kiểm tra hồ sơ xuất khẩu."]
  },
  {
    wrong: "năng xuất",
    right: ["năng suất"],
    unlessFollowedBy: AFTER_XUAT,
    unlessPrecededBy: ["khả", "tài", "kỹ", "kĩ", "chức", "công", "hiệu", "tiềm", "động"],
    examples: [["Nâng cao năng xuất lao động.", "Nâng cao năng suất lao động."]],
    counterExamples: ["Nâng cao khả năng xuất khẩu của doanh nghiệp."]
  },
  {
    wrong: "xác xuất",
    right: ["xác suất"],
    unlessFollowedBy: AFTER_XUAT,
    unlessPrecededBy: ["chính"],
    examples: [["Kiểm tra xác xuất hồ sơ.", "Kiểm tra xác suất hồ sơ."]],
    counterExamples: ["Sản phẩm đạt độ chính xác xuất sắc."]
  },
  {
    wrong: "sản suất",
    right: ["sản xuất"],
    unlessFollowedBy: ["ăn", "đầu"],
    examples: [["Hỗ trợ sản suất, kinh doanh.", "Hỗ trợ sản xuất, kinh doanh."]]
  },
  {
    wrong: "đột suất",
    right: ["đột xuất"],
    examples: [["Báo cáo đột suất khi có yêu cầu.", "Báo cáo đột xuất khi có yêu cầu."]]
  },
  {
    wrong: "suất phát",
    right: ["xuất phát"],
    unlessPrecededBy: BEFORE_SUAT,
    examples: [["Suất phát từ yêu cầu thực tiễn.", "Xuất phát từ yêu cầu thực tiễn."]],
    counterExamples: ["Xác suất phát sinh sai sót thấp.", "Công suất phát điện của nhà máy."]
  },
  {
    wrong: "suất hiện",
    right: ["xuất hiện"],
    unlessPrecededBy: BEFORE_SUAT,
    unlessFollowedBy: ["tại", "nay", "hành", "có"],
    examples: [
      ["Kịp thời phát hiện khi suất hiện vướng mắc.", "Kịp thời phát hiện khi xuất hiện vướng mắc."]
    ],
    counterExamples: ["Năng suất hiện nay còn thấp."]
  },
  {
    wrong: "suất sắc",
    right: ["xuất sắc"],
    unlessPrecededBy: BEFORE_SUAT,
    examples: [["Hoàn thành suất sắc nhiệm vụ.", "Hoàn thành xuất sắc nhiệm vụ."]]
  },
  {
    wrong: "giám xát",
    right: ["giám sát"],
    examples: [["Kiểm tra, giám xát việc thực hiện.", "Kiểm tra, giám sát việc thực hiện."]],
    counterExamples: ["Kiểm tra giám sát việc thực hiện."]
  },
  {
    wrong: "kiểm xoát",
    right: ["kiểm soát"],
    examples: [["Kiểm xoát thủ tục hành chính.", "Kiểm soát thủ tục hành chính."]]
  },
  {
    wrong: "rà xoát",
    right: ["rà soát"],
    examples: [["Rà xoát, công bố thủ tục hành chính.", "Rà soát, công bố thủ tục hành chính."]]
  },
  {
    wrong: "xoát xét",
    right: ["soát xét"],
    examples: [["Xoát xét hồ sơ trước khi trình.", "Soát xét hồ sơ trước khi trình."]]
  },
  {
    wrong: "xem sét",
    right: ["xem xét"],
    examples: [["Trình cấp có thẩm quyền xem sét.", "Trình cấp có thẩm quyền xem xét."]]
  },
  {
    wrong: "sét duyệt",
    right: ["xét duyệt"],
    examples: [["Sét duyệt hồ sơ thi đua.", "Xét duyệt hồ sơ thi đua."]]
  },
  {
    wrong: "sắp sếp",
    right: ["sắp xếp"],
    examples: [["Sắp sếp tổ chức bộ máy.", "Sắp xếp tổ chức bộ máy."]]
  },
  {
    wrong: "xắp xếp",
    right: ["sắp xếp"],
    examples: [["Xắp xếp tổ chức bộ máy.", "Sắp xếp tổ chức bộ máy."]]
  },
  {
    wrong: "thường suyên",
    right: ["thường xuyên"],
    examples: [["Thường suyên trong năm.", "Thường xuyên trong năm."]]
  },
  {
    wrong: "xuyên xuốt",
    right: ["xuyên suốt"],
    examples: [["Nhiệm vụ xuyên xuốt cả năm.", "Nhiệm vụ xuyên suốt cả năm."]]
  },
  {
    wrong: "thông xuốt",
    right: ["thông suốt"],
    examples: [["Kết nối liên thông thông xuốt.", "Kết nối liên thông thông suốt."]]
  },
  {
    wrong: "sâu xát",
    right: ["sâu sát"],
    examples: [["Chỉ đạo sâu xát, quyết liệt.", "Chỉ đạo sâu sát, quyết liệt."]]
  },
  {
    wrong: "sâu chuỗi",
    right: ["xâu chuỗi"],
    examples: [["Sâu chuỗi các sự việc.", "Xâu chuỗi các sự việc."]]
  },
  {
    wrong: "súc tiến",
    right: ["xúc tiến"],
    unlessPrecededBy: ["gia"],
    examples: [["Súc tiến đầu tư, thương mại.", "Xúc tiến đầu tư, thương mại."]]
  },
  {
    wrong: "chính sác",
    right: ["chính xác"],
    examples: [["Số liệu đầy đủ, chính sác.", "Số liệu đầy đủ, chính xác."]]
  },
  {
    wrong: "tiếp xóng",
    right: ["tiếp sóng"],
    examples: [
      ["Đài truyền thanh xã tiếp xóng các chương trình.", "Đài truyền thanh xã tiếp sóng các chương trình."]
    ]
  },
  // ch / tr
  {
    wrong: "khẩn chương",
    right: ["khẩn trương"],
    examples: [["Khẩn chương triển khai thực hiện.", "Khẩn trương triển khai thực hiện."]]
  },
  {
    wrong: "trương trình",
    right: ["chương trình"],
    unlessPrecededBy: ["khai", "phô", "chủ", "tuyên", "mở"],
    examples: [["Ban hành trương trình công tác năm.", "Ban hành chương trình công tác năm."]],
    counterExamples: ["Ông Trương Trình, Trưởng thôn.", "Thống nhất chủ trương trình Hội đồng nhân dân tỉnh."]
  },
  {
    wrong: "tuyên chuyền",
    right: ["tuyên truyền"],
    examples: [["Đẩy mạnh tuyên chuyền cải cách hành chính.", "Đẩy mạnh tuyên truyền cải cách hành chính."]]
  },
  {
    wrong: "chuyền thông",
    right: ["truyền thông"],
    unlessPrecededBy: ["bóng"],
    examples: [["Trung tâm Chuyền thông thị xã.", "Trung tâm Truyền thông thị xã."]]
  },
  {
    wrong: "chuyền đạt",
    right: ["truyền đạt"],
    unlessPrecededBy: ["bóng"],
    examples: [["Chuyền đạt đầy đủ nội dung hội nghị.", "Truyền đạt đầy đủ nội dung hội nghị."]]
  },
  {
    wrong: "chậm chễ",
    right: ["chậm trễ"],
    examples: [["Không để chậm chễ.", "Không để chậm trễ."]]
  },
  {
    wrong: "chao đổi",
    right: ["trao đổi"],
    examples: [["Chao đổi kinh nghiệm.", "Trao đổi kinh nghiệm."]]
  },
  {
    wrong: "trấn chỉnh",
    right: ["chấn chỉnh"],
    unlessFollowedBy: ["trang", "lý", "sửa"],
    unlessPrecededBy: ["thị"],
    examples: [["Trấn chỉnh kỷ luật, kỷ cương hành chính.", "Chấn chỉnh kỷ luật, kỷ cương hành chính."]],
    counterExamples: ["Thị trấn chỉnh trang đô thị."]
  },
  {
    wrong: "lựa trọn",
    right: ["lựa chọn"],
    examples: [["Lựa trọn hình thức phù hợp.", "Lựa chọn hình thức phù hợp."]]
  },
  // d / gi / r
  {
    wrong: "giữ liệu",
    right: ["dữ liệu"],
    examples: [["Cơ sở giữ liệu quốc gia.", "Cơ sở dữ liệu quốc gia."]]
  },
  {
    wrong: "lưu dữ",
    right: ["lưu giữ"],
    unlessFollowedBy: ["liệu"],
    examples: [["Lưu dữ hồ sơ theo quy định.", "Lưu giữ hồ sơ theo quy định."]],
    counterExamples: ["Sao lưu dữ liệu hằng ngày."]
  },
  {
    wrong: "trau giồi",
    right: ["trau dồi"],
    examples: [["Trau giồi kiến thức chuyên môn.", "Trau dồi kiến thức chuyên môn."]]
  },
  {
    wrong: "dức điểm",
    right: ["dứt điểm"],
    examples: [["Giải quyết dức điểm.", "Giải quyết dứt điểm."]]
  },
  // final consonants
  {
    wrong: "cập nhập",
    right: ["cập nhật"],
    examples: [
      ["Cập nhập, niêm yết đầy đủ các thủ tục.", "Cập nhật, niêm yết đầy đủ các thủ tục."],
      ["Thường xuyên cập nhập thông tin.", "Thường xuyên cập nhật thông tin."]
    ],
    counterExamples: ["Cập nhật các tin, bài.", "Nhập khẩu, cập nhật."]
  },
  {
    wrong: "bàng giao",
    right: ["bàn giao"],
    examples: [["Bàng giao hồ sơ lưu trữ.", "Bàn giao hồ sơ lưu trữ."]],
    counterExamples: ["Bàn giao hồ sơ lưu trữ."]
  },
  {
    wrong: "tiếc kiệm",
    right: ["tiết kiệm"],
    examples: [["Thực hành tiếc kiệm, chống lãng phí.", "Thực hành tiết kiệm, chống lãng phí."]]
  },
  {
    wrong: "khuyết khích",
    right: ["khuyến khích"],
    examples: [
      ["Khuyết khích người dân nộp hồ sơ trực tuyến.", "Khuyến khích người dân nộp hồ sơ trực tuyến."]
    ]
  },
  {
    wrong: "đặt biệt",
    right: ["đặc biệt"],
    unlessFollowedBy: ["danh", "hiệu", "thự"],
    examples: [["Đặt biệt là thủ tục hành chính.", "Đặc biệt là thủ tục hành chính."]],
    counterExamples: ["Đặt biệt danh cho chương trình."]
  },
  {
    wrong: "vướn mắc",
    right: ["vướng mắc"],
    examples: [["Tháo gỡ khó khăn, vướn mắc.", "Tháo gỡ khó khăn, vướng mắc."]]
  },
  {
    wrong: "chắc chắng",
    right: ["chắc chắn"],
    examples: [["Bảo đảm chắc chắng an toàn.", "Bảo đảm chắc chắn an toàn."]]
  },
  {
    wrong: "giản dạy",
    right: ["giảng dạy"],
    unlessPrecededBy: ["đơn"],
    examples: [["Giản dạy lớp bồi dưỡng.", "Giảng dạy lớp bồi dưỡng."]]
  },
  {
    wrong: "thành lặp",
    right: ["thành lập"],
    // `biến thành lặp đi lặp lại` (turned into a repetition) is right.
    unlessFollowedBy: ["đi", "lại"],
    examples: [["Quyết định thành lặp Đoàn kiểm tra.", "Quyết định thành lập Đoàn kiểm tra."]],
    counterExamples: ["Việc báo cáo đã trở thành lặp đi lặp lại."]
  },
  {
    wrong: "thiết lặp",
    right: ["thiết lập"],
    examples: [["Thiết lặp đường dây nóng.", "Thiết lập đường dây nóng."]]
  },
  {
    wrong: "lặp kế hoạch",
    right: ["lập kế hoạch"],
    examples: [["Lặp kế hoạch tuyên truyền năm 2022.", "Lập kế hoạch tuyên truyền năm 2022."]]
  },
  {
    wrong: "chỉnh chu",
    right: ["chỉn chu"],
    unlessFollowedBy: ["kỳ", "kì", "trình", "vi", "đáo", "toàn"],
    unlessPrecededBy: ["điều", "tinh", "hiệu", "sửa", "căn"],
    examples: [["Văn bản trình bày chỉnh chu.", "Văn bản trình bày chỉn chu."]],
    counterExamples: ["Điều chỉnh chu kỳ báo cáo."]
  },
  // ngh / ng
  {
    wrong: "nghành",
    right: ["ngành"],
    examples: [
      ["Các sở, nghành, địa phương.", "Các sở, ngành, địa phương."],
      ["Nghành giáo dục.", "Ngành giáo dục."]
    ],
    counterExamples: ["Các sở, ngành, địa phương."]
  },
  // tone marks: hỏi / ngã
  {
    wrong: "chặt chẻ",
    right: ["chặt chẽ"],
    // `chặt, chẻ củi` (to cut and split firewood) is right.
    unlessFollowedBy: ["củi", "tre", "nứa", "gỗ"],
    examples: [["Phối hợp chặt chẻ.", "Phối hợp chặt chẽ."]],
    counterExamples: ["Nghiêm cấm chặt chẻ tre trong rừng phòng hộ."]
  },
  {
    wrong: "sữa đổi",
    right: ["sửa đổi"],
    examples: [["Sữa đổi, bổ sung quy chế.", "Sửa đổi, bổ sung quy chế."]]
  },
  {
    wrong: "sữa chữa",
    right: ["sửa chữa"],
    examples: [["Sữa chữa trụ sở làm việc.", "Sửa chữa trụ sở làm việc."]]
  },
  {
    wrong: "chỉnh sữa",
    right: ["chỉnh sửa"],
    examples: [["Chỉnh sữa dự thảo.", "Chỉnh sửa dự thảo."]]
  },
  {
    wrong: "nổ lực",
    right: ["nỗ lực"],
    unlessFollowedBy: ["lượng"],
    unlessPrecededBy: ["bùng", "cháy", "bom"],
    examples: [["Nổ lực hoàn thành chỉ tiêu.", "Nỗ lực hoàn thành chỉ tiêu."]]
  },
  {
    wrong: "lỗ lực",
    right: ["nỗ lực"],
    unlessFollowedBy: ["lượng"],
    examples: [["Lỗ lực hoàn thành chỉ tiêu.", "Nỗ lực hoàn thành chỉ tiêu."]]
  },
  {
    wrong: "kỹ luật",
    right: ["kỷ luật"],
    examples: [["Chấp hành kỹ luật lao động.", "Chấp hành kỷ luật lao động."]],
    counterExamples: ["Chấp hành kỷ luật, kỷ cương hành chính."]
  },
  {
    wrong: "kỹ cương",
    right: ["kỷ cương"],
    examples: [["Tăng cường kỷ luật, kỹ cương hành chính.", "Tăng cường kỷ luật, kỷ cương hành chính."]]
  },
  {
    wrong: "kỷ thuật",
    right: ["kỹ thuật"],
    unlessPrecededBy: ["thế"],
    examples: [["Hạ tầng kỷ thuật số.", "Hạ tầng kỹ thuật số."]]
  },
  {
    wrong: "kỷ năng",
    right: ["kỹ năng"],
    unlessPrecededBy: ["thế"],
    examples: [["Bồi dưỡng kỷ năng tuyên truyền.", "Bồi dưỡng kỹ năng tuyên truyền."]]
  },
  {
    wrong: "kỷ lưỡng",
    right: ["kỹ lưỡng"],
    examples: [["Rà soát kỷ lưỡng.", "Rà soát kỹ lưỡng."]]
  },
  {
    wrong: "rỏ ràng",
    right: ["rõ ràng"],
    examples: [["Công khai đầy đủ, rỏ ràng.", "Công khai đầy đủ, rõ ràng."]]
  },
  {
    wrong: "rỏ rệt",
    right: ["rõ rệt"],
    examples: [["Chuyển biến rỏ rệt.", "Chuyển biến rõ rệt."]]
  },
  {
    wrong: "hướng dẩn",
    right: ["hướng dẫn"],
    examples: [["Hướng dẩn công dân nộp hồ sơ.", "Hướng dẫn công dân nộp hồ sơ."]]
  },
  {
    wrong: "thẫm quyền",
    right: ["thẩm quyền"],
    examples: [["Thuộc thẫm quyền giải quyết của Sở.", "Thuộc thẩm quyền giải quyết của Sở."]]
  },
  {
    wrong: "thẫm định",
    right: ["thẩm định"],
    examples: [["Hồ sơ thẫm định dự án.", "Hồ sơ thẩm định dự án."]]
  },
  {
    wrong: "bồi dưởng",
    right: ["bồi dưỡng"],
    examples: [["Tập huấn, bồi dưởng nghiệp vụ.", "Tập huấn, bồi dưỡng nghiệp vụ."]]
  },
  {
    wrong: "điễn hình",
    right: ["điển hình"],
    examples: [["Giới thiệu gương điễn hình.", "Giới thiệu gương điển hình."]]
  },
  {
    wrong: "diển ra",
    right: ["diễn ra"],
    examples: [["Hội nghị diển ra trong một ngày.", "Hội nghị diễn ra trong một ngày."]]
  },
  {
    wrong: "diển đàn",
    right: ["diễn đàn"],
    examples: [["Diển đàn doanh nghiệp.", "Diễn đàn doanh nghiệp."]]
  },
  {
    wrong: "tham nhủng",
    right: ["tham nhũng"],
    examples: [["Phòng, chống tham nhủng.", "Phòng, chống tham nhũng."]]
  },
  {
    wrong: "nhủng nhiễu",
    right: ["nhũng nhiễu"],
    examples: [["Biểu hiện nhủng nhiễu.", "Biểu hiện nhũng nhiễu."]]
  },
  {
    wrong: "miển phí",
    right: ["miễn phí"],
    examples: [["Cấp miển phí cho người dân.", "Cấp miễn phí cho người dân."]]
  },
  {
    wrong: "giảm thiễu",
    right: ["giảm thiểu"],
    examples: [["Giảm thiễu thời gian giải quyết.", "Giảm thiểu thời gian giải quyết."]]
  },
  {
    wrong: "tối thiễu",
    right: ["tối thiểu"],
    examples: [["Tối thiễu một lần.", "Tối thiểu một lần."]]
  },
  {
    wrong: "tìm hiễu",
    right: ["tìm hiểu"],
    examples: [["Nắm bắt, tìm hiễu thông tin.", "Nắm bắt, tìm hiểu thông tin."]]
  },
  {
    wrong: "lảnh đạo",
    right: ["lãnh đạo"],
    examples: [["Năng lực lảnh đạo điều hành.", "Năng lực lãnh đạo điều hành."]]
  },
  {
    wrong: "suy nghỉ",
    right: ["suy nghĩ"],
    examples: [["Thay đổi suy nghỉ, cách làm.", "Thay đổi suy nghĩ, cách làm."]]
  },
  {
    wrong: "ý nghỉa",
    right: ["ý nghĩa"],
    examples: [["Ý nghỉa của công tác cải cách.", "Ý nghĩa của công tác cải cách."]]
  },
  {
    wrong: "tuyễn dụng",
    right: ["tuyển dụng"],
    examples: [["Tuyễn dụng công chức.", "Tuyển dụng công chức."]]
  },
  {
    wrong: "mỡ rộng",
    right: ["mở rộng"],
    examples: [["Mỡ rộng chuyên mục.", "Mở rộng chuyên mục."]]
  },
  {
    wrong: "bảo hiễm",
    right: ["bảo hiểm"],
    examples: [["Bảo hiễm xã hội.", "Bảo hiểm xã hội."]]
  },
  {
    wrong: "cỗ vũ",
    right: ["cổ vũ"],
    examples: [["Cỗ vũ phong trào thi đua.", "Cổ vũ phong trào thi đua."]]
  },
  {
    wrong: "khen thưỡng",
    right: ["khen thưởng"],
    examples: [["Thi đua, khen thưỡng.", "Thi đua, khen thưởng."]]
  },
  {
    wrong: "triễn khai",
    right: ["triển khai"],
    examples: [["Triễn khai thực hiện kế hoạch.", "Triển khai thực hiện kế hoạch."]]
  },
  {
    wrong: "chia sẽ",
    right: ["chia sẻ"],
    // "được chia sẽ tăng" (what is shared will rise) is grammatical: suggest only.
    ambiguous: true,
    examples: [["Chia sẽ thông tin trên mạng xã hội.", "Chia sẻ thông tin trên mạng xã hội."]]
  },
  // tone marks: other
  {
    wrong: "cô động",
    // Two readings: `cổ động` (to promote: xe cổ động) and `cô đọng`
    // (concise: trực quan, cô đọng). Suggestions only, the first the more
    // frequent in reports on tuyên truyền.
    right: ["cổ động", "cô đọng"],
    unlessFollowedBy: ["viên"],
    examples: [
      ["25 xuất xe cô động tuyên truyền.", "25 xuất xe cổ động tuyên truyền."],
      ["Tuyên truyền trực quan, cô động.", "Tuyên truyền trực quan, cổ động."]
    ],
    counterExamples: ["Tuyên truyền bằng các hình thức trực quan, cô đọng.", "Cô động viên các em học sinh."]
  },
  {
    wrong: "đầy mạnh",
    right: ["đẩy mạnh"],
    unlessFollowedBy: ["mẽ"],
    examples: [
      [
        "Triển khai thực hiện đầy mạnh cải cách hành chính.",
        "Triển khai thực hiện đẩy mạnh cải cách hành chính."
      ]
    ],
    counterExamples: ["Đẩy mạnh cải cách hành chính.", "Một phong trào đầy mạnh mẽ."]
  },
  {
    wrong: "bỏ sung",
    right: ["bổ sung"],
    examples: [
      ["Rút vì các lý do và bỏ sung, hoàn thiện hồ sơ.", "Rút vì các lý do và bổ sung, hoàn thiện hồ sơ."]
    ],
    counterExamples: ["Sửa đổi, bổ sung, thay thế."]
  },
  {
    wrong: "chuyên biến",
    right: ["chuyển biến"],
    unlessFollowedBy: ["đổi", "động"],
    examples: [["Tạo sự chuyên biến mạnh mẽ.", "Tạo sự chuyển biến mạnh mẽ."]],
    counterExamples: ["Có nhiều chuyển biến tích cực.", "Chuyên biên tập tin bài."]
  },
  {
    wrong: "chuyên đổi số",
    right: ["chuyển đổi số"],
    examples: [["Kết quả thực hiện chuyên đổi số thị xã.", "Kết quả thực hiện chuyển đổi số thị xã."]],
    counterExamples: ["Kết quả thực hiện chuyển đổi số.", "Cửa hàng chuyên đổi ngoại tệ."]
  },
  {
    wrong: "chuẩn đoán",
    right: ["chẩn đoán"],
    unlessPrecededBy: ["tiêu", "hiệu", "quy"],
    examples: [["Chuẩn đoán hình ảnh.", "Chẩn đoán hình ảnh."]]
  },
  {
    wrong: "cũng cố",
    right: ["củng cố"],
    // "cũng cố gắng" (also tries) and "cũng cố định" are correct: suggest only.
    ambiguous: true,
    unlessFollowedBy: ["gắng", "tình", "ý", "định", "vấn", "thủ"],
    examples: [["Cũng cố tổ chức bộ máy.", "Củng cố tổ chức bộ máy."]],
    counterExamples: ["Cán bộ cũng cố gắng hoàn thành.", "Củng cố tổ chức bộ máy."]
  },
  // Administrative names and terms, as typed in real documents
  {
    wrong: "kính phí",
    right: ["kinh phí"],
    examples: [
      [
        "Cơ quan có thẩm quyền bố trí kính phí để thực hiện Kế hoạch.",
        "Cơ quan có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch."
      ]
    ],
    counterExamples: ["Bố trí kinh phí thực hiện.", "Kính gửi: Sở Tài chính; phí, lệ phí."]
  },
  {
    wrong: "chuyển đối số",
    right: ["chuyển đổi số"],
    // `chuyển + đối số` (to pass an argument) belongs to programming, not to
    // an administrative text: one reading.
    examples: [
      [
        "Bảo mật đáp ứng yêu cầu chuyển đối số trong tình hình hiện nay.",
        "Bảo mật đáp ứng yêu cầu chuyển đổi số trong tình hình hiện nay."
      ]
    ],
    counterExamples: ["Yêu cầu chuyển đổi số.", "Chuyển đối tượng sang diện khác."]
  },
  {
    wrong: "biên chến",
    right: ["biên chế"],
    examples: [
      [
        "VỰC TỔ CHỨC - BIÊN CHẾN THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ NỘI VỤ",
        "VỰC TỔ CHỨC - BIÊN CHẾ THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ NỘI VỤ"
      ],
      ["Giao biên chến công chức năm 2026.", "Giao biên chế công chức năm 2026."]
    ]
  },
  {
    wrong: "hà nôi",
    // A name: written as it is written.
    right: ["Hà Nội"],
    properName: true,
    examples: [
      ["Các Chiến lược triển khai của thành phố Hà Nôi:", "Các Chiến lược triển khai của thành phố Hà Nội:"]
    ],
    counterExamples: ["Thành phố Hà Nội."]
  },
  {
    // A khoản is numbered with digits, a điểm with letters: `l` here is a `1`.
    wrong: "khoản l",
    right: ["khoản 1"],
    examples: [["Căn cứ khoản l, khoản 2 Điều 5", "Căn cứ khoản 1, khoản 2 Điều 5"]],
    counterExamples: ["Căn cứ điểm l khoản 1 Điều 5.", "Các khoản lương, phụ cấp."]
  },
  {
    wrong: "the o",
    right: ["theo"],
    // `the` (a silk) and `o` (an aunt, in central speech) are words: suggest only.
    ambiguous: true,
    examples: [["Độ và chất lượng the o yêu cầu đề ra;", "Độ và chất lượng theo yêu cầu đề ra;"]],
    counterExamples: ["Thực hiện theo yêu cầu."]
  },
  {
    // `dân` left out, before the words that follow the name of a People's
    // Committee (`Ủy ban nhân xã`, `Ủy ban nhân các xã`): no other reading.
    // Spaces only between the words, so a name wrapped after `nhân`
    // (`ỦY BAN NHÂN` / `DÂN`) is never taken for one.
    wrong: "ủy ban nhân",
    right: ["ủy ban nhân dân"],
    onlyFollowedBy: ["xã", "phường", "các", "tỉnh", "huyện", "quận", "thành", "thị", "cấp", "đặc"],
    examples: [
      [
        "Nội, một số Thuế Cơ sở và Ủy ban nhân xã, phường ngày 09 tháng 7 năm 2025;",
        "Nội, một số Thuế Cơ sở và Ủy ban nhân dân xã, phường ngày 09 tháng 7 năm 2025;"
      ],
      [
        "Ủy ban nhân các xã, phường, Văn phòng Đăng ký đất đai Hà Nội",
        "Ủy ban nhân dân các xã, phường, Văn phòng Đăng ký đất đai Hà Nội"
      ],
      ["lập trực thuộc Ủy ban nhân Thành phố;", "lập trực thuộc Ủy ban nhân dân Thành phố;"],
      ["TM. ỦY BAN NHÂN TỈNH", "TM. ỦY BAN NHÂN DÂN TỈNH"]
    ],
    counterExamples: [
      "Ủy ban nhân dân xã, phường.",
      "Ủy ban Nhân quyền của Liên hợp quốc.",
      "TM. ỦY BAN NHÂN\nDÂN TỈNH",
      "Ủy ban nhân\ncác xã"
    ]
  },
  {
    // `tinh` for `tỉnh` after the name of a provincial body, where a
    // punctuation mark ends it (`Bộ Chỉ huy Quân sự tinh;` in a Nơi nhận
    // list): there no word follows that would make `tinh` right (`tinh
    // nhuệ`, `tinh gọn`), and the body before it takes a province.
    wrong: "tinh",
    right: ["tỉnh"],
    beforePunctuation: true,
    onlyPrecededBy: ["sự", "an", "dân", "ubnd", "hđnd", "bchqs", "bchptds", "ubmttq", "mttq"],
    examples: [
      ["- Bộ Chỉ huy Quân sự tinh;", "- Bộ Chỉ huy Quân sự tỉnh;"],
      ["- Văn phòng BCHPTDS tinh;", "- Văn phòng BCHPTDS tỉnh;"],
      ["- Công an tinh;", "- Công an tỉnh;"],
      ["- Thường trực HĐND tinh;", "- Thường trực HĐND tỉnh;"],
      ["Chủ tịch Ủy ban nhân dân tinh.", "Chủ tịch Ủy ban nhân dân tỉnh."]
    ],
    counterExamples: [
      "- Bộ Chỉ huy Quân sự tinh nhuệ;",
      "Lực lượng công an tinh\nnhuệ.",
      "Sản phẩm tinh; hàng thô.",
      "Bộ máy tinh gọn."
    ]
  }
]
