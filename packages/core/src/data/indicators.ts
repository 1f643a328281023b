/**
 * The standard indicators of CCHC (cải cách hành chính) plans and reports:
 * dossier counts, online services, communication outputs and the national
 * indexes (reference §10). A figure in a report (`35 tấm băng rôn`,
 * `18 hồ sơ … đúng thời hạn`) is tied to one of them by its unit and the
 * words around it.
 *
 * @since 0.1.0
 */
import { foldKey } from "../text/fold.js"
import type { CchcAreaId } from "./cchc-areas.js"

/**
 * One indicator. `units` are the measure words a figure of it is counted in
 * (`hồ sơ`, `%`, `tin`, `băng rôn`); `cues` are words of the clause that
 * point to it (`trễ hạn`, `trực tuyến`). `area` is the Nghị quyết 76/NQ-CP
 * area it measures (`CCHC_AREAS`), or `null` for communication outputs
 * (part of the chỉ đạo, điều hành of CCHC, not of one area) and for the
 * indexes that measure all areas.
 *
 * @since 0.1.0
 * @category reference data
 */
export interface IndicatorEntry {
  readonly id: string
  readonly name: string
  readonly englishName: string
  readonly area: CchcAreaId | null
  readonly units: ReadonlyArray<string>
  readonly cues: ReadonlyArray<string>
}

/**
 * The catalog, most specific first: when two indicators fit a figure
 * equally, the earlier wins (`trễ hạn` before `tiếp nhận`).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { INDICATORS } from "@cchc/core"
 * INDICATORS.find((i) => i.id === "banners")?.name // "Băng rôn, pa-nô, áp phích, khẩu hiệu"
 * ```
 */
export const INDICATORS: ReadonlyArray<IndicatorEntry> = [
  {
    id: "dossiers-late",
    name: "Hồ sơ giải quyết trễ hạn",
    englishName: "Dossiers settled late",
    area: "administrative-procedures",
    units: ["hồ sơ"],
    cues: ["trễ hạn", "quá hạn", "trễ hẹn", "quá hẹn", "chậm trễ", "chậm giải quyết", "quá thời hạn"]
  },
  {
    id: "dossiers-on-time",
    name: "Hồ sơ giải quyết đúng hạn, trước hạn",
    englishName: "Dossiers settled on time or early",
    area: "administrative-procedures",
    units: ["hồ sơ"],
    cues: [
      "đúng hạn",
      "trước hạn",
      "đúng thời hạn",
      "trước thời hạn",
      "đúng hẹn",
      "trước hẹn",
      "sớm hẹn",
      "sớm hạn"
    ]
  },
  {
    id: "dossiers-received",
    name: "Hồ sơ tiếp nhận",
    englishName: "Dossiers received",
    area: "administrative-procedures",
    units: ["hồ sơ"],
    cues: ["tiếp nhận", "nhận mới", "đã nhận", "kỳ trước chuyển sang"]
  },
  {
    id: "on-time-share",
    name: "Tỷ lệ hồ sơ giải quyết đúng hạn",
    englishName: "Share of dossiers settled on time",
    area: "administrative-procedures",
    units: ["%"],
    cues: ["đúng hạn", "trước hạn", "đúng thời hạn", "trước thời hạn", "đúng hẹn", "trước hẹn", "sớm hẹn"]
  },
  {
    id: "online-share",
    name: "Tỷ lệ hồ sơ trực tuyến",
    englishName: "Share of dossiers filed online",
    area: "digital-government",
    units: ["%"],
    cues: [
      "hồ sơ trực tuyến",
      "nộp trực tuyến",
      "tiếp nhận trực tuyến",
      "giải quyết trực tuyến",
      "xử lý trực tuyến",
      "thanh toán trực tuyến"
    ]
  },
  {
    id: "online-public-services",
    name: "Dịch vụ công trực tuyến",
    englishName: "Online public services",
    area: "digital-government",
    units: [
      "dịch vụ công trực tuyến",
      "dịch vụ công",
      "DVCTT",
      "dịch vụ",
      "thủ tục",
      "thủ tục hành chính",
      "TTHC"
    ],
    cues: ["dịch vụ công trực tuyến", "DVCTT", "trực tuyến", "toàn trình", "một phần", "mức độ 3", "mức độ 4"]
  },
  {
    id: "news-items",
    name: "Tin, bài",
    englishName: "News items and articles",
    area: null,
    units: ["tin", "bài", "tin bài", "tin, bài", "bài viết", "phóng sự", "lượt", "lượt tin", "tin, bài, ảnh"],
    cues: [
      "tin",
      "bài",
      "tin bài",
      "bài viết",
      "phóng sự",
      "đăng tải",
      "đăng",
      "cổng thông tin",
      "trang thông tin"
    ]
  },
  {
    id: "banners",
    name: "Băng rôn, pa-nô, áp phích, khẩu hiệu",
    englishName: "Banners, billboards, posters and slogans",
    area: null,
    units: [
      "băng rôn",
      "băng-rôn",
      "băng giôn",
      "pa-nô",
      "pano",
      "panô",
      "áp phích",
      "khẩu hiệu",
      "phướn",
      "cờ phướn",
      "cụm",
      "tấm",
      "cái",
      "m²",
      "m2"
    ],
    cues: [
      "băng rôn",
      "băng-rôn",
      "pa-nô",
      "pano",
      "panô",
      "áp phích",
      "khẩu hiệu",
      "phướn",
      "trực quan",
      "cổ động"
    ]
  },
  {
    id: "leaflets",
    name: "Tờ gấp, tờ rơi",
    englishName: "Leaflets and flyers",
    area: null,
    units: ["tờ gấp", "tờ rơi", "tờ", "cuốn", "bản", "ấn phẩm", "tài liệu", "sổ tay"],
    cues: ["tờ gấp", "tờ rơi", "ấn phẩm", "tài liệu", "sổ tay", "cấp phát", "phát hành"]
  },
  {
    id: "conferences",
    name: "Hội nghị, tập huấn",
    englishName: "Meetings and training sessions",
    area: null,
    units: ["hội nghị", "lớp", "lớp tập huấn", "buổi", "cuộc", "đợt", "hội thảo", "tọa đàm"],
    cues: ["hội nghị", "tập huấn", "bồi dưỡng", "hội thảo", "tọa đàm", "lớp"]
  },
  {
    id: "participants",
    name: "Lượt người tham dự",
    englishName: "Participants",
    area: null,
    units: ["lượt người", "người", "lượt", "đại biểu", "học viên", "cán bộ", "công chức"],
    cues: ["tham dự", "tham gia", "lượt người", "đại biểu", "học viên", "dự thi"]
  },
  {
    id: "contests",
    name: "Cuộc thi",
    englishName: "Contests",
    area: null,
    units: ["cuộc thi", "hội thi", "bài dự thi", "bài thi"],
    cues: ["cuộc thi", "hội thi", "dự thi", "tìm hiểu"]
  },
  {
    id: "broadcasts",
    name: "Chương trình, chuyên mục phát thanh, truyền hình",
    englishName: "Radio and television programmes",
    area: null,
    units: ["chương trình", "chuyên mục", "buổi phát", "lần", "phút", "tiếng", "giờ", "số", "lượt phát"],
    cues: ["phát thanh", "truyền thanh", "truyền hình", "chuyên mục", "phát sóng", "tiếp sóng", "loa"]
  },
  {
    id: "par-index",
    name: "Chỉ số cải cách hành chính (PAR INDEX)",
    englishName: "Public administration reform index (PAR INDEX)",
    area: null,
    units: ["%", "điểm"],
    cues: ["par index", "chỉ số cải cách hành chính", "chỉ số cchc", "chỉ số par"]
  },
  {
    id: "sipas",
    name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
    englishName: "Satisfaction index of public administration services (SIPAS)",
    area: null,
    units: ["%", "điểm"],
    cues: ["sipas", "chỉ số hài lòng", "mức độ hài lòng", "sự hài lòng"]
  }
]

/**
 * The Nghị quyết 76/NQ-CP area an indicator measures, or `null` (an
 * unknown id, a communication output, or an index of all areas).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { indicatorArea } from "@cchc/core"
 * indicatorArea("dossiers-late") // "administrative-procedures"
 * indicatorArea("online-share") // "digital-government"
 * indicatorArea("banners") // null
 * ```
 */
export function indicatorArea(id: string): CchcAreaId | null {
  return INDICATORS.find((i) => i.id === id)?.area ?? null
}

/**
 * Units that count many kinds of things (`%`, `lượt`, `tấm`, `người`) and so
 * never decide an indicator alone: a cue in the clause must agree.
 */
const GENERIC_UNITS: ReadonlySet<string> = new Set(
  [
    "%",
    "lượt",
    "tấm",
    "cái",
    "cụm",
    "bản",
    "tờ",
    "cuốn",
    "buổi",
    "cuộc",
    "đợt",
    "lần",
    "phút",
    "tiếng",
    "giờ",
    "số",
    "người",
    "điểm",
    "m²",
    "m2",
    "tài liệu",
    "cán bộ",
    "công chức",
    "thủ tục",
    "thủ tục hành chính",
    "tthc",
    "dịch vụ"
  ].map(foldKey)
)

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

const containsWord = (haystack: string, needle: string): boolean => {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true
  }
  return false
}

/**
 * The indicator a figure measures, from its unit (`hồ sơ`, `%`, `tấm`) and
 * the clause around it, or `null`. A unit that belongs to one indicator only
 * (`băng rôn`, `tin`) decides alone; a shared or generic one (`hồ sơ`, `%`,
 * `lượt`) needs a cue in the clause, and the indicator with most cues wins.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { classifyIndicator } from "@cchc/core"
 * classifyIndicator("băng rôn", "treo 2 băng rôn") // "banners"
 * classifyIndicator("tấm", "35 tấm băng rôn, 70 tấm phướn") // "banners"
 * classifyIndicator("hồ sơ", "11 hồ sơ trả kết quả trước thời hạn") // "dossiers-on-time"
 * classifyIndicator("%", "tỷ lệ hồ sơ nộp trực tuyến đạt 45%") // "online-share"
 * classifyIndicator("%", "100% thủ tục hành chính được công khai") // null
 * ```
 */
export function classifyIndicator(unit: string, context: string): string | null {
  const candidates = INDICATORS_BY_UNIT.get(foldKey(unit))
  if (candidates === undefined) return null
  if (candidates.length === 1 && !GENERIC_UNITS.has(foldKey(unit))) return candidates[0]!.entry.id
  const contextKey = foldKey(context)
  let best: IndicatorEntry | null = null
  let bestScore = 0
  for (const { entry, cueKeys } of candidates) {
    let score = 0
    for (const cue of cueKeys) if (containsWord(contextKey, cue)) score++
    if (score > bestScore) {
      best = entry
      bestScore = score
    }
  }
  return best?.id ?? null
}

// The catalog folded once, by unit: the parser classifies every figure of
// every document, and folding the catalog on each call was a sixth of the
// time of `lint` in profiles.
const INDICATORS_BY_UNIT: ReadonlyMap<
  string,
  ReadonlyArray<{ readonly entry: IndicatorEntry; readonly cueKeys: ReadonlyArray<string> }>
> = (() => {
  const byUnit = new Map<string, Array<{ entry: IndicatorEntry; cueKeys: ReadonlyArray<string> }>>()
  for (const entry of INDICATORS) {
    const folded = { entry, cueKeys: entry.cues.map(foldKey) }
    for (const unitKey of new Set(entry.units.map(foldKey))) {
      const list = byUnit.get(unitKey) ?? []
      list.push(folded)
      byUnit.set(unitKey, list)
    }
  }
  return byUnit
})()
