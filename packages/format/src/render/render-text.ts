/**
 * Plain text in the Decree-30 reading order.
 *
 * @since 0.1.0
 */
import type { DocumentSpec } from "@cchc/core"
import { asLayout } from "../internal/as-layout.js"
import type { DocumentLayout } from "../layout/layout-document.js"

/**
 * The lines of a laid-out document in reading order, one block after
 * another with a blank line between blocks; the two-column tables are
 * flattened left column first (issuer, number, and the V/v of a công văn),
 * then the right (Quốc hiệu, Tiêu ngữ, place-date), as text extracted from a
 * Word file reads. Độ mật, độ khẩn and phạm vi lưu hành follow the
 * number, ô 12 the Nơi nhận lines, the address block, then
 * each phụ lục (its heading, title and reference, then its body).
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { layoutDocumentOrThrow, textLines } from "@cchc/format"
 * textLines(layoutDocumentOrThrow(spec)).slice(0, 3) // ["ỦY BAN NHÂN DÂN XÃ BA BÍCH", "Số: 05/BC-UBND", ""]
 * ```
 */
export const textLines = (layout: DocumentLayout): ReadonlyArray<string> => {
  const lines: Array<string> = []
  // Blocks take arrays, not rest parameters: a spread of a long body overflows the stack.
  const block = (more: ReadonlyArray<string>) => {
    if (more.length === 0) return
    if (lines.length > 0) lines.push("")
    for (const l of more) lines.push(l)
  }
  const { title } = layout
  block([
    ...(layout.issuer.parent === null ? [] : [layout.issuer.parent]),
    layout.issuer.name,
    layout.number,
    ...(title.form === "vv" ? [title.summary!] : []),
    ...(layout.secrecy === null ? [] : [layout.secrecy]),
    ...(layout.urgency === null ? [] : [layout.urgency]),
    ...(layout.circulation === null ? [] : [layout.circulation])
  ])
  block([layout.nationalHeader.country, layout.nationalHeader.motto, layout.placeDate])
  if (title.form === "heading") block([title.name!, ...(title.summary === null ? [] : [title.summary])])
  if (layout.kinhGui !== null) block(layout.kinhGui.lines)
  block(layout.body.map((b) => b.text))
  block([
    layout.recipients.label,
    ...layout.recipients.lines,
    ...(layout.drafter === null ? [] : [layout.drafter])
  ])
  block([...layout.signature.authority, ...(layout.signature.title === null ? [] : [layout.signature.title])])
  block([layout.signature.signer])
  block(layout.address)
  for (const appendix of layout.appendices) {
    block([appendix.label, appendix.title, appendix.reference])
    block(appendix.body.map((b) => b.text))
  }
  return lines
}

/**
 * Renders a document as plain text: the form `parseDocument` and the rules
 * of `@cchc/rules` read. Throws the layout's error for a spec that cannot
 * be printed (see `layoutDocument`).
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { renderText } from "@cchc/format"
 * renderText(spec)
 * // "ỦY BAN NHÂN DÂN XÃ BA BÍCH\nSố: 05/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n…"
 * ```
 */
export const renderText = (spec: DocumentSpec | DocumentLayout): string =>
  `${textLines(asLayout(spec)).join("\n")}\n`
