/**
 * The page numbers a PDF prints at the top or foot of a page: they belong
 * to the page, not to the text of the document.
 *
 * @since 0.1.0
 */

const isDigit = (c: string): boolean => c >= "0" && c <= "9"

/**
 * Whether `text` is the number of page `page` as printed on it: `2`,
 * `- 2 -`, `– 2 –`, `Trang 2`, `2/5`.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { isRunningPageNumber } from "@cchc/pdf"
 * isRunningPageNumber("- 2 -", 2) // true
 * isRunningPageNumber("2026", 2) // false
 * ```
 */
export const isRunningPageNumber = (text: string, page: number): boolean => {
  let rest = text.trim()
  if (rest.startsWith("Trang ")) rest = rest.slice(6)
  const slash = rest.indexOf("/")
  if (slash !== -1) {
    const total = rest.slice(slash + 1).trim()
    if (total === "" || ![...total].every(isDigit)) return false
    rest = rest.slice(0, slash)
  }
  rest = rest.trim()
  for (const dash of ["-", "–"]) {
    if (rest.startsWith(dash) && rest.endsWith(dash) && rest.length > 2) rest = rest.slice(1, -1).trim()
  }
  return rest !== "" && rest.length <= 4 && [...rest].every(isDigit) && Number(rest) === page
}
