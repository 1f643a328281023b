/**
 * Nơi nhận (ô 9b).
 *
 * @since 0.1.0
 */
import { expectInput } from "./builder-input-error.js"
import { clean, foldKey, trimEndWhile } from "../internal/text.js"

/**
 * One recipient: `{ text: "UBND tỉnh", purpose: "để b/c" }`.
 *
 * @since 0.1.0
 * @category recipients
 */
export interface RecipientInput {
  readonly text: string
  readonly purpose?: string | null | undefined
}

/**
 * The archive line: `{ units: ["VT", "TH"], copies: 2 }` is `- Lưu: VT, TH (2).`
 *
 * @since 0.1.0
 * @category recipients
 */
export interface ArchiveInput {
  readonly units: ReadonlyArray<string>
  readonly copies?: number | null | undefined
}

/**
 * What {@link formatRecipients} takes. `kinhGui` says the document has a
 * Kính gửi block, so `Như trên` comes first.
 *
 * @since 0.1.0
 * @category recipients
 */
export interface RecipientsInput {
  readonly items: ReadonlyArray<RecipientInput>
  readonly archive: ArchiveInput
  readonly kinhGui?: boolean
}

/**
 * The Nơi nhận block as printed: the label (12, bold italic) and the lines
 * (11, regular), the archive line last.
 *
 * @since 0.1.0
 * @category recipients
 */
export interface FormattedRecipients {
  readonly label: string
  readonly lines: ReadonlyArray<string>
}

/** The Nơi nhận label. @since 0.1.0 @category recipients */
export const RECIPIENTS_LABEL = "Nơi nhận:"

/**
 * A purpose note in parentheses: `để b/c` → `(để b/c)`.
 *
 * @since 0.1.0
 * @category recipients
 * @example
 * ```ts
 * import { formatPurpose } from "@cchc/format"
 * formatPurpose("để b/c") // "(để b/c)"
 * formatPurpose("(để thực hiện)") // "(để thực hiện)"
 * ```
 */
export const formatPurpose = (purpose: string): string => {
  const inner = clean(purpose)
    .replace(/^\((.*)\)$/u, "$1")
    .trim()
  return `(${inner})`
}

/**
 * The recipient without a bullet or final punctuation, trimmed by a walk
 * from the end: an unanchored `[;.,]+$` would be retried from every mark of
 * a long run.
 */
const itemText = (text: string): string =>
  trimEndWhile(clean(text).replace(/^[-–+•]\s*/u, ""), (c) => ";.,".includes(c)).trim()

const AS_ABOVE = /^như (?:trên|điều \d+)$/u

/**
 * The archive line: `VT` (Văn thư) first, then the drafting unit, the
 * number of copies in parentheses, a full stop.
 *
 * @since 0.1.0
 * @category recipients
 * @example
 * ```ts
 * import { formatArchiveLine } from "@cchc/format"
 * formatArchiveLine({ units: ["TH"], copies: 2 }) // "- Lưu: VT, TH (2)."
 * formatArchiveLine({ units: ["VT", "VP"] }) // "- Lưu: VT, VP."
 * ```
 */
export const formatArchiveLine = (archive: ArchiveInput): string => {
  const units = archive.units.map(clean).filter((u) => u !== "")
  const others = units.filter((u) => u.toUpperCase() !== "VT")
  const unique = others.filter((u, i) => others.findIndex((o) => foldKey(o) === foldKey(u)) === i)
  const copies = archive.copies == null ? "" : ` (${archive.copies})`
  if (archive.copies != null && (!Number.isInteger(archive.copies) || archive.copies < 1)) {
    throw new RangeError(`copies ${archive.copies} is not a positive integer`)
  }
  return `- Lưu: ${["VT", ...unique].join(", ")}${copies}.`
}

/**
 * The Nơi nhận block of Nghị định 30/2020, Phụ lục I, §3.9: label
 * `Nơi nhận:`, one `- …;` line per recipient with its purpose note,
 * `- Như trên;` first when the document has a Kính gửi block, no
 * duplicates, and the archive line `- Lưu: VT, … .` last.
 *
 * @since 0.1.0
 * @category recipients
 * @example
 * ```ts
 * import { formatRecipients } from "@cchc/format"
 * formatRecipients({
 *   items: [{ text: "UBND tỉnh", purpose: "để b/c" }, { text: "Các phòng, ban", purpose: "để thực hiện" }],
 *   archive: { units: ["TH"], copies: 2 },
 *   kinhGui: true
 * })
 * // { label: "Nơi nhận:", lines: ["- Như trên;", "- UBND tỉnh (để b/c);", "- Các phòng, ban (để thực hiện);", "- Lưu: VT, TH (2)."] }
 * ```
 */
export const formatRecipients = (input: RecipientsInput): FormattedRecipients => {
  expectInput("formatRecipients", "input", input, ["object"])
  expectInput("formatRecipients", "input.items", input.items, ["array"])
  input.items.forEach((item, i) => {
    expectInput("formatRecipients", `input.items[${i}]`, item, ["object"])
    expectInput("formatRecipients", `input.items[${i}].text`, item.text, ["string"])
  })
  expectInput("formatRecipients", "input.archive", input.archive, ["object"])
  expectInput("formatRecipients", "input.archive.units", input.archive.units, ["array"])
  const seen = new Set<string>()
  const first: Array<string> = []
  const rest: Array<string> = []
  if (input.kinhGui === true) {
    first.push("- Như trên;")
    seen.add(foldKey("Như trên"))
  }
  for (const item of input.items) {
    const text = itemText(item.text)
    if (text === "") continue
    const key = foldKey(text)
    if (seen.has(key) || key.startsWith("lưu:") || key === "lưu") continue
    seen.add(key)
    const purpose =
      item.purpose == null || clean(item.purpose) === "" ? "" : ` ${formatPurpose(item.purpose)}`
    const printed = `- ${text}${purpose};`
    if (AS_ABOVE.test(key)) first.push(printed)
    else rest.push(printed)
  }
  return { label: RECIPIENTS_LABEL, lines: [...first, ...rest, formatArchiveLine(input.archive)] }
}
