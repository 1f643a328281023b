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
 * out its period and a new programme took its place; `ended`
 * when it ran out its period with no successor named.
 *
 * @since 0.1.0
 * @category reference data
 */
export type SupersessionKind = "repealed" | "lapsed" | "succeeded" | "ended"

/**
 * One replaced instrument. `number` is written as in citations
 * (`30c/NQ-CP`, `09/2015/QĐ-TTg`); `issued` is its own date (`YYYY-MM-DD`,
 * or `YYYY` where only the year is known) or `null` (a number without a
 * year, `1149/QĐ-BNV`, is reused every year, so such a row matches only an
 * undated citation or one dated on that day or in that year);
 * `from` is the first day the replacement applies, or `null` where no
 * source gives it (the row is then reference data only and no rule reports
 * it); `replacedBy` is `null` for an instrument that `ended`; `source` says
 * where the row comes from and `unverified` is `true` where that source is
 * secondary or missing.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface SupersededInstrument {
  readonly number: string
  readonly kind: string
  readonly title: string
  readonly issued: string | null
  readonly replacedBy: string | null
  readonly replacedByKind: string | null
  readonly from: string | null
  readonly how: SupersessionKind
  readonly source: string
  readonly unverified: boolean
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
    issued: "2004-04-08",
    replacedBy: "30/2020/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2020-03-05",
    how: "lapsed",
    source: "Nghị định 30/2020/NĐ-CP, Điều 37: hết hiệu lực from 05/03/2020",
    unverified: false
  },
  {
    number: "09/2010/NĐ-CP",
    kind: "Nghị định",
    title: "sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP về công tác văn thư",
    issued: "2010-02-08",
    replacedBy: "30/2020/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2020-03-05",
    how: "lapsed",
    source: "Nghị định 30/2020/NĐ-CP, Điều 37: hết hiệu lực from 05/03/2020",
    unverified: false
  },
  // TT 01/2011 guided the format rules of NĐ 110/2004 as amended; Nghị định
  // 30/2020 now sets those rules itself (Chương II, Phụ lục I-III), and a
  // guiding circular lapses with the decree it guides.
  {
    number: "01/2011/TT-BNV",
    kind: "Thông tư",
    title: "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
    issued: "2011-01-19",
    replacedBy: "30/2020/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2020-03-05",
    how: "lapsed",
    source:
      "reference §4 (Thông tư 01/2011/TT-BNV lapsed with NĐ 110/2004; Phụ lục III codes replace its codes)",
    unverified: false
  },
  // The 2011-2020 programme ended with its period; NQ 76 adopted the
  // 2021-2030 programme. NQ 76 does not itself repeal NQ 30c.
  {
    number: "30c/NQ-CP",
    kind: "Nghị quyết",
    title: "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020",
    issued: "2011-11-08",
    replacedBy: "76/NQ-CP",
    replacedByKind: "Nghị quyết",
    from: "2021-07-15",
    how: "succeeded",
    source: "reference §3.3 (NQ 30c, 08/11/2011) and §10 (NQ 76/NQ-CP, 15/7/2021, programme 2021-2030)",
    unverified: false
  },
  // Not in the project reference: from the decree's final provisions
  // (issued 23/4/2018, in force 21/6/2018, repealing QĐ 09/2015/QĐ-TTg).
  {
    number: "09/2015/QĐ-TTg",
    kind: "Quyết định",
    title:
      "ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương",
    issued: "2015-03-25",
    replacedBy: "61/2018/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2018-06-21",
    how: "repealed",
    source: "Nghị định 61/2018/NĐ-CP, final provisions; confirmed by rule-pack corrections f.1",
    unverified: false
  },
  // Luật 64/2025/QH15 replaces the 2015 law on normative documents; the date
  // is the reference's (§8, in force 01/04/2025).
  {
    number: "80/2015/QH13",
    kind: "Luật",
    title: "Luật Ban hành văn bản quy phạm pháp luật",
    issued: "2015-06-22",
    replacedBy: "64/2025/QH15",
    replacedByKind: "Luật",
    from: "2025-04-01",
    how: "repealed",
    source: "reference §8 (Luật 64/2025/QH15 in force 01/04/2025); the repeal clause was not re-checked",
    unverified: false
  },
  // The 2025 decree on the một cửa mechanism (118/2025/NĐ-CP of 09/6/2025,
  // in force 01/7/2025) replaced both earlier decrees (rule-pack
  // corrections f.1, secondary source).
  {
    number: "61/2018/NĐ-CP",
    kind: "Nghị định",
    title: "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    issued: "2018-04-23",
    replacedBy: "118/2025/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2025-07-01",
    how: "repealed",
    source:
      "rule-pack corrections f.1 [secondary]: Nghị định 118/2025/NĐ-CP of 09/6/2025, in force 01/7/2025",
    unverified: true
  },
  {
    number: "107/2021/NĐ-CP",
    kind: "Nghị định",
    title: "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP",
    issued: null,
    replacedBy: "118/2025/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2025-07-01",
    how: "repealed",
    source:
      "rule-pack corrections f.1 [secondary]: Nghị định 118/2025/NĐ-CP of 09/6/2025, in force 01/7/2025",
    unverified: true
  },
  // The decrees detailing the 2015 law on normative documents gave way to
  // Nghị định 78/2025/NĐ-CP with the 2025 law (corrections f.1: unverified).
  {
    number: "34/2016/NĐ-CP",
    kind: "Nghị định",
    title: "quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật",
    issued: null,
    replacedBy: "78/2025/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2025-04-01",
    how: "repealed",
    source: "rule-pack corrections f.1 [unverified]: Nghị định 78/2025/NĐ-CP, from 01/4/2025",
    unverified: true
  },
  {
    number: "154/2020/NĐ-CP",
    kind: "Nghị định",
    title: "sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP",
    issued: null,
    replacedBy: "78/2025/NĐ-CP",
    replacedByKind: "Nghị định",
    from: "2025-04-01",
    how: "repealed",
    source: "rule-pack corrections f.1 [unverified]: Nghị định 78/2025/NĐ-CP, from 01/4/2025",
    unverified: true
  },
  // PAR INDEX method: the 2022-2030 đề án of QĐ 876/QĐ-BNV (10/11/2022)
  // replaced the one of QĐ 1149/QĐ-BNV (30/12/2020). The number has no
  // year, so the row matches only a citation of 30/12/2020 (or of 2020).
  {
    number: "1149/QĐ-BNV",
    kind: "Quyết định",
    title: "phê duyệt Đề án xác định Chỉ số cải cách hành chính (PAR INDEX)",
    issued: "2020-12-30",
    replacedBy: "876/QĐ-BNV",
    replacedByKind: "Quyết định",
    from: "2022-11-10",
    how: "repealed",
    source: "rule-pack corrections f.1 (thuvienphapluat page of QĐ 876/QĐ-BNV, 10/11/2022)",
    unverified: false
  },
  // The 2025 decree on the departments of the two-tier model (NĐ 150/2025/
  // NĐ-CP of 12/6/2025) replaced NĐ 45/2025/NĐ-CP; the day it applies from
  // is not established, so `from` is null and no rule reports the row.
  {
    number: "45/2025/NĐ-CP",
    kind: "Nghị định",
    title:
      "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
    issued: "2025-02-28",
    replacedBy: "150/2025/NĐ-CP",
    replacedByKind: "Nghị định",
    from: null,
    how: "repealed",
    source:
      "rule-pack corrections f.1 [secondary]: căn cứ of Thông tư 19/2025/TT-BNNMT; NĐ 45/2025 of 28/02/2025 per reference §9",
    unverified: true
  },
  // SIPAS 2017-2020: the đề án ran out its period; no successor row is
  // given. The number has no year; the issue year 2017 is read from the
  // period of the đề án, not from its text: unverified.
  {
    number: "2640/QĐ-BNV",
    kind: "Quyết định",
    title:
      "phê duyệt Đề án đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2017 - 2020",
    issued: "2017",
    replacedBy: null,
    replacedByKind: null,
    from: "2021-01-01",
    how: "ended",
    source: "rule-pack corrections f.1: the SIPAS đề án 2017-2020 ended with its period",
    unverified: true
  }
]

/** Number comparison key: NFC, no spaces, upper case, Đ and D alike. */
const numberKey = (n: string): string =>
  n.normalize("NFC").replace(/\s+/g, "").replace(/^số:?/i, "").toUpperCase().replace(/Đ/g, "D")

/**
 * The row for an instrument if it had been replaced on the given date
 * (`YYYY-MM-DD`), else `null` (unknown number, not yet replaced, no known
 * day of replacement, or a malformed date). The number is matched as
 * written, ignoring case and spaces: `30C/NQ-CP` and `30c/NQ-CP` are the
 * same. `citedDate` is the date the citation gives the instrument
 * (`YYYY-MM-DD`, or `null`): a number without a year (`1149/QĐ-BNV`) is
 * reused every year, so its row matches only a citation of the row's
 * `issued` day, or an undated one.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { supersededOn } from "@cchc/core"
 * supersededOn("30c/NQ-CP", "2022-01-10")?.replacedBy // "76/NQ-CP"
 * supersededOn("30c/NQ-CP", "2019-05-01") // null
 * supersededOn("09/2015/QĐ-TTg", "2020-11-30")?.replacedBy // "61/2018/NĐ-CP"
 * supersededOn("1149/QĐ-BNV", "2023-05-10", "2020-12-30")?.replacedBy // "876/QĐ-BNV"
 * supersededOn("1149/QĐ-BNV", "2024-05-10", "2023-03-15") // null: another decision of that number
 * ```
 */
export function supersededOn(
  number: string,
  isoDate: string,
  citedDate: string | null = null
): SupersededInstrument | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null
  const row = supersededByKey().get(numberKey(number))
  if (row === undefined || row.from === null || isoDate < row.from) return null
  if (!HAS_YEAR.test(row.number) && citedDate !== null) {
    if (row.issued === null || !citedDate.startsWith(row.issued)) return null
  }
  return row
}

// `N/YYYY/…`: the year makes the number unique; without it, the date must agree.
const HAS_YEAR = /^[^/]+\/\d{4}\//u

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
