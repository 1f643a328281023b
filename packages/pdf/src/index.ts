/**
 * `@cchc/pdf`: the text layer of a .pdf of a Vietnamese administrative
 * document, in reading order (the two-column header and footer tables
 * read left cell first, a blank line between paragraphs), with a map from
 * every character back to its page. A package of its own so that users of
 * the linter in a browser never download pdf.js.
 *
 * @since 0.1.0
 */
export * from "./positioned-text.js"
export * from "./visual-lines.js"
export * from "./column-blocks.js"
export * from "./paragraph-breaks.js"
export * from "./running-page-number.js"
export * from "./layout-page.js"
export * from "./pdf-source-map.js"
export * from "./pdf-problem.js"
export * from "./inflated-size.js"
export * from "./read-pdf.js"
