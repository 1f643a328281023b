/**
 * The units that follow figures in CCHC reports, as data: a figure is only
 * read as a metric when one of these follows it, which keeps years, levels
 * (`mức độ 3`) and ordinals (`lần thứ 5`) out.
 *
 * @since 0.1.0
 */

/**
 * Units in the order they are tried: longer phrases first so that
 * `tấm băng rôn` wins over `tấm`. Extend by adding strings.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { METRIC_UNITS } from "@cchc/core"
 * METRIC_UNITS.includes("tin, bài") // true
 * ```
 */
export const METRIC_UNITS: ReadonlyArray<string> = [
  // news and broadcast
  "tin, bài, ảnh, phóng sự",
  "tin, bài, ảnh",
  "tin, bài",
  "tin bài",
  "tin",
  "bài viết",
  "bài",
  "ảnh",
  "phóng sự",
  "bản tin",
  "chương trình",
  "chuyên mục",
  "chuyên trang",
  "số",
  // visual and mobile communication
  "xuất xe",
  "xuất",
  "tấm băng rôn",
  "tấm pa-nô",
  "tấm pano",
  "tấm panô",
  "tấm phướn",
  "tấm áp phích",
  "tấm",
  "cụm pa-nô",
  "cụm pano",
  "cụm panô",
  "cụm",
  "băng rôn",
  "pa-nô",
  "panô",
  "pano",
  "áp phích",
  "khẩu hiệu",
  "tờ gấp",
  "tờ rơi",
  "cuốn",
  "quyển",
  "bộ tài liệu",
  // events and people
  "hội nghị",
  "lớp tập huấn",
  "lớp",
  "buổi",
  "cuộc thi",
  "cuộc",
  "lượt người",
  "lượt",
  "người",
  "đại biểu",
  "học viên",
  "cán bộ, công chức",
  "cán bộ",
  "công chức",
  "viên chức",
  // administrative procedures
  "hồ sơ",
  "thủ tục hành chính",
  "thủ tục",
  "TTHC",
  "dịch vụ công trực tuyến",
  "dịch vụ công",
  "văn bản",
  "phản ánh, kiến nghị",
  "phản ánh",
  "kiến nghị",
  "cơ quan, đơn vị",
  "cơ quan",
  "đơn vị",
  "lần",
  // time and money
  "phút",
  "tiếng",
  "giờ",
  "tỷ đồng",
  "triệu đồng",
  "nghìn đồng",
  "đồng",
  // measures
  "m²",
  "m2",
  "km",
  "%",
  "điểm"
]

/**
 * Words after a `/` that make a figure a rate (`3 tiếng/ngày`,
 * `15 phút/chương trình`).
 *
 * @since 0.1.0
 * @category reference data
 */
export const RATE_UNITS: ReadonlyArray<string> = [
  "chương trình",
  "buổi",
  "ngày",
  "tuần",
  "tháng",
  "quý",
  "năm",
  "lần",
  "số",
  "kỳ",
  "người",
  "hồ sơ"
]
