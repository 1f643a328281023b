/**
 * Markdown (GitHub flavour) for previews and documentation.
 *
 * @since 0.1.0
 */
import type { DocumentSpec } from "@cchc/core"
import { asLayout } from "../internal/as-layout.js"
import type { BodyBlock, DocumentLayout } from "../layout/layout-document.js"

/**
 * Escapes only the characters that would open markup in running text:
 * every escape is a backslash a reader of the text keeps, so the words of
 * a document (numbers `1.`, dashes `-`, `a)`) are left as they are.
 */
const md = (text: string): string => text.replace(/([\\`*_[\]<>|~])/gu, "\\$1")

const bold = (text: string): string => `**${md(text)}**`
const italic = (text: string): string => `*${md(text)}*`

const block = (b: BodyBlock): string => {
  if (b.type === "heading") {
    if (b.lead === "") return md(b.text)
    if (b.lead === b.text) return bold(b.text)
    return `${bold(b.lead)}${md(b.text.slice(b.lead.length))}`
  }
  if (b.role === "basis") return italic(b.text)
  if (b.role === "command") return bold(b.text)
  return md(b.text)
}

/**
 * Inside the tables only `**` marks emphasis: the reading stage of
 * `parseDocument` sets single `*` aside in running text but keeps them in
 * table cells, where `*Hà Nội, ngày …*` would no longer read as a
 * place-date. So the place-date is upright and the `Nơi nhận:` label bold
 * (not bold italic) in the Markdown preview.
 *
 * A borderless-looking two-column table, one printed line per row: a row
 * holds the n-th line of each column (an empty cell where a column is
 * shorter), so a reader going column by column reads each column's lines
 * in order, as in a Word table, and a preview shows them side by side.
 */
const table = (
  align: string,
  left: ReadonlyArray<string>,
  right: ReadonlyArray<string>
): ReadonlyArray<string> => {
  const rows = Math.max(left.length, right.length)
  const out = ["| | |", align]
  for (let i = 0; i < rows; i++) out.push(`| ${left[i] ?? ""} | ${right[i] ?? ""} |`)
  return out
}

/**
 * Renders a document as Markdown: the header and the foot as two-column
 * tables with one printed line per row (bold only in the tables), bold and
 * italics in the body where the decree sets them, one paragraph per body block, each addressee of Kính gửi on
 * its own line. What `parseDocument` reads back from it is the document's
 * model, as from {@link renderText}. Throws the layout's error for a spec
 * that cannot be printed.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { renderMarkdown } from "@cchc/format"
 * renderMarkdown(spec).split("\n")[2]
 * // "| **ỦY BAN NHÂN DÂN XÃ BA BÍCH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |"
 * ```
 */
export const renderMarkdown = (spec: DocumentSpec | DocumentLayout): string => {
  const layout = asLayout(spec)
  const { issuer, title, kinhGui, recipients, signature } = layout
  const out: Array<string> = []
  const issuerLines = [...(issuer.parent === null ? [] : [md(issuer.parent)]), bold(issuer.name)]
  const nationalLines = [bold(layout.nationalHeader.country), bold(layout.nationalHeader.motto)]
  // The number sits level with the place-date, under the taller of the two
  // header columns' first lines.
  const topRows = Math.max(issuerLines.length, nationalLines.length)
  const pad = (lines: ReadonlyArray<string>) => [...lines, ...Array(topRows - lines.length).fill("")]
  out.push(
    // An empty header row keeps the cells in plain table data (not bold headers).
    ...table(
      "| :---: | :---: |",
      [
        ...pad(issuerLines),
        md(layout.number),
        ...(title.form === "vv" ? [md(title.summary!)] : []),
        ...[layout.secrecy, layout.urgency, layout.circulation]
          .filter((m): m is string => m !== null)
          .map(bold)
      ],
      [...pad(nationalLines), md(layout.placeDate)]
    ),
    ""
  )
  if (title.form === "heading") {
    out.push(bold(title.name!), "")
    if (title.summary !== null) out.push(bold(title.summary), "")
  }
  // `- …;` lines right under the label: a Markdown list, which may follow
  // a paragraph line without a blank line between.
  if (kinhGui !== null) out.push(...kinhGui.lines.map(md), "")
  for (const b of layout.body) out.push(block(b), "")
  const signatureLines = [
    ...signature.authority.map(bold),
    ...(signature.title === null ? [] : [bold(signature.title)]),
    "",
    "",
    bold(signature.signer)
  ]
  out.push(
    ...table(
      "| :--- | :---: |",
      [
        bold(recipients.label),
        ...recipients.lines.map(md),
        ...(layout.drafter === null ? [] : [md(layout.drafter)])
      ],
      signatureLines
    )
  )
  if (layout.address.length > 0) out.push("", ...layout.address.map(md).join("\n\n").split("\n"))
  for (const appendix of layout.appendices) {
    out.push(
      "",
      "---",
      "",
      bold(appendix.label),
      "",
      bold(appendix.title),
      "",
      italic(appendix.reference),
      ""
    )
    for (const b of appendix.body) out.push(block(b), "")
  }
  return `${out.join("\n")}\n`
}
