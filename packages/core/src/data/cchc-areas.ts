/**
 * The six areas of the state administration reform programme 2021–2030
 * (Nghị quyết 76/NQ-CP, 15/7/2021) and the two national indexes that
 * measure it, PAR INDEX and SIPAS, as plain data: plans and periodic CCHC
 * reports are organised by these areas, and the metrics of a report are
 * tied to them through the indicator catalog.
 *
 * @since 0.1.0
 */
import { foldKey } from "../text/fold.js"
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * One reform area: a stable `id`, its `name` as Nghị quyết 76/NQ-CP writes
 * it, an English name, and `cues`: words of a heading that point to it
 * (compared without regard to case or tone-mark placement).
 *
 * @since 0.1.0
 * @category reference data
 */
export interface CchcArea {
  readonly id: CchcAreaId
  readonly name: string
  readonly englishName: string
  readonly cues: ReadonlyArray<string>
}

/**
 * The ids of the six areas.
 *
 * @since 0.1.0
 * @category reference data
 */
export type CchcAreaId =
  | "institutions"
  | "administrative-procedures"
  | "organisation"
  | "civil-service"
  | "public-finance"
  | "digital-government"

/**
 * The six areas of Nghị quyết 76/NQ-CP (15/7/2021, signed by Phó Thủ tướng
 * Trương Hòa Bình), in its order. Source: the luatvietnam page of NQ 76
 * (rule-pack corrections f.11).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { CCHC_AREAS } from "@cchc/core"
 * CCHC_AREAS.length // 6
 * CCHC_AREAS[1]?.name // "Cải cách thủ tục hành chính"
 * ```
 */
export const CCHC_AREAS: ReadonlyArray<CchcArea> = [
  {
    id: "institutions",
    name: "Cải cách thể chế",
    englishName: "Institutional reform",
    cues: ["cải cách thể chế", "thể chế"]
  },
  {
    id: "administrative-procedures",
    name: "Cải cách thủ tục hành chính",
    englishName: "Reform of administrative procedures",
    cues: ["cải cách thủ tục hành chính", "thủ tục hành chính", "tthc", "một cửa"]
  },
  {
    id: "organisation",
    name: "Cải cách tổ chức bộ máy hành chính nhà nước",
    englishName: "Reform of the organisation of the state administrative apparatus",
    cues: ["cải cách tổ chức bộ máy", "tổ chức bộ máy"]
  },
  {
    id: "civil-service",
    name: "Cải cách chế độ công vụ",
    englishName: "Civil service reform",
    cues: ["cải cách chế độ công vụ", "chế độ công vụ", "công chức, viên chức", "công vụ"]
  },
  {
    id: "public-finance",
    name: "Cải cách tài chính công",
    englishName: "Public finance reform",
    cues: ["cải cách tài chính công", "tài chính công"]
  },
  {
    id: "digital-government",
    name: "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    englishName: "Building and developing e-government and digital government",
    cues: ["chính phủ điện tử", "chính phủ số", "chính quyền điện tử", "chính quyền số", "chuyển đổi số"]
  }
]

// Cues folded once, longest first, so that "cải cách thủ tục hành chính"
// is tried before "thủ tục hành chính".
const foldedCues = onFirstUse((): ReadonlyArray<{ readonly cue: string; readonly area: CchcArea }> =>
  CCHC_AREAS.flatMap((area) => area.cues.map((cue) => ({ cue: foldKey(cue), area }))).sort(
    (a, b) => b.cue.length - a.cue.length
  )
)

/**
 * The reform area a heading or phrase names (`2. Cải cách thủ tục hành
 * chính`, `Về xây dựng chính quyền điện tử, chính quyền số`), or `null`. The
 * longest cue found wins.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { cchcAreaOf } from "@cchc/core"
 * cchcAreaOf("2. Cải cách thủ tục hành chính")?.id // "administrative-procedures"
 * cchcAreaOf("Về xây dựng chính quyền điện tử, chính quyền số")?.id // "digital-government"
 * cchcAreaOf("Công tác chỉ đạo, điều hành") // null
 * ```
 */
export function cchcAreaOf(text: string): CchcArea | null {
  const key = foldKey(text)
  for (const { cue, area } of foldedCues()) if (containsWord(key, cue)) return area
  return null
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

const containsWord = (haystack: string, needle: string): boolean => {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true
  }
  return false
}

/**
 * A field (lĩnh vực) of the PAR INDEX: one of the six areas, or a field
 * of its own (`direction`: chỉ đạo, điều hành CCHC; `impact`: the impact of
 * CCHC on people, organisations and development, provinces only).
 *
 * @since 0.1.0
 * @category reference data
 */
export interface ParIndexField {
  readonly id: CchcAreaId | "direction" | "impact"
  readonly name: string
  readonly levels: ReadonlyArray<"bo" | "tinh">
  readonly unverified: boolean
}

/**
 * The PAR INDEX (Chỉ số cải cách hành chính) as Quyết định 876/QĐ-BNV
 * (10/11/2022, the đề án 2022–2030, which replaced QĐ 1149/QĐ-BNV) sets it
 * for ministries: 7 fields, 38 criteria, 97 component criteria, and a
 * sociological survey worth 31.50 of 100 points (rule-pack corrections
 * f.10). The provincial index adds a field on the impact of CCHC; that
 * field and its counts are unverified (`null` where not known). The field
 * list follows the NQ 76 areas plus chỉ đạo, điều hành (reference §10:
 * exact list unverified).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { PAR_INDEX } from "@cchc/core"
 * PAR_INDEX.ministry.fields // 7
 * PAR_INDEX.fields.filter((f) => f.levels.includes("bo")).length // 7
 * ```
 */
export const PAR_INDEX = {
  name: "Chỉ số cải cách hành chính (PAR INDEX)",
  owner: "Bộ Nội vụ",
  basis: "876/QĐ-BNV",
  basisDate: "2022-11-10",
  replaces: "1149/QĐ-BNV",
  ministry: { fields: 7, criteria: 38, componentCriteria: 97, surveyPoints: 31.5, maxPoints: 100 },
  province: { fields: null, criteria: null, componentCriteria: null, surveyPoints: null, maxPoints: 100 },
  fields: [
    {
      id: "direction",
      name: "Công tác chỉ đạo, điều hành cải cách hành chính",
      levels: ["bo", "tinh"],
      unverified: true
    },
    ...CCHC_AREAS.map((area) => ({
      id: area.id,
      name: area.name,
      levels: ["bo", "tinh"] as const,
      unverified: true
    })),
    {
      id: "impact",
      name: "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
      levels: ["tinh"],
      unverified: true
    }
  ] as ReadonlyArray<ParIndexField>,
  source: "rule-pack corrections f.10 (QĐ 876/QĐ-BNV); provincial field and counts [unverified]",
  unverified: false
} as const

/**
 * SIPAS (Chỉ số hài lòng về sự phục vụ hành chính), measured by the Bộ Nội
 * vụ: satisfaction of people and organisations with administrative
 * services, since about 2022 also with nine groups of public policy
 * (reference §10). The đề án 2022–2030 that sets it is named in the
 * sources without a checked number: `basis` is `null` and the entry is
 * unverified. The 2017–2020 đề án (QĐ 2640/QĐ-BNV) ended with its period.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { SIPAS } from "@cchc/core"
 * SIPAS.name // "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"
 * ```
 */
export const SIPAS = {
  name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
  owner: "Bộ Nội vụ",
  period: "2022–2030",
  basis: null,
  previousBasis: "2640/QĐ-BNV",
  source: "reference §10; rule-pack corrections f.10 [unverified number]",
  unverified: true
} as const
