/**
 * Communes (phường, xã) formed on 1 July 2025 that carry the name of a
 * province absorbed that day: `phường Bắc Giang` is in the tỉnh Bắc Ninh,
 * and a document it issues is rightly placed `Bắc Giang, ngày …` (PL I
 * II.4.a: the place is the official name of the unit where the issuer has
 * its seat). From the 34 UBTVQH resolutions of 16/6/2025 on the communes,
 * e.g. 1658/NQ-UBTVQH15 item 92 "…thành phường mới có tên gọi là phường Bắc
 * Giang" (rule-pack corrections f.8).
 *
 * @since 0.1.0
 */
import { PROVINCE_MERGE_DATE } from "./provinces.js"
import { foldKey } from "../text/fold.js"
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * One commune: its kind, its name (no number: `phường Hà Giang 1` and
 * `Hà Giang 2` are other names), the absorbed province whose name it
 * carries, the day it was formed and where the row comes from.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface CommuneNamedAfterProvince {
  readonly kind: "phường" | "xã"
  readonly name: string
  readonly from: string
  readonly source: string
}

const SOURCE = "the 34 UBTVQH resolutions of 16/6/2025 on communes (rule-pack corrections f.8)"
const phuong = (name: string): CommuneNamedAfterProvince => ({
  kind: "phường",
  name,
  from: PROVINCE_MERGE_DATE,
  source: SOURCE
})
const xa = (name: string): CommuneNamedAfterProvince => ({
  kind: "xã",
  name,
  from: PROVINCE_MERGE_DATE,
  source: SOURCE
})

/**
 * The communes from 1 July 2025 named like an absorbed province.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { COMMUNES_NAMED_AFTER_PROVINCES } from "@cchc/core"
 * COMMUNES_NAMED_AFTER_PROVINCES.filter((c) => c.kind === "phường").length // 15
 * ```
 */
export const COMMUNES_NAMED_AFTER_PROVINCES: ReadonlyArray<CommuneNamedAfterProvince> = [
  phuong("Bắc Giang"),
  phuong("Hải Dương"),
  phuong("Yên Bái"),
  phuong("Bắc Kạn"),
  phuong("Vĩnh Phúc"),
  phuong("Hòa Bình"),
  phuong("Hà Nam"),
  phuong("Nam Định"),
  phuong("Kon Tum"),
  phuong("Bình Định"),
  phuong("Phú Yên"),
  phuong("Bình Dương"),
  phuong("Bình Phước"),
  phuong("Long An"),
  phuong("Bến Tre"),
  xa("Thái Bình"),
  xa("Bình Thuận"),
  xa("Hòa Bình"),
  xa("Hà Nam"),
  xa("Bình Định")
]

const byKindAndName = onFirstUse(
  (): ReadonlyMap<string, CommuneNamedAfterProvince> =>
    new Map(COMMUNES_NAMED_AFTER_PROVINCES.map((c) => [`${c.kind} ${foldKey(c.name)}`, c]))
)

/**
 * The commune of that kind and name if it existed on `isoDate`
 * (`YYYY-MM-DD`), else `null`. The kind is `phường` or `xã` in any case;
 * the name is compared without regard to case or tone-mark placement.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { communeNamedAfterProvince } from "@cchc/core"
 * communeNamedAfterProvince("PHƯỜNG", "BẮC GIANG", "2025-09-20")?.name // "Bắc Giang"
 * communeNamedAfterProvince("phường", "Bắc Giang", "2025-06-20") // null: not yet formed
 * communeNamedAfterProvince("phường", "Hà Giang 1", "2025-09-20") // null
 * ```
 */
export function communeNamedAfterProvince(
  kind: string,
  name: string,
  isoDate: string
): CommuneNamedAfterProvince | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const commune = byKindAndName().get(`${foldKey(kind)} ${foldKey(name)}`)
  return commune !== undefined && isoDate >= commune.from ? commune : null
}
