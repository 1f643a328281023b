/**
 * Decoding a `DocumentSpec` from JSON (a `spec.json`) with located,
 * readable errors, for callers who do not use Effect themselves.
 *
 * @since 0.2.0
 */
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import { closestName } from "../internal/closest-name.js"
import {
  AppendixSpec,
  ArchiveSpec,
  AuthoritySpec,
  DocumentSpec,
  DrafterSpec,
  IssuerSpec,
  NumberSpec,
  PlaceDateSpec,
  RecipientSpec,
  RecipientsSpec,
  SignatureSpec,
  TitleSpec
} from "./document-spec.js"

/**
 * One thing wrong in a spec: where (`path`, from the root: `["sections",
 * 0, "heading"]`, and as text, `sections[0].heading`) and what.
 *
 * @since 0.2.0
 * @category codec
 */
export interface DocumentSpecIssue {
  readonly path: ReadonlyArray<string | number>
  readonly at: string
  readonly message: string
}

/**
 * The input is not a `DocumentSpec`: every issue found, each located.
 * `message` lists them one a line (`kinhgui: unknown key (did you mean
 * 'kinhGui'?)`).
 *
 * @since 0.2.0
 * @category codec
 */
export class DocumentSpecDecodeError extends Data.TaggedError("DocumentSpecDecodeError")<{
  readonly issues: ReadonlyArray<DocumentSpecIssue>
  readonly message: string
}> {}

/**
 * A path as text: `sections[0].heading`, `""` for the root.
 *
 * @since 0.2.0
 * @category codec
 * @example
 * ```ts
 * import { specPathText } from "@cchc/core"
 * specPathText(["sections", 0, "heading"]) // "sections[0].heading"
 * ```
 */
export const specPathText = (path: ReadonlyArray<string | number>): string =>
  path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out === "" ? key : `${out}.${key}`),
    ""
  )

const keysOf = (schema: { readonly fields: Readonly<Record<string, unknown>> }) => Object.keys(schema.fields)
const SECTION_KEYS = ["label", "heading", "paragraphs", "children"]

/** The keys each object of a spec may hold, by where it sits. */
const KEYS = {
  root: keysOf(DocumentSpec),
  issuer: keysOf(IssuerSpec),
  number: keysOf(NumberSpec),
  placeDate: keysOf(PlaceDateSpec as unknown as typeof IssuerSpec),
  title: keysOf(TitleSpec),
  signature: keysOf(SignatureSpec),
  authority: keysOf(AuthoritySpec),
  recipients: keysOf(RecipientsSpec),
  recipient: keysOf(RecipientSpec),
  archive: keysOf(ArchiveSpec),
  drafter: keysOf(DrafterSpec),
  appendix: keysOf(AppendixSpec)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * The keys the schema does not know, each with the closest known one: the
 * schema alone would drop them silently (a typo `kinhgui` would lose the
 * Kính gửi block).
 */
const unknownKeys = (input: unknown): Array<DocumentSpecIssue> => {
  const issues: Array<DocumentSpecIssue> = []
  const check = (value: unknown, known: ReadonlyArray<string>, path: ReadonlyArray<string | number>) => {
    if (!isRecord(value)) return
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue
      const near = closestName(key, known)
      const keyPath = [...path, key]
      issues.push({
        path: keyPath,
        at: specPathText(keyPath),
        message: `unknown key${near === null ? "" : ` (did you mean '${near}'?)`}; allowed: ${known.join(", ")}`
      })
    }
  }
  const each = (
    value: unknown,
    path: ReadonlyArray<string | number>,
    visit: (item: unknown, at: ReadonlyArray<string | number>) => void
  ) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]))
  }
  const section = (value: unknown, path: ReadonlyArray<string | number>): void => {
    check(value, SECTION_KEYS, path)
    if (isRecord(value)) each(value.children, [...path, "children"], section)
  }
  if (!isRecord(input)) return issues
  check(input, KEYS.root, [])
  for (const key of ["issuer", "number", "placeDate", "title", "signature", "recipients", "drafter"] as const)
    check(input[key], KEYS[key], [key])
  each(input.sections, ["sections"], section)
  each(input.appendices, ["appendices"], (item, at) => {
    check(item, KEYS.appendix, at)
    if (isRecord(item)) each(item.sections, [...at, "sections"], section)
  })
  if (isRecord(input.signature))
    each(input.signature.authority, ["signature", "authority"], (item, at) => check(item, KEYS.authority, at))
  if (isRecord(input.recipients)) {
    each(input.recipients.items, ["recipients", "items"], (item, at) => check(item, KEYS.recipient, at))
    check(input.recipients.archive, KEYS.archive, ["recipients", "archive"])
  }
  return issues
}

const toIssuePath = (path: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>) =>
  path.map((segment) => {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment
    return typeof key === "number" ? key : String(key)
  })

/**
 * Decodes a `DocumentSpec` from an unknown value (a parsed `spec.json`):
 * `Success` with the spec, or `Failure` with a
 * {@link DocumentSpecDecodeError} listing every issue with its path, an
 * unknown key (a typo) included with the closest known key.
 *
 * @since 0.2.0
 * @category codec
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { decodeDocumentSpec } from "@cchc/core"
 * const result = decodeDocumentSpec(JSON.parse(text)) // text: a spec.json
 * if (Result.isFailure(result)) console.error(result.failure.message)
 * // e.g. "kinhgui: unknown key (did you mean 'kinhGui'?); allowed: kind, issuer, …"
 * ```
 */
export const decodeDocumentSpec = (input: unknown): Result.Result<DocumentSpec, DocumentSpecDecodeError> => {
  const issues = unknownKeys(input)
  const decoded = Schema.decodeUnknownResult(DocumentSpec)(input, { errors: "all" })
  if (Result.isFailure(decoded)) {
    for (const issue of SchemaIssue.makeFormatterStandardSchemaV1()(decoded.failure.issue).issues) {
      const path = toIssuePath(issue.path ?? [])
      issues.push({ path, at: specPathText(path), message: issue.message })
    }
  }
  if (issues.length === 0 && Result.isSuccess(decoded)) return Result.succeed(decoded.success)
  const message = issues.map((i) => (i.at === "" ? i.message : `${i.at}: ${i.message}`)).join("\n")
  return Result.fail(new DocumentSpecDecodeError({ issues, message }))
}

/**
 * {@link decodeDocumentSpec} as an `Effect`, failing with the
 * {@link DocumentSpecDecodeError}.
 *
 * @since 0.2.0
 * @category codec
 * @example
 * ```ts
 * import * as Effect from "effect/Effect"
 * import { decodeDocumentSpecEffect } from "@cchc/core"
 * const spec = await Effect.runPromise(decodeDocumentSpecEffect(JSON.parse(text)))
 * ```
 */
export const decodeDocumentSpecEffect = (
  input: unknown
): Effect.Effect<DocumentSpec, DocumentSpecDecodeError> => Effect.fromResult(decodeDocumentSpec(input))

/**
 * The JSON Schema (draft 2020-12) of `DocumentSpec`: editors complete a
 * `spec.json` with it. Also written to `docs/document-spec.schema.json`.
 * Unknown keys are refused (`additionalProperties: false`), as by
 * {@link decodeDocumentSpec}.
 *
 * @since 0.2.0
 * @category codec
 * @example
 * ```ts
 * import { documentSpecJsonSchema } from "@cchc/core"
 * documentSpecJsonSchema().title // "Buildable Vietnamese administrative document"
 * ```
 */
export const documentSpecJsonSchema = (): Record<string, unknown> => {
  const generated = Schema.toJsonSchemaDocument(DocumentSpec, { onExcessProperty: "error" })
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Buildable Vietnamese administrative document",
    ...generated.schema,
    $defs: generated.definitions
  }
}
