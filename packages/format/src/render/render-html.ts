/**
 * HTML with an A4 print stylesheet.
 *
 * @since 0.1.0
 */
import type { DocumentSpec } from "@cchc/core"
import { asLayout } from "../internal/as-layout.js"
import { escapeHtml } from "../internal/escape.js"
import type { BodyBlock, DocumentLayout } from "../layout/layout-document.js"
import { issuerNameLines } from "./issuer-lines.js"
import {
  BODY_PARAGRAPH,
  LEFT_COLUMN_SHARE,
  PAGE,
  TEXT_WIDTH_MM,
  TYPOGRAPHY,
  type TypeSpec,
  URGENCY_COLOUR
} from "./page-setup.js"
import { estimateTextWidthPt, PT_PER_MM } from "./text-width.js"

const font = (spec: TypeSpec): string =>
  `font-size: ${spec.size}pt; font-weight: ${spec.bold ? "bold" : "normal"}; font-style: ${spec.italic ? "italic" : "normal"};`

/**
 * The stylesheet of {@link renderHtml}: A4 portrait with the Decree-30
 * margins, Times New Roman, the sizes of `TYPOGRAPHY`, borderless header
 * and foot tables, page numbers from page 2 when printed.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { HTML_STYLESHEET } from "@cchc/format"
 * HTML_STYLESHEET.includes("size: A4 portrait") // true
 * ```
 */
export const HTML_STYLESHEET = `
@page { size: A4 portrait; margin: ${PAGE.margin.topMm}mm ${PAGE.margin.rightMm}mm ${PAGE.margin.bottomMm}mm ${PAGE.margin.leftMm}mm;
  @top-center { content: counter(page); font-family: "${PAGE.font}", "Liberation Serif", Times, serif; ${font(TYPOGRAPHY.pageNumber)} vertical-align: bottom; } }
@page :first { @top-center { content: none; } }
html { color: #000; background: #fff; }
body { margin: 0; font-family: "${PAGE.font}", "Liberation Serif", Times, serif; ${font(TYPOGRAPHY.body)} line-height: ${BODY_PARAGRAPH.lineSpacing}; }
.document { width: ${TEXT_WIDTH_MM}mm; }
@media screen {
  html { background: #e5e5e5; }
  .document { box-sizing: content-box; background: #fff; margin: 10mm auto; min-height: ${PAGE.heightMm - PAGE.margin.topMm - PAGE.margin.bottomMm}mm;
    padding: ${PAGE.margin.topMm}mm ${PAGE.margin.rightMm}mm ${PAGE.margin.bottomMm}mm ${PAGE.margin.leftMm}mm; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
}
p { margin: 0; }
table.head, table.foot { width: 100%; border-collapse: collapse; table-layout: fixed; border: none; }
table.head td, table.foot td { border: none; padding: 0; vertical-align: top; text-align: center; }
col.left { width: ${LEFT_COLUMN_SHARE * 100}%; }
col.right { width: ${(1 - LEFT_COLUMN_SHARE) * 100}%; }
.parent { ${font(TYPOGRAPHY.parent)} }
.issuer { ${font(TYPOGRAPHY.issuer)} }
.country { ${font(TYPOGRAPHY.country)} }
.motto { ${font(TYPOGRAPHY.motto)} }
.number { ${font(TYPOGRAPHY.number)} margin-top: 6pt; }
.vv { ${font(TYPOGRAPHY.vv)} margin-top: 6pt; }
.place-date { ${font(TYPOGRAPHY.placeDate)} margin-top: 6pt; }
.rule-short, .rule-full { display: inline-block; }
.rule-short::after, .rule-full::after { content: ""; display: block; margin: 1pt auto 0; border-top: 0.75pt solid #000; }
.rule-short::after { width: 40%; }
.rule-full::after { width: 100%; }
.title { text-align: center; margin-top: 18pt; }
.kind-name { ${font(TYPOGRAPHY.kindName)} }
.summary { ${font(TYPOGRAPHY.summary)} }
.kinh-gui { text-align: center; margin-top: 12pt; ${font(TYPOGRAPHY.kinhGui)} }
.kinh-gui .inner { display: inline-block; text-align: left; }
.content { margin-top: 12pt; }
.content p { text-align: justify; text-indent: ${BODY_PARAGRAPH.firstLineIndentCm}cm; margin-bottom: ${BODY_PARAGRAPH.afterPt}pt; }
.content p.basis { font-style: italic; }
.content p.command { text-align: center; text-indent: 0; font-weight: bold; }
.content p.bold { font-weight: bold; }
table.foot { margin-top: 12pt; page-break-inside: avoid; break-inside: avoid; }
table.foot td.recipients { text-align: left; }
.recipients-label { ${font(TYPOGRAPHY.recipientsLabel)} }
.recipient { ${font(TYPOGRAPHY.recipientsItem)} }
.authority { ${font(TYPOGRAPHY.authority)} }
.signer-title { ${font(TYPOGRAPHY.signerTitle)} }
.signature-space { height: 26mm; }
.signer { ${font(TYPOGRAPHY.signer)} }
.mark { text-align: center; margin-top: 6pt; }
.mark span { display: inline-block; border: 1pt solid #000; padding: 1pt 4pt; ${font(TYPOGRAPHY.mark)} }
.mark.urgency span { color: #${URGENCY_COLOUR}; border-color: #${URGENCY_COLOUR}; }
.drafter { ${font(TYPOGRAPHY.drafter)} }
.appendix { break-before: page; page-break-before: always; }
.appendix-label { text-align: center; ${font(TYPOGRAPHY.appendixLabel)} }
.appendix-title { text-align: center; ${font(TYPOGRAPHY.appendixTitle)} }
.appendix-reference { text-align: center; ${font(TYPOGRAPHY.appendixReference)} }
.address { margin-top: 18pt; border-top: 0.75pt solid #000; padding-top: 2pt; text-align: center; ${font(TYPOGRAPHY.address)} }
`.trim()

const p = (cls: string, html: string): string => `<p class="${cls}">${html}</p>`
const lines = (items: ReadonlyArray<string>): string => items.map(escapeHtml).join("<br>")

const bodyBlock = (block: BodyBlock): string => {
  if (block.type === "heading") {
    const cls = `heading level-${block.level}`
    if (block.lead === "") return p(cls, escapeHtml(block.text))
    if (block.lead === block.text) return p(`${cls} bold`, escapeHtml(block.text))
    // A Điều run in: `Điều 1.` bold, its content regular.
    return p(
      cls,
      `<strong>${escapeHtml(block.lead)}</strong>${escapeHtml(block.text.slice(block.lead.length))}`
    )
  }
  return p(block.role, escapeHtml(block.text))
}

/**
 * Options of {@link renderHtml}.
 *
 * @since 0.1.0
 * @category renderers
 */
export interface HtmlOptions {
  /** A whole page with `<html>` and the stylesheet (default), or only the `<main>` element. */
  readonly fragment?: boolean
}

/**
 * Renders a document as HTML: the issuer and number beside Quốc hiệu and
 * place-date in a borderless two-column table, the title centred, the
 * body, Nơi nhận beside the signature; with a print stylesheet for A4
 * portrait, 20/20/30/15 mm margins, Times New Roman and the Decree-30
 * sizes, and page numbers from page 2. Throws the layout's error for a
 * spec that cannot be printed.
 *
 * @since 0.1.0
 * @category renderers
 * @example
 * ```ts
 * import { renderHtml } from "@cchc/format"
 * const html = renderHtml(spec)
 * html.startsWith("<!DOCTYPE html>") // true
 * renderHtml(spec, { fragment: true }).startsWith('<main class="document"') // true
 * ```
 */
export const renderHtml = (spec: DocumentSpec | DocumentLayout, options: HtmlOptions = {}): string => {
  const layout = asLayout(spec)
  const leftWidthPt = TEXT_WIDTH_MM * LEFT_COLUMN_SHARE * PT_PER_MM
  const { issuer, title, kinhGui, signature, recipients } = layout
  const issuerCell = [
    ...(issuer.parent === null ? [] : [p("parent", escapeHtml(issuer.parent))]),
    p(
      "issuer",
      `<span class="rule-short">${lines(issuerNameLines(issuer.name, leftWidthPt, TYPOGRAPHY.issuer.size))}</span>`
    )
  ].join("")
  const nationalCell =
    p("country", escapeHtml(layout.nationalHeader.country)) +
    p("motto", `<span class="rule-full">${escapeHtml(layout.nationalHeader.motto)}</span>`)
  const mark = (text: string | null, cls: string) =>
    text === null ? "" : `<p class="mark ${cls}"><span>${escapeHtml(text)}</span></p>`
  const numberCell =
    p("number", escapeHtml(layout.number)) +
    (title.form === "vv" ? p("vv", escapeHtml(title.summary!)) : "") +
    mark(layout.secrecy, "secrecy") +
    mark(layout.urgency, "urgency") +
    mark(layout.circulation, "circulation")
  const head = `<table class="head"><colgroup><col class="left"><col class="right"></colgroup><tr><td>${issuerCell}</td><td>${nationalCell}</td></tr><tr><td>${numberCell}</td><td>${p(
    "place-date",
    escapeHtml(layout.placeDate)
  )}</td></tr></table>`
  const titleBlock =
    title.form === "vv"
      ? ""
      : `<div class="title">${p("kind-name", escapeHtml(title.name!))}${
          title.summary === null
            ? ""
            : p("summary", `<span class="rule-short">${escapeHtml(title.summary)}</span>`)
        }</div>`
  const kinhGuiBlock =
    kinhGui === null
      ? ""
      : kinhGui.items.length === 1
        ? `<div class="kinh-gui">${escapeHtml(kinhGui.lines[0]!)}</div>`
        : // The label alone, then one addressee a line, hyphens under its colon.
          `<div class="kinh-gui"><div class="inner"><p class="label">${escapeHtml(kinhGui.label)}</p><p class="items" style="padding-left: ${estimateTextWidthPt(
            kinhGui.label.replace(/:$/u, ""),
            TYPOGRAPHY.kinhGui.size
          ).toFixed(1)}pt">${lines(kinhGui.lines.slice(1))}</p></div></div>`
  const body = `<div class="content">${layout.body.map(bodyBlock).join("\n")}</div>`
  const recipientsCell =
    p("recipients-label", escapeHtml(recipients.label)) +
    recipients.lines.map((l) => p("recipient", escapeHtml(l))).join("") +
    (layout.drafter === null ? "" : p("drafter", escapeHtml(layout.drafter)))
  const signatureCell = [
    ...signature.authority.map((a) => p("authority", escapeHtml(a))),
    ...(signature.title === null ? [] : [p("signer-title", escapeHtml(signature.title))]),
    `<div class="signature-space"></div>`,
    p("signer", escapeHtml(signature.signer))
  ].join("")
  const foot = `<table class="foot"><colgroup><col class="left"><col class="right"></colgroup><tr><td class="recipients">${recipientsCell}</td><td class="signature">${signatureCell}</td></tr></table>`
  // Ô 13 closes the page in print as on screen: after the foot.
  const address =
    layout.address.length === 0
      ? ""
      : `\n<div class="address">${layout.address.map((l) => p("address-line", escapeHtml(l))).join("")}</div>`
  const appendices = layout.appendices
    .map(
      (a) =>
        `\n<section class="appendix">${p("appendix-label", escapeHtml(a.label))}${p("appendix-title", escapeHtml(a.title))}${p(
          "appendix-reference",
          escapeHtml(a.reference)
        )}<div class="content">${a.body.map(bodyBlock).join("\n")}</div></section>`
    )
    .join("")
  const main = `<main class="document" lang="vi">\n${head}\n${titleBlock}\n${kinhGuiBlock}\n${body}\n${foot}${address}${appendices}\n</main>`
  if (options.fragment === true) return main
  const pageTitle = escapeHtml(
    title.form === "vv" ? `${layout.number} ${title.summary}` : `${title.name} ${layout.number}`
  )
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${pageTitle}</title>\n<style>\n${HTML_STYLESHEET}\n</style>\n</head>\n<body>\n${main}\n</body>\n</html>\n`
}
