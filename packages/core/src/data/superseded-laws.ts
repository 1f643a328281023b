/**
 * Laws cited by name and date that a later law replaced. Phụ lục I, mục
 * II.6.a of Nghị định 30/2020/NĐ-CP has a Luật cited by its type and name
 * (`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`),
 * often without its number, so the number-keyed `SUPERSEDED_INSTRUMENTS`
 * cannot see it: this table is keyed on the name and the date of passing.
 *
 * @since 0.1.0
 */
import { onFirstUse } from "../internal/on-first-use.js"
import { foldKey } from "../text/fold.js"

/**
 * One replaced law: its `name` as cited after the word `Luật`, the day it
 * was `passed` (the date a citation gives it), the law that replaced it and
 * the first day the replacement applies (`from`). `source` says where the
 * row comes from; `unverified` is `true` where that source is secondary or
 * missing.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface ReplacedLaw {
  readonly kind: "Luật"
  readonly name: string
  readonly passed: string
  readonly number: string | null
  readonly replacedBy: string
  readonly replacedByPassed: string
  readonly from: string
  readonly source: string
  readonly unverified: boolean
}

/**
 * The table. A law replaced twice in one year keeps both rows, each judged
 * by the citing document's date.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { REPLACED_LAWS } from "@cchc/core"
 * REPLACED_LAWS.find((l) => l.name === "Tổ chức Chính phủ")?.replacedBy // "63/2025/QH15"
 * ```
 */
export const REPLACED_LAWS: ReadonlyArray<ReplacedLaw> = [
  // Reference §9 (Luật 72/2025/QH15 of 16/6/2025; two-tier local government
  // from 01/7/2025) and the verbatim căn cứ "Luật Tổ chức chính quyền địa
  // phương số 72/2025/QH15" of Nghị quyết 1658/NQ-UBTVQH15. A law of
  // 19/02/2025 came between the two (next row); the 2015 law is reported
  // from 01/7/2025 only, the first day that is certain.
  {
    kind: "Luật",
    name: "Tổ chức chính quyền địa phương",
    passed: "2015-06-19",
    number: null,
    replacedBy: "72/2025/QH15",
    replacedByPassed: "2025-06-16",
    from: "2025-07-01",
    source: "reference §9; căn cứ of Nghị quyết 1658/NQ-UBTVQH15 (rule-pack corrections f.2)",
    unverified: false
  },
  // Spring-2025 instruments cite a law of 19/02/2025, itself replaced by the
  // law of 16/6/2025 (rule-pack corrections f.2: unverified).
  {
    kind: "Luật",
    name: "Tổ chức chính quyền địa phương",
    passed: "2025-02-19",
    number: null,
    replacedBy: "72/2025/QH15",
    replacedByPassed: "2025-06-16",
    from: "2025-07-01",
    source: "rule-pack corrections f.2 [unverified]",
    unverified: true
  },
  // Luật Tổ chức Chính phủ 63/2025/QH15 of 18/02/2025; the day it applies
  // from (01/3/2025) is not in the project's sources: unverified.
  {
    kind: "Luật",
    name: "Tổ chức Chính phủ",
    passed: "2015-06-19",
    number: null,
    replacedBy: "63/2025/QH15",
    replacedByPassed: "2025-02-18",
    from: "2025-03-01",
    source: "rule-pack corrections f.2 (no source text named) [unverified]",
    unverified: true
  },
  // Reference §8: Luật 64/2025/QH15 passed 19/02/2025, in force 01/4/2025.
  // The 2015 law (80/2015/QH13) was passed on 22/6/2015.
  {
    kind: "Luật",
    name: "Ban hành văn bản quy phạm pháp luật",
    passed: "2015-06-22",
    number: "80/2015/QH13",
    replacedBy: "64/2025/QH15",
    replacedByPassed: "2025-02-19",
    from: "2025-04-01",
    source: "reference §8 (Luật 64/2025/QH15, in force 01/4/2025)",
    unverified: false
  }
]

// Name keys: folded case and tone marks, so `Tổ chức chính quyền địa
// phương` and `TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG` are one law.
const byNameAndDate = onFirstUse((): ReadonlyMap<string, ReplacedLaw> => {
  const map = new Map<string, ReplacedLaw>()
  for (const law of REPLACED_LAWS) map.set(`${foldKey(law.name)}|${law.passed}`, law)
  return map
})

/**
 * The row for a law cited by `name` (the words after `Luật`, as in
 * `LegalCitation.summary`) and `passed` (`YYYY-MM-DD`, the date the
 * citation gives), if it had been replaced on `isoDate` (the citing
 * document's date), else `null`. A law of the same name but another date
 * (the replacement itself, `ngày 16 tháng 6 năm 2025`) is not matched.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { replacedLawOn } from "@cchc/core"
 * replacedLawOn("Tổ chức chính quyền địa phương", "2015-06-19", "2026-01-20")?.replacedBy // "72/2025/QH15"
 * replacedLawOn("Tổ chức chính quyền địa phương", "2015-06-19", "2025-05-20") // null
 * replacedLawOn("Tổ chức chính quyền địa phương", "2025-06-16", "2026-01-20") // null
 * ```
 */
export function replacedLawOn(name: string, passed: string, isoDate: string): ReplacedLaw | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const law = byNameAndDate().get(`${foldKey(name)}|${passed}`)
  return law !== undefined && isoDate >= law.from ? law : null
}
