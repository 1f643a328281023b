/**
 * Numbering the body's headings (Structure A and B of Nghị định 30/2020,
 * Phụ lục I, §3.6).
 *
 * @since 0.1.0
 */
import { POINT_LETTERS, toRoman, type DocumentKindEntry, type SectionStyle } from "@cchc/core"

/**
 * The letter of the `n`-th điểm: `a`, … `đ`, `e`, `g`, …; after `y` the
 * letters repeat doubled (`aa`).
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { pointLetter } from "@cchc/format"
 * pointLetter(5) // "đ"
 * pointLetter(7) // "g"
 * ```
 */
export const pointLetter = (n: number): string => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no letter for ${n}`)
  const letter = POINT_LETTERS[(n - 1) % POINT_LETTERS.length]!
  return letter.repeat(Math.floor((n - 1) / POINT_LETTERS.length) + 1)
}

/** Kinds whose body is Structure A (Điều, khoản, điểm). */
const STRUCTURE_A = new Set(["Quyết định", "Nghị quyết", "Quy chế", "Quy định"])

/**
 * The numbering styles by depth for a kind: Structure A (`Điều 1.`, `1.`,
 * `a)`, `-`, `+`) for Quyết định, Nghị quyết, Quy chế and Quy định;
 * Structure B (`I.`, `1.`, `a)`, `-`, `+`) for the others.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { ADMINISTRATIVE_KINDS } from "@cchc/core"
 * import { sectionStyles } from "@cchc/format"
 * sectionStyles(ADMINISTRATIVE_KINDS[13]!) // ["roman", "arabic", "letter", "dash", "plus"] (Báo cáo)
 * ```
 */
export const sectionStyles = (kind: DocumentKindEntry): ReadonlyArray<SectionStyle> =>
  STRUCTURE_A.has(kind.name)
    ? ["article", "arabic", "letter", "dash", "plus"]
    : ["roman", "arabic", "letter", "dash", "plus"]

/**
 * The label of the `n`-th heading (from 1) of a style.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { sectionLabel } from "@cchc/format"
 * sectionLabel("roman", 3) // "III."
 * sectionLabel("article", 2) // "Điều 2."
 * sectionLabel("letter", 5) // "đ)"
 * sectionLabel("dash", 4) // "-"
 * ```
 */
export const sectionLabel = (style: SectionStyle, n: number): string => {
  switch (style) {
    case "part":
      return `Phần ${toRoman(n)}`
    case "chapter":
      return `Chương ${toRoman(n)}`
    case "section":
      return `Mục ${n}`
    case "article":
      return `Điều ${n}.`
    case "roman":
      return `${toRoman(n)}.`
    case "arabic":
      return `${n}.`
    case "decimal":
      return `${n}.`
    case "letter":
      return `${pointLetter(n)})`
    case "dash":
      return "-"
    case "plus":
      return "+"
  }
}
