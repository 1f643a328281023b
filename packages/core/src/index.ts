/**
 * `@cchc/core`: the domain model of Vietnamese administrative documents
 * (văn bản hành chính) as Effect schemas, reference data, Vietnamese text
 * handling and a parser from real text to the model.
 *
 * @since 0.1.0
 */
export * from "./model/span.js"
export * from "./model/document-kind.js"
export * from "./model/document-number.js"
export * from "./model/place-date.js"
export * from "./model/legal-citation.js"
export * from "./model/metric.js"
export * from "./model/signature.js"
export * from "./model/recipients.js"
export * from "./model/section.js"
export * from "./model/unit.js"
export * from "./model/document.js"
export * from "./model/document-spec.js"

export * from "./data/index.js"

export * from "./text/fold.js"
export * from "./text/line-index.js"
export * from "./text/prepared-text.js"
export * from "./text/roman-numerals.js"
export * from "./text/trim-end.js"

export * from "./text/legacy-encoding.js"

export { parseVietnameseNumber } from "./parse/vietnamese-number.js"
export { classifyNumber, parseDocumentNumber, type NumberParts } from "./parse/document-number.js"
export { parsePlaceDate, isoDate } from "./parse/place-date.js"
export { parseCitations, parseCitation, CITATION_KIND_NAMES } from "./parse/citations.js"
export { POINT_LETTERS, matchHeading } from "./parse/sections.js"
export { isPersonName } from "./parse/footer.js"
export { kindByTitle } from "./parse/header.js"
export { parseDocument, type ParseOptions } from "./parse/parse-document.js"
export { decodeDocument, encodeDocument, documentJsonSchema } from "./model/document-codec.js"
