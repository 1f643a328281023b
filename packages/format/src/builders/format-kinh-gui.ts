/**
 * Kính gửi (ô 9a).
 *
 * @since 0.1.0
 */
import { expectInput } from "./builder-input-error.js"
import { clean, foldKey, trimEndWhile } from "../internal/text.js"

/**
 * The Kính gửi block as printed (13–14, regular): one recipient on the
 * label's line without final punctuation, or the label then one `- …;`
 * line per recipient, the last ending with `.`.
 *
 * @since 0.1.0
 * @category recipients
 */
export interface FormattedKinhGui {
  readonly label: string
  readonly items: ReadonlyArray<string>
  readonly lines: ReadonlyArray<string>
}

/** The Kính gửi label. @since 0.1.0 @category recipients */
export const KINH_GUI_LABEL = "Kính gửi:"

/**
 * The Kính gửi block of Nghị định 30/2020, Phụ lục I, §3.9, with
 * duplicates dropped.
 *
 * @since 0.1.0
 * @category recipients
 * @example
 * ```ts
 * import { formatKinhGui } from "@cchc/format"
 * formatKinhGui(["Bộ Nội vụ"]).lines // ["Kính gửi: Bộ Nội vụ"]
 * formatKinhGui(["Sở Nội vụ", "Sở Tài chính", "Sở Nội vụ"]).lines
 * // ["Kính gửi:", "- Sở Nội vụ;", "- Sở Tài chính."]
 * ```
 */
export const formatKinhGui = (recipients: ReadonlyArray<string>): FormattedKinhGui => {
  expectInput("formatKinhGui", "recipients", recipients, ["array"])
  recipients.forEach((r, i) => expectInput("formatKinhGui", `recipients[${i}]`, r, ["string"]))
  const items: Array<string> = []
  const seen = new Set<string>()
  for (const recipient of recipients) {
    // Closing marks are trimmed by a walk from the end: an unanchored
    // `[;.,]+$` would be retried from every mark of a long run.
    const text = trimEndWhile(clean(recipient).replace(/^[-–+•]\s*/u, ""), (c) => ";.,".includes(c)).trim()
    if (text === "" || seen.has(foldKey(text))) continue
    seen.add(foldKey(text))
    items.push(text)
  }
  if (items.length === 0) throw new RangeError("Kính gửi needs at least one recipient")
  if (items.length === 1) return { label: KINH_GUI_LABEL, items, lines: [`${KINH_GUI_LABEL} ${items[0]}`] }
  const lines = items.map((item, i) => `- ${item}${i === items.length - 1 ? "." : ";"}`)
  return { label: KINH_GUI_LABEL, items, lines: [KINH_GUI_LABEL, ...lines] }
}
