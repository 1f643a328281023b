/**
 * Telling a body's name from a person's title in a signature block.
 *
 * @since 0.1.0
 */
import { DEPUTY_TITLES, HEAD_TITLES as REGISTRY_HEAD_TITLES } from "@cchc/core"
import { upper } from "../internal/text.js"

/**
 * What an authority line or title names: a collective or agency (`body`),
 * a head's title (`head`), a deputy's title (`deputy`), another office
 * (`member`, e.g. `ỦY VIÊN`), or `unknown`.
 *
 * @since 0.1.0
 * @category signature
 */
export type SigningTarget = "body" | "head" | "deputy" | "member" | "unknown"

const END = String.raw`(?=[ ,]|$)`
const HEAD_TITLES = [
  "CHỦ TỊCH",
  "GIÁM ĐỐC",
  "TỔNG GIÁM ĐỐC",
  "THỦ TƯỚNG",
  "CHÁNH VĂN PHÒNG",
  "CHÁNH THANH TRA",
  "CHÁNH ÁN",
  "CHÁNH",
  "CHỦ NHIỆM",
  "BÍ THƯ",
  "TỔNG THƯ KÝ",
  "THƯ KÝ",
  "CHỦ TỌA",
  "ĐẠI SỨ",
  "THỦ TRƯỞNG",
  "TỔNG KIỂM TOÁN",
  "KẾ TOÁN TRƯỞNG"
]
const HEAD = new RegExp(String.raw`^(?:${HEAD_TITLES.join("|")})${END}`, "u")
// `TRƯỞNG` as the first word (`TRƯỞNG BAN`) or after one or two words
// (`BỘ TRƯỞNG`, `HIỆU TRƯỞNG`, `TỔNG CỤC TRƯỞNG`).
const CHIEF = new RegExp(String.raw`^(?:TRƯỞNG|(?:\p{L}+ ){1,2}TRƯỞNG)${END}`, "u")
const DEPUTY = new RegExp(String.raw`^(?:PHÓ|THỨ TRƯỞNG)${END}`, "u")
const MEMBER = new RegExp(String.raw`^(?:ỦY VIÊN|THÀNH VIÊN)${END}`, "u")
const BODIES = [
  "ỦY BAN",
  "UBND",
  "UBMTTQ",
  "HỘI ĐỒNG",
  "HĐND",
  "CHÍNH PHỦ",
  "QUỐC HỘI",
  "BAN",
  "BỘ",
  "SỞ",
  "CỤC",
  "CHI CỤC",
  "TỔNG CỤC",
  "VỤ",
  "VĂN PHÒNG",
  "THANH TRA",
  "TỔ",
  "ĐOÀN",
  "HỘI",
  "TRƯỜNG",
  "VIỆN",
  "TRUNG TÂM",
  "PHÒNG",
  "THƯỜNG TRỰC",
  "ĐẢNG ỦY",
  "ĐẢNG ĐOÀN",
  "CÔNG AN",
  "BỘ CHỈ HUY",
  "TÒA ÁN",
  "KIỂM TOÁN NHÀ NƯỚC",
  "LIÊN ĐOÀN",
  "MẶT TRẬN",
  "TỔNG CÔNG TY",
  "CÔNG TY",
  "BỆNH VIỆN",
  "ĐÀI",
  "BÁO"
]
const BODY = new RegExp(String.raw`^(?:${BODIES.join("|")})${END}`, "u")

/**
 * Classifies the text of an authority line or title, by the titles of the
 * unit registry of `@cchc/core` and by the words titles and bodies start
 * with.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import { classifySigningTarget } from "@cchc/format"
 * classifySigningTarget("ỦY BAN NHÂN DÂN") // "body"
 * classifySigningTarget("Chủ tịch") // "head"
 * classifySigningTarget("BỘ TRƯỞNG") // "head"
 * classifySigningTarget("PHÓ GIÁM ĐỐC") // "deputy"
 * classifySigningTarget("THỨ TRƯỞNG") // "deputy"
 * ```
 */
export const classifySigningTarget = (text: string): SigningTarget => {
  const t = upper(text)
  if (DEPUTY_TITLES.has(t)) return "deputy"
  if (REGISTRY_HEAD_TITLES.has(t)) return "head"
  if (DEPUTY.test(t)) return "deputy"
  if (MEMBER.test(t)) return "member"
  if (HEAD.test(t) || CHIEF.test(t)) return "head"
  if (BODY.test(t)) return "body"
  return "unknown"
}

/**
 * `true` when `deputy` can be the deputy of `head`: `PHÓ GIÁM ĐỐC` of
 * `GIÁM ĐỐC`, `THỨ TRƯỞNG` of `BỘ TRƯỞNG`, `PHÓ CHỦ NHIỆM` of `BỘ TRƯỞNG,
 * CHỦ NHIỆM`. Titles that say nothing either way are accepted.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import { isDeputyOf } from "@cchc/format"
 * isDeputyOf("PHÓ CHỦ TỊCH", "CHỦ TỊCH") // true
 * isDeputyOf("PHÓ GIÁM ĐỐC", "CHỦ TỊCH") // false
 * ```
 */
export const isDeputyOf = (deputy: string, head: string): boolean => {
  const d = upper(deputy)
  const heads = upper(head)
    .split(",")
    .map((h) => h.trim())
  if (d.startsWith("THỨ TRƯỞNG")) return heads.includes("BỘ TRƯỞNG")
  if (!d.startsWith("PHÓ ")) return true
  const office = d.slice(4)
  return heads.some((h) => office === h || office.startsWith(`${h} `))
}
