/**
 * Markdown (GitHub flavour) for previews and documentation.
 *
 * @since 0.1.0
 */
import type { DocumentSpec } from "@cchc/core"
import { asLayout } from "../internal/as-layout.js"
import type { BodyBlock, DocumentLayout } from "../layout/layout-document.js"

/** Escapes characters that Markdown would read as markup. */
const md = (text: string): string => text.replace(/([\\`*_[\]<>|#~])/gu, "\\$1")

/** Also keeps a line from starting a list or a heading. */
const mdLine = (text: string): string =>
  md(text)
    .replace(/^(\d+)([.)])(\s)/u, "$1\\$2$3")
    .replace(/^([-+])(\s)/u, "\\$1$2")

const bold = (text: string): string => `**${md(text)}**`
const cell = (parts: ReadonlyArray<string>): string => parts.filter((x) => x !== "").join("<br>")

const block = (b: BodyBlock): string => {
  if (b.type === "heading") return b.bold ? `**${mdLine(b.text)}**` : mdLine(b.text)
  if (b.role === "basis") return `*${mdLine(b.text)}*`
  if (b.role === "command") return `**${mdLine(b.text)}**`
  return mdLine(b.text)
}

/**
 * Renders a document as Markdown: the header and the foot as two-column
 * tables (`<br>` between lines in a cell), bold and italics where the
 * decree sets them, one paragraph per body block. Throws the layout's
 * error for a spec that cannot be printed.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { renderMarkdown } from "@cchc/format"
 * renderMarkdown(spec).split("\n")[2]
 * // "| **ỦY BAN NHÂN DÂN XÃ BA BÍCH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |"
 * ```
 */
export const renderMarkdown = (spec: DocumentSpec | DocumentLayout): string => {
  const layout = asLayout(spec)
  const { issuer, title, kinhGui, recipients, signature } = layout
  const out: Array<string> = []
  // An empty header row keeps the cells in plain table data (not bold headers).
  out.push(
    "| | |",
    "| :---: | :---: |",
    `| ${cell([issuer.parent === null ? "" : md(issuer.parent), bold(issuer.name)])} | ${cell([
      bold(layout.nationalHeader.country),
      bold(layout.nationalHeader.motto)
    ])} |`,
    `| ${cell([md(layout.number), title.form === "vv" ? md(title.summary!) : ""])} | *${md(layout.placeDate)}* |`,
    ""
  )
  if (title.form === "heading") {
    out.push(bold(title.name!), "")
    if (title.summary !== null) out.push(bold(title.summary), "")
  }
  if (kinhGui !== null) out.push(kinhGui.lines.map(mdLine).join("<br>\n"), "")
  for (const b of layout.body) out.push(block(b), "")
  const signatureLines = [
    ...signature.authority.map(bold),
    ...(signature.title === null ? [] : [bold(signature.title)]),
    "",
    "",
    bold(signature.signer)
  ]
  out.push(
    "| | |",
    "| :--- | :---: |",
    `| ${cell([`***${md(recipients.label)}***`, ...recipients.lines.map(md)])} | ${signatureLines.join("<br>")} |`
  )
  return `${out.join("\n")}\n`
}
