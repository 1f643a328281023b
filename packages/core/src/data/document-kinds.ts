/**
 * The 29 kinds of administrative document of Nghị định 30/2020/NĐ-CP
 * (Điều 7 and Phụ lục III), the copy forms, the legacy codes of Thông tư
 * 01/2011/TT-BNV (hết hiệu lực since 2020-03-05) and the type codes of normative documents.
 *
 * @since 0.1.0
 */

/**
 * One row of the kind table. `code` is exactly as Phụ lục III prints it
 * (mixed case kept: `QyĐ`, `CTr`, `TTr`); `template` is the Phụ lục III
 * template number; `family` says where the kind comes from.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface DocumentKindEntry {
  readonly name: string
  readonly code: string | null
  readonly template: string | null
  readonly family: "administrative" | "copy" | "legacy" | "normative"
  /** For a legacy code: the Decree-30 code that replaced it. */
  readonly replacedBy?: string
}

/**
 * The 29 kinds of Nghị định 30/2020, Điều 7, in the decree's order.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { ADMINISTRATIVE_KINDS } from "@cchc/core"
 * ADMINISTRATIVE_KINDS.length // 29
 * ADMINISTRATIVE_KINDS.find((k) => k.code === "BC")?.name // "Báo cáo"
 * ```
 */
export const ADMINISTRATIVE_KINDS: ReadonlyArray<DocumentKindEntry> = [
  { name: "Nghị quyết", code: "NQ", template: "1.1", family: "administrative" },
  { name: "Quyết định", code: "QĐ", template: "1.2", family: "administrative" },
  { name: "Chỉ thị", code: "CT", template: "1.4", family: "administrative" },
  { name: "Quy chế", code: "QC", template: "1.4", family: "administrative" },
  { name: "Quy định", code: "QyĐ", template: "1.4", family: "administrative" },
  { name: "Thông cáo", code: "TC", template: "1.4", family: "administrative" },
  { name: "Thông báo", code: "TB", template: "1.4", family: "administrative" },
  { name: "Hướng dẫn", code: "HD", template: "1.4", family: "administrative" },
  { name: "Chương trình", code: "CTr", template: "1.4", family: "administrative" },
  { name: "Kế hoạch", code: "KH", template: "1.4", family: "administrative" },
  { name: "Phương án", code: "PA", template: "1.4", family: "administrative" },
  { name: "Đề án", code: "ĐA", template: "1.4", family: "administrative" },
  { name: "Dự án", code: "DA", template: "1.4", family: "administrative" },
  { name: "Báo cáo", code: "BC", template: "1.4", family: "administrative" },
  { name: "Biên bản", code: "BB", template: "1.9", family: "administrative" },
  { name: "Tờ trình", code: "TTr", template: "1.4", family: "administrative" },
  { name: "Hợp đồng", code: "HĐ", template: null, family: "administrative" },
  { name: "Công văn", code: null, template: "1.5", family: "administrative" },
  { name: "Công điện", code: "CĐ", template: "1.6", family: "administrative" },
  { name: "Bản ghi nhớ", code: "BGN", template: null, family: "administrative" },
  { name: "Bản thỏa thuận", code: "BTT", template: null, family: "administrative" },
  { name: "Giấy ủy quyền", code: "GUQ", template: "1.4", family: "administrative" },
  { name: "Giấy mời", code: "GM", template: "1.7", family: "administrative" },
  { name: "Giấy giới thiệu", code: "GGT", template: "1.8", family: "administrative" },
  { name: "Giấy nghỉ phép", code: "GNP", template: "1.10", family: "administrative" },
  { name: "Phiếu gửi", code: "PG", template: "1.4", family: "administrative" },
  { name: "Phiếu chuyển", code: "PC", template: "1.4", family: "administrative" },
  { name: "Phiếu báo", code: "PB", template: "1.4", family: "administrative" },
  { name: "Thư công", code: null, template: null, family: "administrative" }
]

/**
 * Copy forms (Phụ lục I, Phần II): one shared yearly sequence for all three.
 *
 * @since 0.1.0
 * @category reference data
 */
export const COPY_KINDS: ReadonlyArray<DocumentKindEntry> = [
  { name: "Bản sao y", code: "SY", template: "3.1", family: "copy" },
  { name: "Bản trích sao", code: "TrS", template: "3.1", family: "copy" },
  { name: "Bản sao lục", code: "SL", template: "3.1", family: "copy" }
]

/**
 * Codes of Thông tư 01/2011/TT-BNV, which lapsed (hết hiệu lực) with
 * Nghị định 110/2004 and 09/2010 when Nghị định 30/2020 (Điều 37) ended
 * them. Accepted when parsing older documents; flagged on documents
 * dated after 2020-03-05. The full legacy list is unverified.
 *
 * @since 0.1.0
 * @category reference data
 */
export const LEGACY_KINDS: ReadonlyArray<DocumentKindEntry> = [
  { name: "Bản ghi nhớ", code: "GN", template: null, family: "legacy", replacedBy: "BGN" },
  { name: "Bản thỏa thuận", code: "TTh", template: null, family: "legacy", replacedBy: "BTT" },
  { name: "Giấy ủy quyền", code: "UQ", template: null, family: "legacy", replacedBy: "GUQ" },
  { name: "Giấy giới thiệu", code: "GT", template: null, family: "legacy", replacedBy: "GGT" },
  { name: "Giấy nghỉ phép", code: "NP", template: null, family: "legacy", replacedBy: "GNP" },
  { name: "Bản trích sao", code: "TS", template: null, family: "legacy", replacedBy: "TrS" }
]

/**
 * Type codes of normative documents (văn bản quy phạm pháp luật) met in
 * citations: `NĐ` Nghị định, `TT` Thông tư, `TTLT` Thông tư liên tịch; Luật
 * and Pháp lệnh carry no type code.
 *
 * @since 0.1.0
 * @category reference data
 */
export const NORMATIVE_KINDS: ReadonlyArray<DocumentKindEntry> = [
  { name: "Nghị định", code: "NĐ", template: null, family: "normative" },
  { name: "Thông tư", code: "TT", template: null, family: "normative" },
  { name: "Thông tư liên tịch", code: "TTLT", template: null, family: "normative" },
  { name: "Luật", code: null, template: null, family: "normative" },
  { name: "Bộ luật", code: null, template: null, family: "normative" },
  { name: "Pháp lệnh", code: null, template: null, family: "normative" },
  { name: "Hiến pháp", code: null, template: null, family: "normative" },
  { name: "Lệnh", code: null, template: null, family: "normative" }
]

/**
 * Every kind known to the SDK, Decree-30 kinds first.
 *
 * @since 0.1.0
 * @category reference data
 */
export const ALL_KINDS: ReadonlyArray<DocumentKindEntry> = [
  ...ADMINISTRATIVE_KINDS,
  ...COPY_KINDS,
  ...NORMATIVE_KINDS,
  ...LEGACY_KINDS
]
