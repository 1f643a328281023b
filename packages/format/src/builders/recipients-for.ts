/**
 * The usual Nơi nhận list for a kind of document and issuer.
 *
 * @since 0.1.0
 */
import type { RecipientsSpec, UnitKind } from "@cchc/core"
import { capitaliseFirst, clean, foldKey } from "../internal/text.js"
import type { RecipientInput } from "./format-recipients.js"
import { kindEntry } from "./format-title.js"
import { unitKindFor } from "./signature-for.js"

/**
 * What {@link recipientsFor} takes: the kind and issuer, the drafting unit
 * for the archive line, and who else receives the document.
 *
 * @since 0.1.0
 * @category recipients
 */
export interface RecipientsRequest {
  readonly kind: string
  readonly issuer: string
  /** The drafting unit's abbreviation on the archive line (`VP`, `TH`). */
  readonly draftingUnit: string
  /** The body that asked for the document (a report): first, `(để b/c)`. */
  readonly requestedBy?: string | ReadonlyArray<string>
  /** Other bodies above the issuer: `(để b/c)`. */
  readonly superiors?: ReadonlyArray<string>
  /** Units that carry it out: `(để thực hiện)`. */
  readonly implementers?: ReadonlyArray<string>
  /** Any other lines, in order, after the usual ones. */
  readonly others?: ReadonlyArray<RecipientInput>
  /** List the issuer's leadership (default `true`). */
  readonly leadership?: boolean
  readonly copies?: number
  /** For a Quyết định: the article that names who carries it out (`Như Điều 3;` first). */
  readonly executingArticle?: number
  /** Replaces the registry entry for an issuer the registry does not know. */
  readonly unitKind?: UnitKind
}

const sentenceCase = (title: string): string => capitaliseFirst(clean(title).toLocaleLowerCase("vi"))

const deputyName = (title: string): string => {
  const t = sentenceCase(title)
  return t.startsWith("Phó ") ? `Phó ${capitaliseFirst(t.slice(4))}` : t
}

/**
 * The leadership line of an issuer: `Chủ tịch, các Phó Chủ tịch UBND xã
 * Ba Bích`, `Giám đốc, các Phó Giám đốc Sở Nội vụ`.
 *
 * @since 0.1.0
 * @category recipients
 * @example
 * ```ts
 * import { leadershipLine } from "@cchc/format"
 * leadershipLine("Ủy ban nhân dân xã Ba Bích") // "Chủ tịch, các Phó Chủ tịch UBND xã Ba Bích"
 * ```
 */
export const leadershipLine = (issuer: string, given?: UnitKind): string | null => {
  const unit = unitKindFor(issuer, given)
  if (unit === null) return null
  let name = clean(issuer)
  if (unit.abbreviation !== null) {
    const prefix = unit.namePrefixes.find((p) => foldKey(name).startsWith(foldKey(p)))
    if (prefix !== undefined) name = `${unit.abbreviation}${name.slice(clean(prefix).length)}`
  }
  return `${sentenceCase(unit.headTitle)}, các ${deputyName(unit.deputyTitle)} ${name}`
}

/** Kinds that direct work: the leadership receives them `để chỉ đạo`. */
const DIRECTING = new Set([
  "Quyết định",
  "Chỉ thị",
  "Kế hoạch",
  "Chương trình",
  "Hướng dẫn",
  "Phương án",
  "Đề án",
  "Công điện"
])

const list = (value: string | ReadonlyArray<string> | undefined): ReadonlyArray<string> =>
  value === undefined ? [] : typeof value === "string" ? [value] : value

/**
 * The usual Nơi nhận of a document: for a Quyết định `Như Điều N` first
 * (with `executingArticle`), the body that asked for it (`để b/c`), other
 * superiors (`để b/c`), the issuer's leadership (`để chỉ đạo` on documents
 * that direct work: kế hoạch, chương trình, quyết định, chỉ thị, hướng
 * dẫn…), the units that carry it out (`để thực hiện`), any others, and
 * the archive line with the drafting unit. `Như trên` is added by the
 * formatter when the document has a Kính gửi block.
 *
 * @since 0.1.0
 * @category recipients
 * @example
 * ```ts
 * import { recipientsFor } from "@cchc/format"
 * recipientsFor({
 *   kind: "Báo cáo",
 *   issuer: "Ủy ban nhân dân xã Ba Bích",
 *   requestedBy: "Sở Nội vụ",
 *   draftingUnit: "VP"
 * })
 * // { items: [{ text: "Sở Nội vụ", purpose: "để b/c" }, { text: "Chủ tịch, các Phó Chủ tịch UBND xã Ba Bích" }],
 * //   archive: { units: ["VT", "VP"] } }
 * ```
 */
export const recipientsFor = (request: RecipientsRequest): RecipientsSpec => {
  const kind = kindEntry(request.kind)
  const items: Array<{ text: string; purpose?: string }> = []
  if (kind.name === "Quyết định" && request.executingArticle !== undefined)
    items.push({ text: `Như Điều ${request.executingArticle}` })
  for (const body of [...list(request.requestedBy), ...(request.superiors ?? [])])
    items.push({ text: clean(body), purpose: "để b/c" })
  if (request.leadership ?? true) {
    const line = leadershipLine(request.issuer, request.unitKind)
    if (line !== null)
      items.push(DIRECTING.has(kind.name) ? { text: line, purpose: "để chỉ đạo" } : { text: line })
  }
  for (const unit of request.implementers ?? []) items.push({ text: clean(unit), purpose: "để thực hiện" })
  for (const other of request.others ?? []) {
    items.push(
      other.purpose == null
        ? { text: clean(other.text) }
        : { text: clean(other.text), purpose: other.purpose }
    )
  }
  const seen = new Set<string>()
  const unique = items.filter((item) => {
    const key = foldKey(item.text)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return {
    items: unique,
    archive: {
      units: ["VT", clean(request.draftingUnit)],
      ...(request.copies === undefined ? {} : { copies: request.copies })
    }
  }
}
