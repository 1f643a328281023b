/**
 * Issuer abbreviations used in số ký hiệu (`76/NQ-CP`, `1175/STTTT-TTBCXB`,
 * `04-NQ/TU`), with the names and phrases that stand for the same body in
 * running text (`Thủ tướng Chính phủ`, `UBND tỉnh`, `Sở TT&TT`).
 *
 * Nghị định 30/2020 leaves abbreviations to each agency head, so there is no
 * national list: these are the codes observed in practice (reference §4);
 * other agencies choose their own.
 *
 * @since 0.1.0
 */
import type { UnitLevel } from "../model/unit.js"
import { foldKey, stripDiacritics } from "../text/fold.js"
import { trimEndWhile } from "../text/trim-end.js"
import { onFirstUse } from "../internal/on-first-use.js"

/**
 * One issuer code. `names` are the body's official names; `mentions` are
 * other phrases a text uses for it (abbreviated names, the head acting for
 * it, the level added). `until` is the day the body stopped existing in the
 * 2025 reorganisation (its documents keep their number after that).
 *
 * @since 0.1.0
 * @category reference data
 */
export interface IssuerCodeEntry {
  readonly code: string
  readonly names: ReadonlyArray<string>
  readonly mentions: ReadonlyArray<string>
  readonly family: "state" | "party"
  readonly level: UnitLevel
  readonly until?: string
}

const LEVEL_WORDS = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]
const withLevels = (stem: string): ReadonlyArray<string> => LEVEL_WORDS.map((w) => `${stem} ${w}`)

// Ministries merged in the 2025 reorganisation: see departments-2025.ts.
const MERGED_2025 = "2025-03-01"

/**
 * Issuer codes and the phrases that name the same body.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { ISSUER_CODES } from "@cchc/core"
 * ISSUER_CODES.find((e) => e.code === "TTg")?.names // ["Thủ tướng Chính phủ"]
 * ```
 */
export const ISSUER_CODES: ReadonlyArray<IssuerCodeEntry> = [
  // --- central state bodies ---
  { code: "CP", names: ["Chính phủ"], mentions: [], family: "state", level: "trung-uong" },
  {
    code: "TTg",
    names: ["Thủ tướng Chính phủ"],
    mentions: ["Thủ tướng"],
    family: "state",
    level: "trung-uong"
  },
  { code: "QH", names: ["Quốc hội"], mentions: [], family: "state", level: "trung-uong" },
  {
    code: "UBTVQH",
    names: ["Ủy ban Thường vụ Quốc hội"],
    mentions: ["UBTVQH"],
    family: "state",
    level: "trung-uong"
  },
  { code: "VPCP", names: ["Văn phòng Chính phủ"], mentions: ["VPCP"], family: "state", level: "trung-uong" },
  { code: "TTCP", names: ["Thanh tra Chính phủ"], mentions: [], family: "state", level: "trung-uong" },
  {
    code: "NHNN",
    names: ["Ngân hàng Nhà nước Việt Nam"],
    mentions: ["Ngân hàng Nhà nước"],
    family: "state",
    level: "trung-uong"
  },
  { code: "BNV", names: ["Bộ Nội vụ"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BTC", names: ["Bộ Tài chính"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BTP", names: ["Bộ Tư pháp"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BYT", names: ["Bộ Y tế"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BCA", names: ["Bộ Công an"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BQP", names: ["Bộ Quốc phòng"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BNG", names: ["Bộ Ngoại giao"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BCT", names: ["Bộ Công Thương"], mentions: [], family: "state", level: "trung-uong" },
  { code: "BXD", names: ["Bộ Xây dựng"], mentions: [], family: "state", level: "trung-uong" },
  {
    code: "BGDĐT",
    names: ["Bộ Giáo dục và Đào tạo"],
    mentions: ["Bộ GD&ĐT", "Bộ GDĐT"],
    family: "state",
    level: "trung-uong"
  },
  {
    code: "BKHCN",
    names: ["Bộ Khoa học và Công nghệ"],
    mentions: ["Bộ KH&CN", "Bộ KHCN"],
    family: "state",
    level: "trung-uong"
  },
  {
    code: "BVHTTDL",
    names: ["Bộ Văn hóa, Thể thao và Du lịch"],
    mentions: ["Bộ VH-TT&DL", "Bộ VHTTDL"],
    family: "state",
    level: "trung-uong"
  },
  {
    code: "BNNPTNT",
    names: ["Bộ Nông nghiệp và Phát triển nông thôn"],
    mentions: ["Bộ NN&PTNT", "Bộ NNPTNT"],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  {
    code: "BKHĐT",
    names: ["Bộ Kế hoạch và Đầu tư"],
    mentions: ["Bộ KH&ĐT", "Bộ KHĐT"],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  {
    code: "BTTTT",
    names: ["Bộ Thông tin và Truyền thông"],
    mentions: ["Bộ TT&TT", "Bộ TTTT", "Bộ Thông tin - Truyền thông"],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  {
    code: "BLĐTBXH",
    names: ["Bộ Lao động - Thương binh và Xã hội"],
    mentions: ["Bộ LĐ-TB&XH", "Bộ LĐTBXH"],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  {
    code: "BGTVT",
    names: ["Bộ Giao thông vận tải"],
    mentions: ["Bộ GTVT"],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  {
    code: "BTNMT",
    names: ["Bộ Tài nguyên và Môi trường"],
    mentions: ["Bộ TN&MT", "Bộ TNMT"],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  {
    code: "UBDT",
    names: ["Ủy ban Dân tộc"],
    mentions: [],
    family: "state",
    level: "trung-uong",
    until: MERGED_2025
  },
  // Codes of the bodies formed in 2025 are chosen by the bodies themselves:
  // unverified (reference §4).
  {
    code: "BNNMT",
    names: ["Bộ Nông nghiệp và Môi trường"],
    mentions: ["Bộ NN&MT"],
    family: "state",
    level: "trung-uong"
  },
  { code: "BDTTG", names: ["Bộ Dân tộc và Tôn giáo"], mentions: [], family: "state", level: "trung-uong" },

  // --- local state bodies ---
  // The Chủ tịch's own decisions carry the body's code (…/QĐ-UBND).
  {
    code: "HĐND",
    names: ["Hội đồng nhân dân"],
    mentions: [
      "HĐND",
      ...withLevels("HĐND"),
      ...withLevels("Hội đồng nhân dân"),
      "Thường trực HĐND",
      "Thường trực Hội đồng nhân dân",
      "Chủ tịch HĐND",
      "Chủ tịch Hội đồng nhân dân"
    ],
    family: "state",
    level: "tinh"
  },
  {
    code: "UBND",
    names: ["Ủy ban nhân dân"],
    mentions: [
      "UBND",
      ...withLevels("UBND"),
      ...withLevels("Ủy ban nhân dân"),
      "Chủ tịch UBND",
      "Chủ tịch Ủy ban nhân dân"
    ],
    family: "state",
    level: "tinh"
  },
  // Provincial departments: SNV and STP are in the reference; the others are
  // the forms seen in documents.
  { code: "SNV", names: ["Sở Nội vụ"], mentions: [], family: "state", level: "tinh" },
  { code: "STP", names: ["Sở Tư pháp"], mentions: [], family: "state", level: "tinh" },
  { code: "STC", names: ["Sở Tài chính"], mentions: [], family: "state", level: "tinh" },
  { code: "SYT", names: ["Sở Y tế"], mentions: [], family: "state", level: "tinh" },
  { code: "SXD", names: ["Sở Xây dựng"], mentions: [], family: "state", level: "tinh" },
  { code: "SCT", names: ["Sở Công Thương"], mentions: [], family: "state", level: "tinh" },
  { code: "SNgV", names: ["Sở Ngoại vụ"], mentions: [], family: "state", level: "tinh" },
  {
    code: "SGDĐT",
    names: ["Sở Giáo dục và Đào tạo"],
    mentions: ["Sở GD&ĐT", "Sở GDĐT"],
    family: "state",
    level: "tinh"
  },
  {
    code: "SKHCN",
    names: ["Sở Khoa học và Công nghệ"],
    mentions: ["Sở KH&CN", "Sở KHCN"],
    family: "state",
    level: "tinh"
  },
  {
    code: "SVHTTDL",
    names: ["Sở Văn hóa, Thể thao và Du lịch"],
    mentions: ["Sở VH-TT&DL", "Sở VHTTDL"],
    family: "state",
    level: "tinh"
  },
  {
    code: "STTTT",
    names: ["Sở Thông tin và Truyền thông"],
    mentions: ["Sở TT&TT", "Sở TTTT", "Sở Thông tin - Truyền thông"],
    family: "state",
    level: "tinh",
    until: MERGED_2025
  },
  {
    code: "SKHĐT",
    names: ["Sở Kế hoạch và Đầu tư"],
    mentions: ["Sở KH&ĐT", "Sở KHĐT"],
    family: "state",
    level: "tinh",
    until: MERGED_2025
  },
  {
    code: "SGTVT",
    names: ["Sở Giao thông vận tải"],
    mentions: ["Sở GTVT"],
    family: "state",
    level: "tinh",
    until: MERGED_2025
  },
  {
    code: "STNMT",
    names: ["Sở Tài nguyên và Môi trường"],
    mentions: ["Sở TN&MT", "Sở TNMT"],
    family: "state",
    level: "tinh",
    until: MERGED_2025
  },
  {
    code: "SNNPTNT",
    names: ["Sở Nông nghiệp và Phát triển nông thôn"],
    mentions: ["Sở NN&PTNT", "Sở NNPTNT"],
    family: "state",
    level: "tinh",
    until: MERGED_2025
  },
  {
    code: "SLĐTBXH",
    names: ["Sở Lao động - Thương binh và Xã hội"],
    mentions: ["Sở LĐ-TB&XH", "Sở LĐTBXH"],
    family: "state",
    level: "tinh",
    until: MERGED_2025
  },
  // Code of the 2025 department chosen by each province: unverified.
  {
    code: "SNNMT",
    names: ["Sở Nông nghiệp và Môi trường"],
    mentions: ["Sở NN&MT"],
    family: "state",
    level: "tinh"
  },

  // --- party bodies (Hướng dẫn 36-HD/VPTW numbering: `04-NQ/TU`) ---
  // Documents of the Bộ Chính trị and the Ban Bí thư are numbered …/TW too.
  {
    code: "TW",
    names: ["Ban Chấp hành Trung ương Đảng"],
    mentions: ["Ban Chấp hành Trung ương", "Hội nghị Trung ương", "Trung ương", "Bộ Chính trị", "Ban Bí thư"],
    family: "party",
    level: "trung-uong"
  },
  {
    code: "VPTW",
    names: ["Văn phòng Trung ương Đảng"],
    mentions: ["Văn phòng Trung ương"],
    family: "party",
    level: "trung-uong"
  },
  // Thành ủy of a centrally-run city also numbers …/TU (observed).
  {
    code: "TU",
    names: ["Tỉnh ủy"],
    mentions: [
      "Hội nghị Tỉnh ủy",
      "Ban Thường vụ Tỉnh ủy",
      "Thường trực Tỉnh ủy",
      "Ban Chấp hành Đảng bộ tỉnh",
      "Thành ủy"
    ],
    family: "party",
    level: "tinh"
  },
  {
    code: "BTGTU",
    names: ["Ban Tuyên giáo Tỉnh ủy"],
    mentions: [],
    family: "party",
    level: "tinh",
    // Merged into the Ban Tuyên giáo và Dân vận Tỉnh ủy in 2025 [secondary:
    // rule-pack corrections f.4]; the day differs between provinces, and
    // 01/7/2025 is the first day certain for all (as in departments-2025.ts).
    until: "2025-07-01"
  },
  // Observed in documents of district party committees: unverified as a rule.
  {
    code: "HU",
    names: ["Huyện ủy"],
    mentions: ["Ban Thường vụ Huyện ủy", "Hội nghị Huyện ủy"],
    family: "party",
    level: "huyen",
    // The district-level Party committees ended with the district level
    // (Luật 72/2025/QH15; Nghị quyết 60-NQ/TW; rule-pack corrections f.4).
    until: "2025-07-01"
  },
  {
    code: "ĐU",
    names: ["Đảng ủy"],
    mentions: ["Ban Thường vụ Đảng ủy", "Ban Chấp hành Đảng bộ"],
    family: "party",
    level: "xa"
  }
]

/** Code comparison key: `SNgV`, `SNGV` and `sngv` are one code; so are `HĐND` and `HDND`. */
const codeKey = (code: string): string => stripDiacritics(code.normalize("NFC").trim()).toUpperCase()

const byCode = onFirstUse(
  (): ReadonlyMap<string, IssuerCodeEntry> => new Map(ISSUER_CODES.map((e) => [codeKey(e.code), e]))
)

const lookup = (code: string): IssuerCodeEntry | undefined => byCode().get(codeKey(code))

/**
 * Every phrase a text may use for the body behind a code: its names, the
 * other phrases of the table and the code itself. Empty for an unknown code.
 * Meant for checking that a report is addressed to the body that asked for
 * it; phrases are stems (`UBND` also matches `UBND tỉnh Quảng Ngãi`).
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { bodyMentions } from "@cchc/core"
 * bodyMentions("STTTT") // ["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT", "Sở Thông tin - Truyền thông", "STTTT"]
 * bodyMentions("XYZ") // []
 * ```
 */
export function bodyMentions(code: string): ReadonlyArray<string> {
  const entry = lookup(code)
  if (!entry) return []
  return [...new Set([...entry.names, ...entry.mentions, entry.code])]
}

const startsWithWord = (text: string, prefix: string): boolean =>
  prefix !== "" &&
  text.startsWith(prefix) &&
  (text.length === prefix.length || !/[\p{L}\p{N}]/u.test(text[prefix.length]!))

// A head acts for the body (`Chủ tịch UBND tỉnh` issues …/QĐ-UBND), so the
// title is dropped before matching. Not `Thủ tướng`: it is a body of its own.
const ACTING_HEADS = ["chủ tịch", "bộ trưởng", "giám đốc", "chánh văn phòng", "trưởng ban", "chánh thanh tra"]

/**
 * Whether a phrase naming an issuer (as in `… của UBND tỉnh`) fits the issuer
 * code of a number: `true` or `false`, or `null` when the code is unknown and
 * nothing can be said. Case, tone-mark placement and a leading `của` do not
 * matter; a head's title before the body (`Chủ tịch UBND tỉnh`) is accepted.
 *
 * @since 0.1.0
 * @category reference data
 * @example
 * ```ts
 * import { issuerMatchesCode } from "@cchc/core"
 * issuerMatchesCode("TTg", "Thủ tướng Chính phủ") // true
 * issuerMatchesCode("CP", "Thủ tướng Chính phủ") // false
 * issuerMatchesCode("UBND", "Chủ tịch UBND tỉnh Quảng Ngãi") // true
 * issuerMatchesCode("STTTT", "Sở TT&TT") // true
 * issuerMatchesCode("TU", "Hội nghị Tỉnh uỷ lần thứ 5") // true
 * issuerMatchesCode("ABCD", "Sở Nội vụ") // null
 * ```
 */
export function issuerMatchesCode(code: string, issuerPhrase: string): boolean | null {
  const entry = lookup(code)
  if (!entry) return null
  const phrases = bodyMentions(entry.code).map(foldKey)
  // Trailing punctuation is trimmed by a walk from the end: an unanchored
  // `[\s.,;:]+$` would be retried from every mark of a long run.
  let key = trimEndWhile(foldKey(issuerPhrase).replace(/^của\s+/, ""), (c) => /[\s.,;:]/.test(c))
  if (phrases.some((p) => startsWithWord(key, p))) return true
  const head = ACTING_HEADS.find((h) => startsWithWord(key, h))
  if (head === undefined) return false
  key = key.slice(head.length).trim()
  return phrases.some((p) => startsWithWord(key, p))
}
