/**
 * The reading stage: raw text to the logical lines the parser reads.
 *
 * @since 0.2.0
 */
export { LogicalText } from "./logical-text.js"
export { MappedText, MappedTextBuilder } from "./mapped-text.js"
export { wrapEvidence, type WrapEvidence } from "./wrap-evidence.js"
export { isNameBigram } from "./phrase-bigrams.js"
export { findMarkdownTables, type MarkdownTable, type TableCell } from "./markdown-tables.js"
export { splitRawLines, type RawLine } from "./raw-lines.js"
