/**
 * Ministries and provincial departments (Sở) merged in the 2025
 * reorganisation of the state apparatus (reference §9). A document issued
 * after the merge date that still names the old body, or uses its code, is
 * out of date; older documents keep their historical names.
 *
 * @since 0.1.0
 */
import { onFirstUse } from "../internal/on-first-use.js"
import { BoundedCache } from "../text/bounded-cache.js"
import { searchKey } from "../text/search-key.js"

/**
 * One body that ceased to exist: its name, the codes it used in số ký hiệu,
 * the short names met in text, the body that took over, the date, and where
 * parts of its work went when they did not follow the main line.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface DepartmentMerge {
  readonly level: "bo" | "so"
  readonly oldName: string
  readonly oldCodes: ReadonlyArray<string>
  readonly shortNames: ReadonlyArray<string>
  readonly newBody: string
  readonly date: string
  readonly note: string | null
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
    newBody: "Bộ Tài chính",
    date: D,
    note: null
  },
  {
    level: "bo",
    oldName: "Bộ Lao động - Thương binh và Xã hội",
    oldCodes: ["BLĐTBXH"],
    shortNames: ["Bộ LĐ-TB&XH", "Bộ LĐTBXH", "Bộ Lao động, Thương binh và Xã hội"],
    newBody: "Bộ Nội vụ",
    date: D,
    note: null
  },
  {
    level: "bo",
    oldName: "Bộ Giao thông vận tải",
    oldCodes: ["BGTVT"],
    shortNames: ["Bộ GTVT"],
    newBody: "Bộ Xây dựng",
    date: D,
    note: null
  },
  {
    level: "bo",
    oldName: "Bộ Thông tin và Truyền thông",
    oldCodes: ["BTTTT"],
    shortNames: ["Bộ TT&TT", "Bộ TTTT", "Bộ Thông tin - Truyền thông"],
    newBody: "Bộ Khoa học và Công nghệ",
    date: D,
    note: "press and publishing went to Bộ Văn hóa, Thể thao và Du lịch"
  },
  {
    level: "bo",
    oldName: "Bộ Nông nghiệp và Phát triển nông thôn",
    oldCodes: ["BNNPTNT"],
    shortNames: ["Bộ NN&PTNT", "Bộ NNPTNT"],
    newBody: "Bộ Nông nghiệp và Môi trường",
    date: D,
    note: null
  },
  {
    level: "bo",
    oldName: "Bộ Tài nguyên và Môi trường",
    oldCodes: ["BTNMT"],
    shortNames: ["Bộ TN&MT", "Bộ TNMT"],
    newBody: "Bộ Nông nghiệp và Môi trường",
    date: D,
    note: null
  },
  {
    level: "bo",
    oldName: "Ủy ban Dân tộc",
    oldCodes: ["UBDT"],
    shortNames: [],
    newBody: "Bộ Dân tộc và Tôn giáo",
    date: D,
    note: "religion came over from Bộ Nội vụ"
  },
  // --- provincial departments (Nghị định 45/2025/NĐ-CP) ---
  {
    level: "so",
    oldName: "Sở Kế hoạch và Đầu tư",
    oldCodes: ["SKHĐT"],
    shortNames: ["Sở KH&ĐT", "Sở KHĐT"],
    newBody: "Sở Tài chính",
    date: D,
    note: null
  },
  {
    level: "so",
    oldName: "Sở Giao thông vận tải",
    oldCodes: ["SGTVT"],
    shortNames: ["Sở GTVT"],
    newBody: "Sở Xây dựng",
    date: D,
    note: null
  },
  {
    level: "so",
    oldName: "Sở Thông tin và Truyền thông",
    oldCodes: ["STTTT"],
    shortNames: ["Sở TT&TT", "Sở TTTT", "Sở Thông tin - Truyền thông"],
    newBody: "Sở Khoa học và Công nghệ",
    date: D,
    note: "press and publishing went to Sở Văn hóa, Thể thao và Du lịch"
  },
  {
    level: "so",
    oldName: "Sở Nông nghiệp và Phát triển nông thôn",
    oldCodes: ["SNNPTNT"],
    shortNames: ["Sở NN&PTNT", "Sở NNPTNT"],
    newBody: "Sở Nông nghiệp và Môi trường",
    date: D,
    note: null
  },
  {
    level: "so",
    oldName: "Sở Tài nguyên và Môi trường",
    oldCodes: ["STNMT"],
    shortNames: ["Sở TN&MT", "Sở TNMT"],
    newBody: "Sở Nông nghiệp và Môi trường",
    date: D,
    note: "the new department also took over poverty reduction"
  },
  {
    level: "so",
    oldName: "Sở Lao động - Thương binh và Xã hội",
    oldCodes: ["SLĐTBXH"],
    shortNames: ["Sở LĐ-TB&XH", "Sở LĐTBXH", "Sở Lao động, Thương binh và Xã hội"],
    newBody: "Sở Nội vụ",
    date: D,
    note: "social protection, children and social evils went to Sở Y tế; vocational education to Sở Giáo dục và Đào tạo; drug rehabilitation to Công an tỉnh"
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
 * `1175/STTTT-TTBCXB`; `Đ` may be typed `D`). Matches are whole words. The
 * caller decides by the document's date whether the mention is out of date.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { mergedBodyMention } from "@cchc/core"
 * mergedBodyMention("Kính gửi: Sở Thông tin và Truyền thông tỉnh Quảng Ngãi")?.merge.newBody // "Sở Khoa học và Công nghệ"
 * mergedBodyMention("Công văn số 1175/STTTT-TTBCXB")?.via // "code"
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
  const needles = DEPARTMENT_MERGES_2025.flatMap((merge) => [
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
  ]).map((n, order) => ({ ...n, order }))
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
