/**
 * Ministries, provincial departments (Sở) and other bodies merged or ended
 * in the 2025 reorganisation of the state apparatus and of the Party
 * (reference §9; rule-pack corrections d.4, f.9). A document issued after
 * the date that still names the old body, or uses its code, is out of
 * date; older documents keep their historical names. The provincial
 * departments were set by Nghị định 45/2025/NĐ-CP (28/02/2025); for the
 * two-tier model from 01/7/2025 they are set by Nghị định 150/2025/NĐ-CP
 * (12/6/2025), per the căn cứ of Thông tư 19/2025/TT-BNNMT [secondary].
 *
 * @since 0.1.0
 */
import { onFirstUse } from "../internal/on-first-use.js"
import { DISTRICT_LEVEL_END_DATE } from "./local-levels.js"
import { BoundedCache } from "../text/bounded-cache.js"
import { searchKey } from "../text/search-key.js"

/**
 * One body that ceased to exist: its level (`bo` central, `so` provincial
 * department, `tinh` another provincial body, `dang` a Party body), its
 * name, the codes it used in số ký hiệu, the short names met in text, the
 * body that took over (`how: "merged"`) or `null` when the level itself
 * ended (`how: "ended"`), the date, and where parts of its work went when
 * they did not follow the main line. `scope` is `some-provinces` where the
 * body went only in some provinces (which ones is not in the data: no rule
 * reports such a row). `source` names the basis; `unverified` is `true`
 * where it is secondary or missing.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface DepartmentMerge {
  readonly level: "bo" | "so" | "tinh" | "dang"
  readonly oldName: string
  readonly oldCodes: ReadonlyArray<string>
  readonly shortNames: ReadonlyArray<string>
  readonly how: "merged" | "ended"
  readonly newBody: string | null
  readonly date: string
  readonly scope: "everywhere" | "some-provinces"
  readonly note: string | null
  readonly source: string
  readonly unverified: boolean
}

/**
 * From this day the merged Bộ and Sở names and codes are out of date. The
 * provincial departments of Hà Tĩnh merged on this day (reference §9); the
 * ministries merged "in February–March 2025", and the reference applies the
 * same day to both. Other provinces may differ by a few days: unverified.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { DEPARTMENT_MERGE_DATE } from "@cchc/core"
 * DEPARTMENT_MERGE_DATE // "2025-03-01"
 * ```
 */
export const DEPARTMENT_MERGE_DATE = "2025-03-01"

const D = DEPARTMENT_MERGE_DATE

// Reference §9 [src]: the ministries merged in February–March 2025.
const MINISTRIES_SOURCE = "reference §9 (ministries merged February–March 2025)"
// Reference §9 [src]: Nghị định 45/2025/NĐ-CP and the Hà Tĩnh merges of 01/3/2025.
const DEPARTMENTS_SOURCE = "reference §9 (Nghị định 45/2025/NĐ-CP; provincial merges of 01/3/2025)"

/**
 * The ministries (`bo`) and provincial departments (`so`) merged in 2025.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { DEPARTMENT_MERGES_2025 } from "@cchc/core"
 * DEPARTMENT_MERGES_2025.find((m) => m.oldCodes.includes("STTTT"))?.newBody // "Sở Khoa học và Công nghệ"
 * ```
 */
export const DEPARTMENT_MERGES_2025: ReadonlyArray<DepartmentMerge> = [
  // --- ministries ---
  {
    level: "bo",
    oldName: "Bộ Kế hoạch và Đầu tư",
    oldCodes: ["BKHĐT"],
    shortNames: ["Bộ KH&ĐT", "Bộ KHĐT"],
    how: "merged",
    newBody: "Bộ Tài chính",
    date: D,
    note: null,
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  {
    level: "bo",
    oldName: "Bộ Lao động - Thương binh và Xã hội",
    oldCodes: ["BLĐTBXH"],
    shortNames: ["Bộ LĐ-TB&XH", "Bộ LĐTBXH", "Bộ Lao động, Thương binh và Xã hội"],
    how: "merged",
    newBody: "Bộ Nội vụ",
    date: D,
    note: null,
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  {
    level: "bo",
    oldName: "Bộ Giao thông vận tải",
    oldCodes: ["BGTVT"],
    shortNames: ["Bộ GTVT"],
    how: "merged",
    newBody: "Bộ Xây dựng",
    date: D,
    note: null,
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  {
    level: "bo",
    oldName: "Bộ Thông tin và Truyền thông",
    oldCodes: ["BTTTT"],
    shortNames: ["Bộ TT&TT", "Bộ TTTT", "Bộ Thông tin - Truyền thông"],
    how: "merged",
    newBody: "Bộ Khoa học và Công nghệ",
    date: D,
    note: "press and publishing went to Bộ Văn hóa, Thể thao và Du lịch",
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  {
    level: "bo",
    oldName: "Bộ Nông nghiệp và Phát triển nông thôn",
    oldCodes: ["BNNPTNT"],
    shortNames: ["Bộ NN&PTNT", "Bộ NNPTNT"],
    how: "merged",
    newBody: "Bộ Nông nghiệp và Môi trường",
    date: D,
    note: null,
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  {
    level: "bo",
    oldName: "Bộ Tài nguyên và Môi trường",
    oldCodes: ["BTNMT"],
    shortNames: ["Bộ TN&MT", "Bộ TNMT"],
    how: "merged",
    newBody: "Bộ Nông nghiệp và Môi trường",
    date: D,
    note: null,
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  {
    level: "bo",
    oldName: "Ủy ban Dân tộc",
    oldCodes: ["UBDT"],
    shortNames: [],
    how: "merged",
    newBody: "Bộ Dân tộc và Tôn giáo",
    date: D,
    note: "religion came over from Bộ Nội vụ",
    scope: "everywhere",
    source: MINISTRIES_SOURCE,
    unverified: false
  },
  // --- provincial departments (Nghị định 45/2025/NĐ-CP) ---
  {
    level: "so",
    oldName: "Sở Kế hoạch và Đầu tư",
    oldCodes: ["SKHĐT"],
    shortNames: ["Sở KH&ĐT", "Sở KHĐT"],
    how: "merged",
    newBody: "Sở Tài chính",
    date: D,
    note: null,
    scope: "everywhere",
    source: DEPARTMENTS_SOURCE,
    unverified: false
  },
  {
    level: "so",
    oldName: "Sở Giao thông vận tải",
    oldCodes: ["SGTVT"],
    shortNames: ["Sở GTVT"],
    how: "merged",
    newBody: "Sở Xây dựng",
    date: D,
    note: null,
    scope: "everywhere",
    source: DEPARTMENTS_SOURCE,
    unverified: false
  },
  {
    level: "so",
    oldName: "Sở Thông tin và Truyền thông",
    oldCodes: ["STTTT"],
    shortNames: ["Sở TT&TT", "Sở TTTT", "Sở Thông tin - Truyền thông"],
    how: "merged",
    newBody: "Sở Khoa học và Công nghệ",
    date: D,
    note: "press and publishing went to Sở Văn hóa, Thể thao và Du lịch",
    scope: "everywhere",
    source: DEPARTMENTS_SOURCE,
    unverified: false
  },
  {
    level: "so",
    oldName: "Sở Nông nghiệp và Phát triển nông thôn",
    oldCodes: ["SNNPTNT"],
    shortNames: ["Sở NN&PTNT", "Sở NNPTNT"],
    how: "merged",
    newBody: "Sở Nông nghiệp và Môi trường",
    date: D,
    note: null,
    scope: "everywhere",
    source: DEPARTMENTS_SOURCE,
    unverified: false
  },
  {
    level: "so",
    oldName: "Sở Tài nguyên và Môi trường",
    oldCodes: ["STNMT"],
    shortNames: ["Sở TN&MT", "Sở TNMT"],
    how: "merged",
    newBody: "Sở Nông nghiệp và Môi trường",
    date: D,
    note: "the new department also took over poverty reduction",
    scope: "everywhere",
    source: DEPARTMENTS_SOURCE,
    unverified: false
  },
  {
    level: "so",
    oldName: "Sở Lao động - Thương binh và Xã hội",
    oldCodes: ["SLĐTBXH"],
    shortNames: ["Sở LĐ-TB&XH", "Sở LĐTBXH", "Sở Lao động, Thương binh và Xã hội"],
    how: "merged",
    newBody: "Sở Nội vụ",
    date: D,
    note: "social protection, children and social evils went to Sở Y tế; vocational education to Sở Giáo dục và Đào tạo; drug rehabilitation to Công an tỉnh",
    scope: "everywhere",
    source: DEPARTMENTS_SOURCE,
    unverified: false
  },
  // --- other bodies (rule-pack corrections d.4, f.9) ---
  // Merged into the Bộ Tài chính with the ministries [secondary].
  {
    level: "bo",
    oldName: "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    oldCodes: [],
    shortNames: ["Ủy ban Quản lý vốn nhà nước"],
    how: "merged",
    newBody: "Bộ Tài chính",
    date: D,
    scope: "everywhere",
    note: null,
    source: "rule-pack corrections f.9 [secondary]",
    unverified: true
  },
  // The provincial Ban Dân tộc went into the Sở Dân tộc và Tôn giáo or, where
  // none was formed, the Sở Nội vụ [secondary]. `Ban Dân tộc` alone is not
  // matched: the Hội đồng nhân dân keeps a Ban Dân tộc of its own.
  {
    level: "tinh",
    oldName: "Ban Dân tộc tỉnh",
    oldCodes: [],
    shortNames: ["Ban Dân tộc thành phố"],
    how: "merged",
    newBody: "Sở Dân tộc và Tôn giáo (hoặc Sở Nội vụ)",
    date: D,
    scope: "everywhere",
    note: null,
    source: "rule-pack corrections d.4, f.9 [secondary]",
    unverified: true
  },
  // Dissolved in some provinces only (reference §9: "Sở in some provinces
  // only: Sở Ngoại vụ"); which ones is not in the data.
  {
    level: "so",
    oldName: "Sở Ngoại vụ",
    oldCodes: [],
    shortNames: [],
    how: "merged",
    newBody: "Văn phòng Ủy ban nhân dân tỉnh hoặc Sở Nội vụ",
    date: D,
    scope: "some-provinces",
    note: "kept in some provinces after Nghị định 45/2025/NĐ-CP",
    source: "reference §9; rule-pack corrections d.4, f.9 [secondary]",
    unverified: true
  },
  // The Party's propaganda and mass-mobilisation boards merged in 2025
  // [secondary]; the day differs between provinces and is not in the data,
  // so the first day certain for all, 01/7/2025, is used.
  {
    level: "dang",
    oldName: "Ban Tuyên giáo Tỉnh ủy",
    oldCodes: ["BTGTU"],
    shortNames: ["Ban Tuyên giáo Thành ủy"],
    how: "merged",
    newBody: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    date: DISTRICT_LEVEL_END_DATE,
    scope: "everywhere",
    note: null,
    source: "rule-pack corrections d.4, f.4, f.9 [secondary]",
    unverified: true
  },
  {
    level: "dang",
    oldName: "Ban Dân vận Tỉnh ủy",
    oldCodes: [],
    shortNames: ["Ban Dân vận Thành ủy"],
    how: "merged",
    newBody: "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    date: DISTRICT_LEVEL_END_DATE,
    scope: "everywhere",
    note: null,
    source: "rule-pack corrections f.9 [secondary]",
    unverified: true
  },
  // The district-level Party committees ended with the district level
  // (Luật 72/2025/QH15; Nghị quyết 60-NQ/TW). `Thành ủy` is not listed: it
  // is also the committee of a centrally-run city.
  {
    level: "dang",
    oldName: "Huyện ủy",
    oldCodes: [],
    shortNames: ["Quận ủy", "Thị ủy"],
    how: "ended",
    newBody: null,
    date: DISTRICT_LEVEL_END_DATE,
    scope: "everywhere",
    note: "the communes' Party committees are under the Tỉnh ủy or Thành ủy",
    source: "Luật 72/2025/QH15; Nghị quyết 60-NQ/TW (rule-pack corrections d.4, f.4)",
    unverified: false
  },
  // The inspectorates of the Sở and of the district level ended on 01/7/2025
  // (reference §9; rule-pack corrections d.4): inspection is done by the
  // Thanh tra tỉnh.
  {
    level: "tinh",
    oldName: "Thanh tra Sở",
    oldCodes: [],
    shortNames: [],
    how: "merged",
    newBody: "Thanh tra tỉnh",
    date: DISTRICT_LEVEL_END_DATE,
    scope: "everywhere",
    note: null,
    source: "reference §9; rule-pack corrections d.4, f.5",
    unverified: false
  },
  {
    level: "tinh",
    oldName: "Thanh tra huyện",
    oldCodes: [],
    shortNames: ["Thanh tra quận", "Thanh tra thị xã"],
    how: "ended",
    newBody: null,
    date: DISTRICT_LEVEL_END_DATE,
    scope: "everywhere",
    note: "inspection passed to the Thanh tra tỉnh",
    source: "reference §9; rule-pack corrections d.4, f.5",
    unverified: false
  }
]

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** First word-bounded occurrence of `needle` in `haystack` at or after 0, or -1. */
const findWord = (haystack: string, needle: string): number => {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return at
  }
  return -1
}

/**
 * What {@link mergedBodyMention} found: the merge, the text that matched,
 * where (offset in the NFC text) and whether it was a name or a code.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface MergedBodyMention {
  readonly merge: DepartmentMerge
  readonly match: string
  readonly index: number
  readonly via: "name" | "code"
}

/**
 * Finds the first merged Bộ or Sở named in a line, by name or short name
 * (case and tone placement do not matter) or by its code (exact case, as in
 * `1175/STTTT-TTBCXB`; `Đ` may be typed `D`). Matches are whole words. A
 * body that went in some provinces only (`scope: "some-provinces"`) is not
 * looked for. The caller decides by the document's date (the row's `date`)
 * whether the mention is out of date.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { mergedBodyMention } from "@cchc/core"
 * mergedBodyMention("Kính gửi: Sở Thông tin và Truyền thông tỉnh Quảng Ngãi")?.merge.newBody // "Sở Khoa học và Công nghệ"
 * mergedBodyMention("Công văn số 1175/STTTT-TTBCXB")?.via // "code"
 * mergedBodyMention("- Ban Thường vụ Huyện ủy Ba Tơ;")?.merge.how // "ended"
 * mergedBodyMention("Sở Khoa học và Công nghệ") // null
 * ```
 */
export function mergedBodyMention(text: string): MergedBodyMention | null {
  return MENTIONS.get(text, findMergedBody)
}

// The same lines (`Sở Nội vụ;`, `Như trên;`) come back in the recipients of
// document after document: answers are memoised, within bounds.
const MENTIONS = new BoundedCache<MergedBodyMention | null>({ maxKeyLength: 200 })

const findMergedBody = (text: string): MergedBodyMention | null => {
  const nfc = text.normalize("NFC")
  const key = searchKey(nfc)
  let best: MergedBodyMention | null = null
  let bestOrder = 0
  for (const group of needleGroups()) {
    const haystack = group.via === "name" ? key : nfc
    // No needle of the group is there without its first characters.
    if (!haystack.includes(group.opening)) continue
    for (const { merge, needle, via, order } of group.needles) {
      const index = findWord(haystack, needle)
      if (index < 0) continue
      // The earliest mention wins, then the longest, then the first in the table.
      if (
        best === null ||
        index < best.index ||
        (index === best.index &&
          (needle.length > best.match.length || (needle.length === best.match.length && order < bestOrder)))
      ) {
        best = { merge, match: nfc.slice(index, index + needle.length), index, via }
        bestOrder = order
      }
    }
  }
  return best
}

interface MergeNeedle {
  readonly merge: DepartmentMerge
  /** A name folded by `searchKey`, or a code as written. */
  readonly needle: string
  readonly via: "name" | "code"
  /** The needle's place in the table, for ties. */
  readonly order: number
}

/** Needles looked for in one text (the folded key or the NFC text) that open with the same characters. */
interface NeedleGroup {
  readonly via: "name" | "code"
  readonly opening: string
  readonly needles: ReadonlyArray<MergeNeedle>
}

const OPENING_LENGTH = 2

// Folded and grouped once, on first use: folding every name of the table
// again for each line looked at was most of the cost of
// `administrative-era`, and a line holds the opening of few groups.
const needleGroups = onFirstUse((): ReadonlyArray<NeedleGroup> => {
  // A body kept in some provinces (Sở Ngoại vụ) is no proof of anything.
  const everywhere = DEPARTMENT_MERGES_2025.filter((merge) => merge.scope === "everywhere")
  const needles = everywhere
    .flatMap((merge) => [
      ...[merge.oldName, ...merge.shortNames].map((name) => ({
        merge,
        needle: searchKey(name.normalize("NFC")),
        via: "name" as const
      })),
      ...merge.oldCodes.flatMap((code) =>
        [...new Set([code, code.replace(/Đ/g, "D")])].map((variant) => ({
          merge,
          needle: variant,
          via: "code" as const
        }))
      )
    ])
    .map((n, order) => ({ ...n, order }))
  const byOpening = new Map<string, { via: "name" | "code"; opening: string; needles: Array<MergeNeedle> }>()
  for (const n of needles) {
    const opening = n.needle.slice(0, OPENING_LENGTH)
    const id = `${n.via} ${opening}`
    const group = byOpening.get(id) ?? { via: n.via, opening, needles: [] }
    group.needles.push(n)
    byOpening.set(id, group)
  }
  return [...byOpening.values()]
})
