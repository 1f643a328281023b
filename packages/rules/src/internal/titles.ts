/**
 * Telling titles (`GIÁM ĐỐC`, `PHÓ CHỦ TỊCH`) from body names (`SỞ NỘI VỤ`,
 * `ỦY BAN NHÂN DÂN`) in signature lines, with the unit registry of core.
 */
import {
  DEPUTY_TITLES,
  HEAD_TITLES,
  SIGNING_TITLES,
  findUnitKind,
  foldKey,
  type UnitKindEntry
} from "@cchc/core"

/** A title's key, and the prefixes a longer line starting with it has. */
interface TitleKey {
  readonly key: string
  readonly withSpace: string
  readonly withComma: string
}

// Built once: the prefixes were built again for every title of every line.
const titleKey = (title: string): TitleKey => {
  const key = foldKey(title)
  return { key, withSpace: `${key} `, withComma: `${key},` }
}
const HEADS = [...HEAD_TITLES].map(titleKey)
const DEPUTIES = [...DEPUTY_TITLES].map(titleKey)
// Title words beyond the registry: other heads and deputies met in blocks.
const TITLE_START =
  /^(phó|chủ tịch|chủ nhiệm|giám đốc|tổng giám đốc|trưởng|bộ trưởng|thứ trưởng|chánh|viện trưởng|hiệu trưởng|cục trưởng|chi cục trưởng|tổng cục trưởng|thủ tướng|bí thư|trưởng ban|trưởng phòng|kế toán trưởng|chánh văn phòng|chánh thanh tra|tổng thanh tra)(?![\p{L}])/u

const startsWithTitle = (key: string, titles: ReadonlyArray<TitleKey>): boolean =>
  titles.some((t) => key === t.key || key.startsWith(t.withSpace) || key.startsWith(t.withComma))

/** Whether a signature line names a person's title rather than a body. */
export const isTitle = (value: string): boolean => {
  const key = foldKey(value)
  return startsWithTitle(key, HEADS) || startsWithTitle(key, DEPUTIES) || TITLE_START.test(key)
}

/** Whether a title is a deputy's (`PHÓ …`, `THỨ TRƯỞNG`). */
export const isDeputyTitle = (value: string): boolean => {
  const key = foldKey(value)
  return key.startsWith("phó ") || startsWithTitle(key, DEPUTIES)
}

/** Whether two titles are the same, whatever their case or spacing. */
export const sameTitle = (a: string, b: string): boolean => foldKey(a) === foldKey(b)

/** The body a signature line names, when it names one and is not a title. */
export const bodyKind = (value: string): UnitKindEntry | null => (isTitle(value) ? null : findUnitKind(value))

/** The deputy title that signs `KT.` for a head title (`GIÁM ĐỐC` → `PHÓ GIÁM ĐỐC`). */
export const deputyFor = (head: string): string => {
  const key = foldKey(head)
  for (const [h, deputies] of SIGNING_TITLES)
    if (foldKey(h) === key && deputies[0] !== undefined) return deputies[0]
  return `PHÓ ${head.toUpperCase()}`
}

/** The head title a deputy signs for (`THỨ TRƯỞNG` → `BỘ TRƯỞNG`, `PHÓ GIÁM ĐỐC` → `GIÁM ĐỐC`). */
export const headFor = (deputy: string): string => {
  const key = foldKey(deputy)
  for (const [head, deputies] of SIGNING_TITLES) if (deputies.some((d) => foldKey(d) === key)) return head
  return deputy.replace(/^PHÓ[ ]+/iu, "").toUpperCase()
}
