/**
 * `@cchc/core/parser`: the parser, Vietnamese text handling and reference
 * data, without the Effect schemas of the domain model. Everything here is
 * also exported by `@cchc/core`; this entry exists for code that only
 * parses and checks text, such as the `cchc lint` command: loading Effect
 * Schema costs about 0.2 s at start-up, and parsing never decodes. The
 * types of the model are the same (`import type` from `@cchc/core`).
 *
 * @since 0.1.0
 */
export * from "./data/index.js"

export * from "./text/fold.js"
export * from "./text/line-index.js"
export * from "./text/prepared-text.js"
export * from "./reading/index.js"
export * from "./text/roman-numerals.js"
export * from "./text/abbreviated-place.js"
export * from "./text/code-case.js"

export * from "./text/legacy-encoding.js"

export { parseVietnameseNumber } from "./parse/vietnamese-number.js"
export { classifyNumber, parseDocumentNumber, type NumberParts } from "./parse/document-number.js"
export { parsePlaceDate, isoDate } from "./parse/place-date.js"
export { parseCitations, parseCitation, CITATION_KIND_NAMES } from "./parse/citations.js"
export { POINT_LETTERS, matchHeading } from "./parse/sections.js"
export { isPersonName, isRecipientsLabelLine, repeatedLabelsAbove } from "./parse/footer.js"
export { kindByTitle } from "./parse/header.js"
export { readDocumentMark } from "./parse/document-marks.js"
export { parseDocument, type ParseOptions } from "./parse/parse-document.js"
