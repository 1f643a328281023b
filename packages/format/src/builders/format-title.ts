/**
 * Tên loại và trích yếu (ô 5a), or `V/v …` of a công văn (ô 5b).
 *
 * @since 0.1.0
 */
import { expectInput } from "./builder-input-error.js"
import { type DocumentKindEntry, resolveSpecKind } from "@cchc/core"
import { capitaliseFirst, clean, trimEndWhile, upper } from "../internal/text.js"

/**
 * The title as printed: `heading` (type name in upper case, trích yếu
 * below it) or `vv` (a công văn: no type name, `V/v …` under the number).
 *
 * @since 0.1.0
 * @category builders
 */
export interface FormattedTitle {
  readonly form: "heading" | "vv"
  readonly name: string | null
  readonly summary: string | null
}

/**
 * The kind given by name or code, or a `RangeError`.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { kindEntry } from "@cchc/format"
 * kindEntry("KH").name // "Kế hoạch"
 * ```
 */
export const kindEntry = (kind: string | DocumentKindEntry): DocumentKindEntry => {
  expectInput("kindEntry", "kind", kind, ["string", "object"])
  if (typeof kind !== "string") {
    expectInput("kindEntry", "kind.name", kind.name, ["string"])
    return kind
  }
  const entry = resolveSpecKind(kind)
  if (entry === null) throw new RangeError(`not a Decree-30 kind or type code: ${kind}`)
  return entry
}

/**
 * `true` for a công văn, which has no type name and a `V/v` trích yếu.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { isOfficialLetter } from "@cchc/format"
 * isOfficialLetter("Công văn") // true
 * isOfficialLetter("BC") // false
 * ```
 */
export const isOfficialLetter = (kind: string | DocumentKindEntry): boolean =>
  kindEntry(kind).name === "Công văn"

/**
 * Ô 5a / 5b: the type name in upper case (`BÁO CÁO`) and the trích yếu
 * with its first letter capitalised; for a công văn no type name and
 * `V/v` before the trích yếu, in normal case.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatTitle } from "@cchc/format"
 * formatTitle("Báo cáo", "kết quả công tác cải cách hành chính năm 2024")
 * // { form: "heading", name: "BÁO CÁO", summary: "Kết quả công tác cải cách hành chính năm 2024" }
 * formatTitle("Công văn", "nâng bậc lương năm 2019")
 * // { form: "vv", name: null, summary: "V/v nâng bậc lương năm 2019" }
 * ```
 */
export const formatTitle = (kind: string | DocumentKindEntry, summary: string | null): FormattedTitle => {
  expectInput("formatTitle", "summary", summary, ["string", "null"])
  const entry = kindEntry(kind)
  // Closing marks are trimmed by a walk from the end: an unanchored `[.;]+$`
  // would be retried from every mark of a long run.
  const text = summary === null ? "" : trimEndWhile(clean(summary), (c) => c === "." || c === ";")
  if (entry.name === "Công văn") {
    if (text === "") throw new RangeError("a công văn needs a trích yếu (V/v …)")
    const body = text.replace(/^v\/v\s*/iu, "")
    return { form: "vv", name: null, summary: `V/v ${body}` }
  }
  return { form: "heading", name: upper(entry.name), summary: text === "" ? null : capitaliseFirst(text) }
}
