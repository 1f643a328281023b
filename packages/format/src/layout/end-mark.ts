/**
 * The end mark `./.` after the last sentence of the body.
 *
 * @since 0.1.0
 */

/**
 * The end mark of every Phụ lục III template.
 *
 * @since 0.1.0
 * @category layout
 */
export const END_MARK = "./."

/**
 * Puts the end mark after the last sentence: its full stop becomes `./.`
 * (`…thi hành.` → `…thi hành./.`); a trailing `;`, `:` or `,` is replaced.
 * Idempotent.
 *
 * @since 0.1.0
 * @category layout
 * @example
 * ```ts
 * import { withEndMark } from "@cchc/format"
 * withEndMark("Trên đây là báo cáo của Ủy ban nhân dân xã.") // "Trên đây là báo cáo của Ủy ban nhân dân xã./."
 * withEndMark("Đề nghị các đơn vị thực hiện") // "Đề nghị các đơn vị thực hiện./."
 * withEndMark("Đã có dấu./.") // "Đã có dấu./."
 * ```
 */
export const withEndMark = (text: string): string => {
  const trimmed = text.trimEnd()
  if (trimmed.endsWith(END_MARK)) return trimmed
  return `${trimmed.replace(/[.;:,]+$/u, "")}${END_MARK}`
}
