/**
 * A curated, dated table of instruments that later ones replaced, for
 * flagging a document that still relies on the old one (`Căn cứ Nghị định
 * số 110/2004/NĐ-CP …` in a 2021 decision). Each row names its source; rows
 * that could not be confirmed are left out rather than guessed.
 *
 * @since 0.1.0
 */
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * How the old instrument stopped applying: `repealed` (bãi bỏ) by a
 * provision of the new one; `lapsed` (hết hiệu lực), as the new one declares
 * it (Nghị định 30/2020, Điều 37 says so of Nghị định 110/2004 and 09/2010)
 * or with the instrument it implemented; `succeeded` when a programme ran
 * out its period and a new programme took its place.
 *
 * @since 0.1.0
 * @category reference data
 */
export type SupersessionKind = "repealed" | "lapsed" | "succeeded"

/**
 * One replaced instrument. `number` is written as in citations
 * (`30c/NQ-CP`, `09/2015/QĐ-TTg`); `from` is the first day the replacement
 * applies; `source` says where the row comes from.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface SupersededInstrument {
  readonly number: string
  readonly kind: string
  readonly title: string
  readonly replacedBy: string
  readonly replacedByKind: string
  readonly from: string
  readonly how: SupersessionKind
  readonly source: string
}

/**
 * The table, keyed by the number as written.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { SUPERSEDED_INSTRUMENTS } from "@cchc/core"
 * SUPERSEDED_INSTRUMENTS.find((s) => s.number === "110/2004/NĐ-CP")?.replacedBy // "30/2020/NĐ-CP"
 * ```
 */
export const SUPERSEDED_INSTRUMENTS: ReadonlyArray<SupersededInstrument> = [
  {
    number: "110/2004/NĐ-CP",
    kind: "Nghị định",
    title: "về công tác văn thư",
    replacedBy: "30/2020/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2020-03-05",
    how: "lapsed",
    source: "Nghị định 30/2020/NĐ-CP, Điều 37: hết hiệu lực from 05/03/2020"
  },
  {
    number: "09/2010/NĐ-CP",
    kind: "Nghị định",
    title: "sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP về công tác văn thư",
    replacedBy: "30/2020/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2020-03-05",
    how: "lapsed",
    source: "Nghị định 30/2020/NĐ-CP, Điều 37: hết hiệu lực from 05/03/2020"
  },
  // TT 01/2011 guided the format rules of NĐ 110/2004 as amended; Nghị định
  // 30/2020 now sets those rules itself (Chương II, Phụ lục I-III), and a
  // guiding circular lapses with the decree it guides.
  {
    number: "01/2011/TT-BNV",
    kind: "Thông tư",
    title: "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
    replacedBy: "30/2020/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2020-03-05",
    how: "lapsed",
    source:
      "reference §4 (Thông tư 01/2011/TT-BNV lapsed with NĐ 110/2004; Phụ lục III codes replace its codes)"
  },
  // The 2011-2020 programme ended with its period; NQ 76 adopted the
  // 2021-2030 programme. NQ 76 does not itself repeal NQ 30c.
  {
    number: "30c/NQ-CP",
    kind: "Nghị quyết",
    title: "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020",
    replacedBy: "76/NQ-CP",
    replacedByKind: "Nghị quyết",
    from: "2021-07-15",
    how: "succeeded",
    source: "reference §3.3 (NQ 30c, 08/11/2011) and §10 (NQ 76/NQ-CP, 15/7/2021, programme 2021-2030)"
  },
  // Not in the project reference: from the decree's final provisions
  // (issued 23/4/2018, in force 21/6/2018, repealing QĐ 09/2015/QĐ-TTg).
  {
    number: "09/2015/QĐ-TTg",
    kind: "Quyết định",
    title:
      "ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương",
    replacedBy: "61/2018/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2018-06-21",
    how: "repealed",
    source: "Nghị định 61/2018/NĐ-CP, final provisions; not re-checked against the text in this project"
  },
  // Luật 64/2025/QH15 replaces the 2015 law on normative documents; the date
  // is the reference's (§8, in force 01/04/2025).
  {
    number: "80/2015/QH13",
    kind: "Luật",
    title: "Luật Ban hành văn bản quy phạm pháp luật",
    replacedBy: "64/2025/QH15",
    replacedByKind: "Luật",
    from: "2025-04-01",
    how: "repealed",
    source: "reference §8 (Luật 64/2025/QH15 in force 01/04/2025); the repeal clause was not re-checked"
  }
]

/** Number comparison key: NFC, no spaces, upper case, Đ and D alike. */
const numberKey = (n: string): string =>
  n.normalize("NFC").replace(/\s+/g, "").replace(/^số:?/i, "").toUpperCase().replace(/Đ/g, "D")

/**
 * The row for an instrument if it had been replaced on the given date
 * (`YYYY-MM-DD`), else `null` (unknown number, not yet replaced, or a
 * malformed date). The number is matched as written, ignoring case and
 * spaces: `30C/NQ-CP` and `30c/NQ-CP` are the same.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { supersededOn } from "@cchc/core"
 * supersededOn("30c/NQ-CP", "2022-01-10")?.replacedBy // "76/NQ-CP"
 * supersededOn("30c/NQ-CP", "2019-05-01") // null
 * supersededOn("09/2015/QĐ-TTg", "2020-11-30")?.replacedBy // "61/2018/NĐ-CP"
 * ```
 */
export function supersededOn(number: string, isoDate: string): SupersededInstrument | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const row = supersededByKey().get(numberKey(number))
  return row && isoDate >= row.from ? row : null
}

let byKey: ReadonlyMap<string, SupersededInstrument> | undefined

// Keyed once, on first use (the first row wins, as a search would find
// it): keying every row of the table again for each citation was most of
// the cost of the `citation-superseded` rule.
const supersededByKey = (): ReadonlyMap<string, SupersededInstrument> => {
  if (byKey === undefined) {
    const map = new Map<string, SupersededInstrument>()
    for (const row of SUPERSEDED_INSTRUMENTS) {
      const key = numberKey(row.number)
      if (!map.has(key)) map.set(key, row)
    }
    byKey = map
  }
  return byKey
}
