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
export * from "./model/document-mark.js"
export * from "./model/document-part.js"
export * from "./model/section.js"
export * from "./model/unit.js"
export * from "./model/regime.js"
export * from "./model/copy-block.js"
export * from "./model/formatting.js"
export * from "./model/document.js"
export * from "./model/document-spec.js"

// Reference data, text handling and the parser: also `@cchc/core/parser`.
export * from "./parser.js"

export { decodeDocument, encodeDocument, documentJsonSchema } from "./model/document-codec.js"
export * from "./model/document-spec-codec.js"
