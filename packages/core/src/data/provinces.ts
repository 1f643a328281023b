/**
 * Provinces and centrally-run cities (đơn vị hành chính cấp tỉnh) before and
 * after the 2025 reorganisation: 63 units until 30 June 2025, 34 from
 * 1 July 2025 (Nghị quyết 202/2025/QH15; reference §9).
 *
 * @since 0.1.0
 */
import { foldKey } from "../text/fold.js"
import { trimEndWhile } from "../text/trim-end.js"
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * A provincial unit. `name` is the proper name without the generic word
 * (`Quảng Ngãi`, `Hồ Chí Minh`); `kind` is the generic word; `aliases` are
 * other spellings met in documents.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface ProvinceEntry {
  readonly name: string
  readonly kind: "tỉnh" | "thành phố"
  readonly aliases: ReadonlyArray<string>
}

/**
 * One merge of 1 July 2025: `province` absorbed `absorbed` and kept its name.
 * `seat` is the seat of the merged unit: as the reference gives it, or as
 * Nghị quyết 60-NQ/TW lists it (rule-pack corrections f.6), or `null` where
 * no source confirmed it.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface ProvinceMerge {
  readonly province: string
  readonly kind: "tỉnh" | "thành phố"
  readonly absorbed: ReadonlyArray<string>
  readonly seat: string | null
  readonly effective: string
}

/**
 * The day the 34-unit map took effect.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { PROVINCE_MERGE_DATE } from "@cchc/core"
 * PROVINCE_MERGE_DATE // "2025-07-01"
 * ```
 */
export const PROVINCE_MERGE_DATE = "2025-07-01"

const t = (name: string, ...aliases: string[]): ProvinceEntry => ({ name, kind: "tỉnh", aliases })
const tp = (name: string, ...aliases: string[]): ProvinceEntry => ({ name, kind: "thành phố", aliases })

/**
 * The 63 provincial units in force until 30 June 2025, north to south.
 * Huế is listed as a centrally-run city, as on 30 June 2025; before that it
 * was the province of Thừa Thiên Huế (kept as an alias; the date of the
 * change is not in the reference: unverified).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { PROVINCES_BEFORE_2025_07_01 } from "@cchc/core"
 * PROVINCES_BEFORE_2025_07_01.length // 63
 * ```
 */
export const PROVINCES_BEFORE_2025_07_01: ReadonlyArray<ProvinceEntry> = [
  tp("Hà Nội"),
  t("Hà Giang"),
  t("Cao Bằng"),
  t("Bắc Kạn", "Bắc Cạn"),
  t("Tuyên Quang"),
  t("Lào Cai"),
  t("Điện Biên"),
  t("Lai Châu"),
  t("Sơn La"),
  t("Yên Bái"),
  t("Hòa Bình"),
  t("Thái Nguyên"),
  t("Lạng Sơn"),
  t("Quảng Ninh"),
  t("Bắc Giang"),
  t("Phú Thọ"),
  t("Vĩnh Phúc"),
  t("Bắc Ninh"),
  t("Hải Dương"),
  tp("Hải Phòng"),
  t("Hưng Yên"),
  t("Thái Bình"),
  t("Hà Nam"),
  t("Nam Định"),
  t("Ninh Bình"),
  t("Thanh Hóa"),
  t("Nghệ An"),
  t("Hà Tĩnh"),
  t("Quảng Bình"),
  t("Quảng Trị"),
  tp("Huế", "Thừa Thiên Huế", "Thừa Thiên - Huế"),
  tp("Đà Nẵng"),
  t("Quảng Nam"),
  t("Quảng Ngãi"),
  t("Bình Định"),
  t("Phú Yên"),
  t("Khánh Hòa"),
  t("Ninh Thuận"),
  t("Bình Thuận"),
  t("Kon Tum"),
  t("Gia Lai"),
  t("Đắk Lắk", "Đắc Lắc", "Dak Lak"),
  t("Đắk Nông", "Đắc Nông", "Dak Nong"),
  t("Lâm Đồng"),
  t("Bình Phước"),
  t("Tây Ninh"),
  t("Bình Dương"),
  t("Đồng Nai"),
  t("Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT"),
  tp("Hồ Chí Minh", "HCM", "Sài Gòn"),
  t("Long An"),
  t("Tiền Giang"),
  t("Bến Tre"),
  t("Trà Vinh"),
  t("Vĩnh Long"),
  t("Đồng Tháp"),
  t("An Giang"),
  t("Kiên Giang"),
  tp("Cần Thơ"),
  t("Hậu Giang"),
  t("Sóc Trăng"),
  t("Bạc Liêu"),
  t("Cà Mau")
]

/**
 * The 23 merges of 1 July 2025, as the reference table gives them, with the
 * seats the reference left open taken from Nghị quyết 60-NQ/TW.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { PROVINCE_MERGES_2025 } from "@cchc/core"
 * PROVINCE_MERGES_2025.find((m) => m.absorbed.includes("Bắc Giang"))?.province // "Bắc Ninh"
 * ```
 */
export const PROVINCE_MERGES_2025: ReadonlyArray<ProvinceMerge> = [
  {
    province: "Tuyên Quang",
    kind: "tỉnh",
    absorbed: ["Hà Giang"],
    seat: "Tuyên Quang",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Lào Cai",
    kind: "tỉnh",
    absorbed: ["Yên Bái"],
    seat: "Yên Bái",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Thái Nguyên",
    kind: "tỉnh",
    absorbed: ["Bắc Kạn"],
    seat: "Thái Nguyên",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Phú Thọ",
    kind: "tỉnh",
    absorbed: ["Vĩnh Phúc", "Hòa Bình"],
    seat: "Phú Thọ",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Bắc Ninh",
    kind: "tỉnh",
    absorbed: ["Bắc Giang"],
    seat: "Bắc Giang",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Hưng Yên",
    kind: "tỉnh",
    absorbed: ["Thái Bình"],
    seat: "Hưng Yên",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Hải Phòng",
    kind: "thành phố",
    absorbed: ["Hải Dương"],
    seat: "Hải Phòng",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Ninh Bình",
    kind: "tỉnh",
    absorbed: ["Hà Nam", "Nam Định"],
    seat: "Ninh Bình",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Quảng Trị",
    kind: "tỉnh",
    absorbed: ["Quảng Bình"],
    seat: "Quảng Bình",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Đà Nẵng",
    kind: "thành phố",
    absorbed: ["Quảng Nam"],
    seat: "Đà Nẵng",
    effective: PROVINCE_MERGE_DATE
  },
  // The seats below are those Nghị quyết 60-NQ/TW lists as "dự kiến",
  // confirmed by Nghị quyết 202/2025/QH15 (rule-pack corrections f.6); the
  // reference §9 gives "–" for them. A seat named after a former unit is at
  // that unit (Gia Lai at Bình Định, Đồng Tháp at Tiền Giang, An Giang at
  // Kiên Giang).
  {
    province: "Quảng Ngãi",
    kind: "tỉnh",
    absorbed: ["Kon Tum"],
    seat: "Quảng Ngãi",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Gia Lai",
    kind: "tỉnh",
    absorbed: ["Bình Định"],
    seat: "Bình Định",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Khánh Hòa",
    kind: "tỉnh",
    absorbed: ["Ninh Thuận"],
    seat: "Khánh Hòa",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Lâm Đồng",
    kind: "tỉnh",
    absorbed: ["Đắk Nông", "Bình Thuận"],
    seat: "Lâm Đồng",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Đắk Lắk",
    kind: "tỉnh",
    absorbed: ["Phú Yên"],
    seat: "Đắk Lắk",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Hồ Chí Minh",
    kind: "thành phố",
    absorbed: ["Bình Dương", "Bà Rịa - Vũng Tàu"],
    seat: "Hồ Chí Minh",
    effective: PROVINCE_MERGE_DATE
  },
  // Seats of the reference table, as given there.
  {
    province: "Đồng Nai",
    kind: "tỉnh",
    absorbed: ["Bình Phước"],
    seat: "Biên Hòa (phường Trấn Biên)",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Tây Ninh",
    kind: "tỉnh",
    absorbed: ["Long An"],
    seat: "Tân An (former Long An)",
    effective: PROVINCE_MERGE_DATE
  },
  // Seats from Nghị quyết 60-NQ/TW, as above.
  {
    province: "Cần Thơ",
    kind: "thành phố",
    absorbed: ["Sóc Trăng", "Hậu Giang"],
    seat: "Cần Thơ",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Vĩnh Long",
    kind: "tỉnh",
    absorbed: ["Bến Tre", "Trà Vinh"],
    seat: "Vĩnh Long",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Đồng Tháp",
    kind: "tỉnh",
    absorbed: ["Tiền Giang"],
    seat: "Tiền Giang",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "Cà Mau",
    kind: "tỉnh",
    absorbed: ["Bạc Liêu"],
    seat: "Cà Mau",
    effective: PROVINCE_MERGE_DATE
  },
  {
    province: "An Giang",
    kind: "tỉnh",
    absorbed: ["Kiên Giang"],
    seat: "Kiên Giang",
    effective: PROVINCE_MERGE_DATE
  }
]

const ABSORBED: ReadonlySet<string> = new Set(PROVINCE_MERGES_2025.flatMap((m) => m.absorbed))

/**
 * The 34 provincial units from 1 July 2025: 6 thành phố and 28 tỉnh, each
 * keeping the name of the unit that absorbed the others.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { PROVINCES_FROM_2025_07_01 } from "@cchc/core"
 * PROVINCES_FROM_2025_07_01.length // 34
 * PROVINCES_FROM_2025_07_01.filter((p) => p.kind === "thành phố").length // 6
 * ```
 */
export const PROVINCES_FROM_2025_07_01: ReadonlyArray<ProvinceEntry> = PROVINCES_BEFORE_2025_07_01.filter(
  (p) => !ABSORBED.has(p.name)
)

/**
 * Drops the generic word (`tỉnh`, `thành phố`, `TP.`) and folds the rest.
 * `foldKey` leaves single spaces only, so a dash has at most one space on
 * each side; the trailing punctuation is trimmed by a walk from the end,
 * as an unanchored `[.,;:]+$` would be retried from every mark of a run.
 */
const provinceKey = (name: string): string =>
  trimEndWhile(
    foldKey(name)
      .replace(/^(?:tỉnh|thành phố|thủ đô|tp\.?|t\.p\.?)\s*/u, "")
      .replace(/ ?[-–—] ?/gu, " - "),
    (c) => ".,;:".includes(c)
  ).trim()

const byKey = onFirstUse(
  (): ReadonlyMap<string, ProvinceEntry> =>
    new Map(
      PROVINCES_BEFORE_2025_07_01.flatMap((p) => [p.name, ...p.aliases].map((n) => [provinceKey(n), p]))
    )
)

const findProvince = (name: string): ProvinceEntry | undefined => byKey().get(provinceKey(name))

/**
 * Where a provincial unit stood on a date: `exists`, or `absorbed` into
 * another unit by the merges of 1 July 2025. The name may carry `tỉnh`,
 * `thành phố`, `Thủ đô` or `TP.`; case and tone-mark placement do not matter. `null`
 * when the name is not a provincial unit or the date is not `YYYY-MM-DD`.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { provinceStatusOn } from "@cchc/core"
 * provinceStatusOn("tỉnh Bắc Giang", "2025-08-01") // { province: "Bắc Giang", status: "absorbed", absorbedInto: "Bắc Ninh" }
 * provinceStatusOn("BẮC GIANG", "2024-01-15") // { province: "Bắc Giang", status: "exists" }
 * provinceStatusOn("TP. Hồ Chí Minh", "2025-08-01") // { province: "Hồ Chí Minh", status: "exists" }
 * provinceStatusOn("Atlantis", "2025-08-01") // null
 * ```
 */
export function provinceStatusOn(
  name: string,
  isoDate: string
): { province: string; status: "exists" | "absorbed"; absorbedInto?: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const province = findProvince(name)
  if (!province) return null
  if (isoDate < PROVINCE_MERGE_DATE || !ABSORBED.has(province.name)) {
    return { province: province.name, status: "exists" }
  }
  const merge = PROVINCE_MERGES_2025.find((m) => m.absorbed.includes(province.name))!
  return { province: province.name, status: "absorbed", absorbedInto: merge.province }
}
