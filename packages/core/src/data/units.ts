/**
 * The unit registry: kinds of issuing body (cơ quan, tổ chức ban hành), how
 * their issuer line begins, whether they work collectively, and the titles
 * of their head and deputy as printed in a signature block (Nghị định
 * 30/2020/NĐ-CP, Điều 13 and Phụ lục I).
 *
 * @since 0.1.0
 */
import type { UnitLevel } from "../model/unit.js"
import { BoundedCache } from "../text/bounded-cache.js"
import { foldKey, stripDiacritics } from "../text/fold.js"
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * One kind of issuing body. `collective` bodies decide as a body, so their
 * head signs `TM. <collectiveName>` above `<headTitle>`; the others are run
 * by one head, whose deputy signs `KT. <headTitle>` above `<deputyTitle>`.
 * Titles are upper case, as in a signature block. `namePrefixes` are the
 * upper-case words an issuer line starts with (`ỦY BAN NHÂN DÂN`, `UBND`).
 * The same shape as the `UnitKind` schema of the model; levels are
 * `trung-uong`, `tinh`, `huyen` (ended on 2025-07-01) and `xa`.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface UnitKindEntry {
  readonly id: string
  readonly name: string
  readonly collective: boolean
  readonly collectiveName: string | null
  readonly headTitle: string
  readonly deputyTitle: string
  readonly abbreviation: string | null
  readonly levels: ReadonlyArray<UnitLevel>
  readonly namePrefixes: ReadonlyArray<string>
}

/**
 * The kinds of issuing body the SDK knows. Where two prefixes fit an issuer
 * line, the longer wins (`THỦ TƯỚNG CHÍNH PHỦ` over `CHÍNH PHỦ`, `BAN CHỈ
 * ĐẠO` over `BAN`, `ỦY BAN NHÂN DÂN` over `ỦY BAN`).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { UNIT_KINDS } from "@cchc/core"
 * UNIT_KINDS.find((k) => k.id === "ubnd")?.collectiveName // "ỦY BAN NHÂN DÂN"
 * ```
 */
export const UNIT_KINDS: ReadonlyArray<UnitKindEntry> = [
  // Local government bodies work collectively (Luật Tổ chức chính quyền địa
  // phương): `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH` (Nghị định 30/2020, Phụ lục I).
  {
    id: "ubnd",
    name: "Ủy ban nhân dân",
    collective: true,
    collectiveName: "ỦY BAN NHÂN DÂN",
    headTitle: "CHỦ TỊCH",
    deputyTitle: "PHÓ CHỦ TỊCH",
    abbreviation: "UBND",
    levels: ["tinh", "huyen", "xa"],
    namePrefixes: ["ỦY BAN NHÂN DÂN", "UBND"]
  },
  {
    id: "hdnd",
    name: "Hội đồng nhân dân",
    collective: true,
    collectiveName: "HỘI ĐỒNG NHÂN DÂN",
    headTitle: "CHỦ TỊCH",
    deputyTitle: "PHÓ CHỦ TỊCH",
    abbreviation: "HĐND",
    levels: ["tinh", "huyen", "xa"],
    namePrefixes: ["HỘI ĐỒNG NHÂN DÂN", "HĐND", "HDND"]
  },
  {
    id: "chinh-phu",
    name: "Chính phủ",
    collective: true,
    collectiveName: "CHÍNH PHỦ",
    headTitle: "THỦ TƯỚNG",
    deputyTitle: "PHÓ THỦ TƯỚNG",
    abbreviation: "CP",
    levels: ["trung-uong"],
    namePrefixes: ["CHÍNH PHỦ"]
  },
  // The Prime Minister issues in their own name (ô 2 reads THỦ TƯỚNG CHÍNH
  // PHỦ), so no TM.; deputies sign KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG.
  {
    id: "thu-tuong",
    name: "Thủ tướng Chính phủ",
    collective: false,
    collectiveName: null,
    headTitle: "THỦ TƯỚNG",
    deputyTitle: "PHÓ THỦ TƯỚNG",
    abbreviation: "TTg",
    levels: ["trung-uong"],
    namePrefixes: ["THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG"]
  },
  // Laws and resolutions of the Quốc hội are signed CHỦ TỊCH QUỐC HỘI with no
  // TM. line, so the signature does not follow the collective pattern.
  {
    id: "quoc-hoi",
    name: "Quốc hội",
    collective: false,
    collectiveName: null,
    headTitle: "CHỦ TỊCH QUỐC HỘI",
    deputyTitle: "PHÓ CHỦ TỊCH QUỐC HỘI",
    abbreviation: "QH",
    levels: ["trung-uong"],
    namePrefixes: ["QUỐC HỘI"]
  },
  {
    id: "ubtvqh",
    name: "Ủy ban Thường vụ Quốc hội",
    collective: true,
    collectiveName: "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    headTitle: "CHỦ TỊCH",
    deputyTitle: "PHÓ CHỦ TỊCH",
    abbreviation: "UBTVQH",
    levels: ["trung-uong"],
    namePrefixes: ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "UBTVQH"]
  },
  // Văn phòng Chính phủ is headed by a minister: KT. BỘ TRƯỞNG, CHỦ NHIỆM /
  // PHÓ CHỦ NHIỆM (reference §5, [src]).
  {
    id: "van-phong-chinh-phu",
    name: "Văn phòng Chính phủ",
    collective: false,
    collectiveName: null,
    headTitle: "BỘ TRƯỞNG, CHỦ NHIỆM",
    deputyTitle: "PHÓ CHỦ NHIỆM",
    abbreviation: "VPCP",
    levels: ["trung-uong"],
    namePrefixes: ["VĂN PHÒNG CHÍNH PHỦ", "VPCP"]
  },
  // Ministries and the bodies below follow the one-head regime (chế độ thủ
  // trưởng): the deputy signs KT. <head title> / <deputy title>.
  {
    id: "bo",
    name: "Bộ",
    collective: false,
    collectiveName: null,
    headTitle: "BỘ TRƯỞNG",
    deputyTitle: "THỨ TRƯỞNG",
    abbreviation: null,
    levels: ["trung-uong"],
    namePrefixes: ["BỘ"]
  },
  {
    id: "tong-cuc",
    name: "Tổng cục",
    collective: false,
    collectiveName: null,
    headTitle: "TỔNG CỤC TRƯỞNG",
    deputyTitle: "PHÓ TỔNG CỤC TRƯỞNG",
    abbreviation: null,
    levels: ["trung-uong"],
    namePrefixes: ["TỔNG CỤC"]
  },
  {
    id: "cuc",
    name: "Cục",
    collective: false,
    collectiveName: null,
    headTitle: "CỤC TRƯỞNG",
    deputyTitle: "PHÓ CỤC TRƯỞNG",
    abbreviation: null,
    levels: ["trung-uong", "tinh"],
    namePrefixes: ["CỤC"]
  },
  {
    id: "chi-cuc",
    name: "Chi cục",
    collective: false,
    collectiveName: null,
    headTitle: "CHI CỤC TRƯỞNG",
    deputyTitle: "PHÓ CHI CỤC TRƯỞNG",
    abbreviation: null,
    levels: ["tinh", "huyen"],
    namePrefixes: ["CHI CỤC"]
  },
  {
    id: "so",
    name: "Sở",
    collective: false,
    collectiveName: null,
    headTitle: "GIÁM ĐỐC",
    deputyTitle: "PHÓ GIÁM ĐỐC",
    abbreviation: null,
    levels: ["tinh"],
    namePrefixes: ["SỞ"]
  },
  {
    id: "phong",
    name: "Phòng",
    collective: false,
    collectiveName: null,
    headTitle: "TRƯỞNG PHÒNG",
    deputyTitle: "PHÓ TRƯỞNG PHÒNG",
    abbreviation: null,
    levels: ["tinh", "huyen", "xa"],
    namePrefixes: ["PHÒNG"]
  },
  {
    id: "van-phong",
    name: "Văn phòng",
    collective: false,
    collectiveName: null,
    headTitle: "CHÁNH VĂN PHÒNG",
    deputyTitle: "PHÓ CHÁNH VĂN PHÒNG",
    abbreviation: "VP",
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["VĂN PHÒNG"]
  },
  {
    id: "thanh-tra-chinh-phu",
    name: "Thanh tra Chính phủ",
    collective: false,
    collectiveName: null,
    headTitle: "TỔNG THANH TRA CHÍNH PHỦ",
    deputyTitle: "PHÓ TỔNG THANH TRA CHÍNH PHỦ",
    abbreviation: "TTCP",
    levels: ["trung-uong"],
    namePrefixes: ["THANH TRA CHÍNH PHỦ"]
  },
  {
    id: "thanh-tra",
    name: "Thanh tra",
    collective: false,
    collectiveName: null,
    headTitle: "CHÁNH THANH TRA",
    deputyTitle: "PHÓ CHÁNH THANH TRA",
    abbreviation: null,
    levels: ["trung-uong", "tinh", "huyen"],
    namePrefixes: ["THANH TRA"]
  },
  {
    id: "trung-tam",
    name: "Trung tâm",
    collective: false,
    collectiveName: null,
    headTitle: "GIÁM ĐỐC",
    deputyTitle: "PHÓ GIÁM ĐỐC",
    abbreviation: null,
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["TRUNG TÂM"]
  },
  // A Ban that is an agency or unit (Ban Quản lý dự án, Ban Dân tộc tỉnh, a
  // Ban of a ministry) is run by its Trưởng ban, so it signs like a Sở. An
  // issuer line alone cannot tell when a Ban works collectively, except for
  // a Ban chỉ đạo, below.
  {
    id: "ban",
    name: "Ban",
    collective: false,
    collectiveName: null,
    headTitle: "TRƯỞNG BAN",
    deputyTitle: "PHÓ TRƯỞNG BAN",
    abbreviation: null,
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["BAN"]
  },
  // A Ban chỉ đạo (steering committee) is an inter-agency body whose members
  // decide together; Điều 13 lets the head sign on behalf of such a
  // collective: TM. BAN CHỈ ĐẠO / TRƯỞNG BAN. When it uses the seal of the
  // chairing agency, the agency title also goes in ô 7b (reference §5).
  {
    id: "ban-chi-dao",
    name: "Ban chỉ đạo",
    collective: true,
    collectiveName: "BAN CHỈ ĐẠO",
    headTitle: "TRƯỞNG BAN",
    deputyTitle: "PHÓ TRƯỞNG BAN",
    abbreviation: "BCĐ",
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["BAN CHỈ ĐẠO"]
  },
  // The leading collectives of the Mặt trận, trade unions, Đoàn and the
  // Party, named `BAN …` (rule-pack-corrections b.1): PL I II.7.b puts
  // `TM.` before the name of a collective leadership, so `TM. BAN CHẤP HÀNH
  // / CHỦ TỊCH` and `TM. BAN THƯỜNG TRỰC / CHỦ TỊCH` are right (the MTTQ form
  // is [secondary]). They lead the body that issues the document, whatever
  // that body's own kind. `BAN GIÁM ĐỐC` is not one: a Sở is run by its head.
  {
    id: "ban-lanh-dao",
    name: "Ban lãnh đạo tập thể",
    collective: true,
    // The three names share the word that a `TM.` line must start with.
    collectiveName: "BAN",
    headTitle: "CHỦ TỊCH",
    deputyTitle: "PHÓ CHỦ TỊCH",
    abbreviation: null,
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["BAN THƯỜNG TRỰC", "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ"]
  },
  // Other committees. Titles vary (Ủy ban Dân tộc was headed by a "Bộ
  // trưởng, Chủ nhiệm"); CHỦ TỊCH is the usual one.
  {
    id: "uy-ban",
    name: "Ủy ban",
    collective: false,
    collectiveName: null,
    headTitle: "CHỦ TỊCH",
    deputyTitle: "PHÓ CHỦ TỊCH",
    abbreviation: null,
    levels: ["trung-uong", "tinh"],
    namePrefixes: ["ỦY BAN"]
  },
  // Advisory councils (hội đồng tư vấn, hội đồng thi đua, hội đồng thẩm định)
  // decide by vote: TM. HỘI ĐỒNG / CHỦ TỊCH.
  {
    id: "hoi-dong",
    name: "Hội đồng",
    collective: true,
    collectiveName: "HỘI ĐỒNG",
    headTitle: "CHỦ TỊCH",
    deputyTitle: "PHÓ CHỦ TỊCH",
    abbreviation: null,
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["HỘI ĐỒNG"]
  },
  {
    id: "vien",
    name: "Viện",
    collective: false,
    collectiveName: null,
    headTitle: "VIỆN TRƯỞNG",
    deputyTitle: "PHÓ VIỆN TRƯỞNG",
    abbreviation: null,
    levels: ["trung-uong", "tinh"],
    namePrefixes: ["VIỆN"]
  },
  {
    id: "truong",
    name: "Trường",
    collective: false,
    collectiveName: null,
    headTitle: "HIỆU TRƯỞNG",
    deputyTitle: "PHÓ HIỆU TRƯỞNG",
    abbreviation: null,
    levels: ["trung-uong", "tinh", "huyen", "xa"],
    namePrefixes: ["TRƯỜNG"]
  }
]

/** Issuer-line keys of every prefix, longest first, built on first use. */
const getPrefixIndex = onFirstUse((): ReadonlyArray<readonly [string, UnitKindEntry]> =>
  UNIT_KINDS.flatMap((kind) => kind.namePrefixes.map((p) => [foldKey(p), kind] as const)).sort(
    (a, b) => b[0].length - a[0].length
  )
)

/** The same keys without diacritics, in the same order, built on first use. */
// Stripped once: stripping every prefix again for each line typed without
// marks showed in profiles.
const getBareIndex = onFirstUse((): ReadonlyArray<readonly [string, UnitKindEntry]> =>
  getPrefixIndex().map(([prefix, kind]) => [stripDiacritics(prefix), kind] as const)
)

// The parser and several rules ask about the same lines: answers are
// memoised, within bounds.
const KINDS_BY_LINE = new BoundedCache<UnitKindEntry | null>({ maxKeyLength: 200 })

const startsWithWord = (text: string, prefix: string): boolean =>
  text.startsWith(prefix) && (text.length === prefix.length || !/[\p{L}\p{N}]/u.test(text[prefix.length]!))

/**
 * The kind of body an issuer line names, from the words it starts with:
 * case, tone-mark placement (`Uỷ`/`Ủy`) and spacing do not matter, and the
 * usual abbreviations (`UBND`, `HĐND`) are accepted. Given a two-line header
 * (parent line, then issuer line), the last line is read. A line typed
 * without any diacritics is matched without them. `null` when no kind fits.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { findUnitKind } from "@cchc/core"
 * findUnitKind("ỦY BAN NHÂN DÂN XÃ BA BÍCH")?.id // "ubnd"
 * findUnitKind("UBND TỈNH QUẢNG NGÃI")?.id // "ubnd"
 * findUnitKind("Sở Thông tin và Truyền thông")?.headTitle // "GIÁM ĐỐC"
 * findUnitKind("BỘ NỘI VỤ")?.deputyTitle // "THỨ TRƯỞNG"
 * findUnitKind("CÔNG TY TNHH ABC") // null
 * ```
 */
export function findUnitKind(issuerName: string): UnitKindEntry | null {
  return KINDS_BY_LINE.get(issuerName, unitKindOfLines)
}

const unitKindOfLines = (issuerName: string): UnitKindEntry | null => {
  const lines = issuerName.split(/\r?\n/).filter((l) => l.trim() !== "")
  const line = foldKey(lines[lines.length - 1] ?? "").replace(/^[*\-–\s]+/, "")
  if (line === "") return null
  for (const [prefix, kind] of getPrefixIndex()) if (startsWithWord(line, prefix)) return kind
  // A line typed without marks ("UY BAN NHAN DAN") may still name a kind.
  if (/^[\x00-\x7f]*$/.test(line)) {
    for (const [prefix, kind] of getBareIndex()) if (startsWithWord(line, prefix)) return kind
  }
  return null
}

/**
 * The registry entry with this id, or `null`.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { unitKindById } from "@cchc/core"
 * unitKindById("so")?.name // "Sở"
 * unitKindById("nope") // null
 * ```
 */
export function unitKindById(id: string): UnitKindEntry | null {
  return UNIT_KINDS.find((k) => k.id === id) ?? null
}

/**
 * Head titles of the registry, upper case (`CHỦ TỊCH`, `BỘ TRƯỞNG`,
 * `GIÁM ĐỐC`, …): the titles that follow `KT.`, `TL.`, `TUQ.` or `Q.`.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { HEAD_TITLES } from "@cchc/core"
 * HEAD_TITLES.has("GIÁM ĐỐC") // true
 * HEAD_TITLES.has("PHÓ GIÁM ĐỐC") // false
 * ```
 */
export const HEAD_TITLES: ReadonlySet<string> = new Set(UNIT_KINDS.map((k) => k.headTitle))

/**
 * Deputy titles of the registry, upper case (`PHÓ CHỦ TỊCH`, `THỨ TRƯỞNG`,
 * `PHÓ GIÁM ĐỐC`, …): a deputy's own title, printed under `KT. <head>`.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { DEPUTY_TITLES } from "@cchc/core"
 * DEPUTY_TITLES.has("THỨ TRƯỞNG") // true
 * DEPUTY_TITLES.has("BỘ TRƯỞNG") // false
 * ```
 */
export const DEPUTY_TITLES: ReadonlySet<string> = new Set(UNIT_KINDS.map((k) => k.deputyTitle))

/**
 * For each head title, the deputy titles that may sign `KT.` for it
 * (`BỘ TRƯỞNG` → `THỨ TRƯỞNG`; `GIÁM ĐỐC` → `PHÓ GIÁM ĐỐC`): lets a rule
 * catch `KT. BỘ TRƯỞNG` / `PHÓ GIÁM ĐỐC`.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { SIGNING_TITLES } from "@cchc/core"
 * SIGNING_TITLES.get("BỘ TRƯỞNG") // ["THỨ TRƯỞNG"]
 * SIGNING_TITLES.get("CHỦ TỊCH") // ["PHÓ CHỦ TỊCH"]
 * ```
 */
export const SIGNING_TITLES: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  [...HEAD_TITLES].map((head) => [
    head,
    [...new Set(UNIT_KINDS.filter((k) => k.headTitle === head).map((k) => k.deputyTitle))]
  ])
)
