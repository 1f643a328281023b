/**
 * The end mark `./.` after the last sentence of the body.
 *
 * @since 0.1.0
 */
import { trimEndWhile } from "../internal/text.js"

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
  // The closing marks are trimmed by a walk from the end: an unanchored
  // `[.;:,]+$` would be retried from every mark of a long run.
  return `${trimEndWhile(trimmed, (c) => ".;:,".includes(c))}${END_MARK}`
}
