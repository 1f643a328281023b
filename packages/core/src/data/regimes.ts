/**
 * The regimes that govern a Vietnamese document: which body of rules its
 * form answers to. Nghị định 30/2020/NĐ-CP governs state administrative
 * documents only (Điều 2 khoản 1, Điều 4 khoản 2 điểm a); the others follow
 * their own texts. See `rule-pack-corrections` (a) in the domain notes.
 *
 * @since 0.2.0
 */

/**
 * The regime kinds, in the order the parser tries them:
 * - `state`: văn bản hành chính of state bodies, Nghị định 30/2020;
 * - `party`: documents of the Đảng Cộng sản Việt Nam, Hướng dẫn 36-HD/VPTW;
 * - `normative`: văn bản quy phạm pháp luật, Luật Ban hành văn bản quy phạm
 *   pháp luật 64/2025/QH15 and its decree;
 * - `national-assembly`: documents of the Quốc hội and its Ủy ban Thường vụ;
 * - `socio-political`: Mặt trận, Công đoàn, Đoàn, Hội…: Nghị định 30/2020
 *   applied "cho phù hợp" (Điều 2 khoản 2);
 * - `specialised`: văn bản chuyên ngành, a type name outside the 29 kinds
 *   of Điều 7 (Điều 3 khoản 2), under rules set by the head of the sector;
 * - `copy`: a bản sao (Phụ lục I, Phần II; Mẫu 3.1) under its original.
 *
 * @since 0.2.0
 * @category reference data
 */
export const REGIME_KINDS = [
  "state",
  "party",
  "normative",
  "national-assembly",
  "socio-political",
  "specialised",
  "copy"
] as const

/**
 * One of {@link REGIME_KINDS}.
 *
 * @since 0.2.0
 * @category reference data
 */
export type RegimeKindName = (typeof REGIME_KINDS)[number]

/**
 * A regime with the text that governs it, for messages and docs.
 *
 * @since 0.2.0
 * @category reference data
 */
export interface RegimeEntry {
  readonly kind: RegimeKindName
  /** Vietnamese name of the regime. */
  readonly name: string
  /** The instrument that governs the form, with its marker where it is not checked. */
  readonly governedBy: string
}

/**
 * The regimes with their governing texts.
 *
 * @since 0.2.0
 * @category reference data
 * @example
 * ```ts
 * import { regimeEntry } from "@cchc/core"
 * regimeEntry("party").governedBy // "Hướng dẫn 36-HD/VPTW (2018) của Văn phòng Trung ương Đảng"
 * ```
 */
export const REGIMES: ReadonlyArray<RegimeEntry> = [
  { kind: "state", name: "văn bản hành chính", governedBy: "Nghị định 30/2020/NĐ-CP" },
  {
    kind: "party",
    name: "văn bản của Đảng",
    // Reportedly replaced by Hướng dẫn 05-HD/VPTW in 2026 [secondary].
    governedBy: "Hướng dẫn 36-HD/VPTW (2018) của Văn phòng Trung ương Đảng"
  },
  {
    kind: "normative",
    name: "văn bản quy phạm pháp luật",
    // The format decree (78/2025, amended by 187/2025) is [unverified].
    governedBy:
      "Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (Nghị định 30/2020, Điều 4 khoản 2 điểm a)"
  },
  {
    kind: "national-assembly",
    name: "văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội",
    governedBy: "the rules of the Quốc hội (Nghị định 30/2020 does not govern them)"
  },
  {
    kind: "socio-political",
    name: "văn bản của tổ chức chính trị - xã hội",
    governedBy: "Nghị định 30/2020/NĐ-CP, Điều 2 khoản 2 (áp dụng cho phù hợp)"
  },
  {
    kind: "specialised",
    name: "văn bản chuyên ngành",
    governedBy: "the head of the sector (Nghị định 30/2020, Điều 3 khoản 2, Điều 4 khoản 2 điểm a)"
  },
  { kind: "copy", name: "bản sao", governedBy: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II; Mẫu 3.1" }
]

const BY_KIND = new Map(REGIMES.map((r) => [r.kind, r] as const))

/**
 * The entry of a regime kind.
 *
 * @since 0.2.0
 * @category reference data
 * @example
 * ```ts
 * import { regimeEntry } from "@cchc/core"
 * regimeEntry("state").name // "văn bản hành chính"
 * ```
 */
export const regimeEntry = (kind: RegimeKindName): RegimeEntry => BY_KIND.get(kind)!

/**
 * Whether `value` names a regime kind.
 *
 * @since 0.2.0
 * @category reference data
 * @example
 * ```ts
 * import { isRegimeKind } from "@cchc/core"
 * isRegimeKind("party") // true
 * isRegimeKind("đảng") // false
 * ```
 */
export const isRegimeKind = (value: string): value is RegimeKindName => BY_KIND.has(value as RegimeKindName)
