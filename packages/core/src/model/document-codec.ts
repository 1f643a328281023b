/**
 * The encoded JSON form of {@link Document}: decoding, encoding and its JSON Schema.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { Document } from "./document.js"

/**
 * Decodes the JSON form of a document (for instance the output of
 * `cchc parse --format json`), checking it against the schema. Returns a
 * `Result`: `Success` with the document, or `Failure` with a message that
 * names the offending path.
 *
 * @since 0.1.0
 * @category codec
 * @example
 * ```ts
 * import { decodeDocument, parseDocument } from "@cchc/core"
 * import * as Result from "effect/Result"
 * const json = JSON.parse(JSON.stringify(parseDocument("BÁO CÁO\nKết quả")))
 * Result.isSuccess(decodeDocument(json)) // true
 * ```
 */
export const decodeDocument = (input: unknown): Result.Result<Document, string> =>
  Result.mapError(Schema.decodeUnknownResult(Document)(input), (issue) => String(issue))

/**
 * Encodes a document to its JSON form (a plain object ready for
 * `JSON.stringify`).
 *
 * @since 0.1.0
 * @category codec
 * @example
 * ```ts
 * import { encodeDocument, parseDocument } from "@cchc/core"
 * JSON.stringify(encodeDocument(parseDocument("Số: 05/BC-UBND"))).includes("\"typeCode\":\"BC\"") // true
 * ```
 */
export const encodeDocument = (document: Document): unknown => Schema.encodeSync(Document)(document)

/**
 * The JSON Schema (draft 2020-12) of the encoded document: the public
 * contract that other tools read. Also shipped as
 * `@cchc/core/document.schema.json`.
 *
 * @since 0.1.0
 * @category codec
 * @example
 * ```ts
 * import { documentJsonSchema } from "@cchc/core"
 * documentJsonSchema().$schema // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export const documentJsonSchema = (): Record<string, unknown> => {
  const generated = Schema.toJsonSchemaDocument(Document)
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Vietnamese administrative document (văn bản hành chính), as parsed by @cchc/core",
    ...generated.schema,
    $defs: generated.definitions
  }
}
