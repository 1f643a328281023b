/**
 * Breaking a long issuer name where a person would: before the level word
 * (`ỦY BAN NHÂN DÂN` / `XÃ BA BÍCH`).
 *
 * @since 0.1.0
 */
import { estimateTextWidthPt } from "./text-width.js"

const LEVEL = /\s(?=(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)(?:\s|$))/gu

/**
 * The issuer's name as lines that fit `widthPt` at `sizePt` (bold): broken
 * before the last level word that makes the first line fit, or left whole
 * for the word processor to wrap.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { issuerNameLines } from "@cchc/format"
 * issuerNameLines("ỦY BAN NHÂN DÂN XÃ BA BÍCH", 180, 13) // ["ỦY BAN NHÂN DÂN", "XÃ BA BÍCH"]
 * issuerNameLines("SỞ NỘI VỤ", 180, 13) // ["SỞ NỘI VỤ"]
 * ```
 */
export const issuerNameLines = (name: string, widthPt: number, sizePt: number): ReadonlyArray<string> => {
  if (estimateTextWidthPt(name, sizePt, true) <= widthPt) return [name]
  const breaks = [...name.matchAll(LEVEL)].map((m) => m.index)
  for (const at of breaks.reverse()) {
    const first = name.slice(0, at)
    const rest = name.slice(at + 1)
    if (estimateTextWidthPt(first, sizePt, true) <= widthPt)
      return [first, ...issuerNameLines(rest, widthPt, sizePt)]
  }
  return [name]
}
