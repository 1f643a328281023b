/**
 * The parsed administrative document: the public JSON contract of the SDK.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DocumentKind } from "./document-kind.js"
import { DocumentMark } from "./document-mark.js"
import { DocumentPart } from "./document-part.js"
import { DocumentNumber } from "./document-number.js"
import { Formatting } from "./formatting.js"
import { LegalCitation } from "./legal-citation.js"
import { Metric, MetricBreakdown } from "./metric.js"
import { PlaceDate } from "./place-date.js"
import { KinhGui, RecipientList } from "./recipients.js"
import { CopyBlock } from "./copy-block.js"
import { Regime } from "./regime.js"
import { Section } from "./section.js"
import { SignatureBlock } from "./signature.js"
import { Span } from "./span.js"

/**
 * A piece of text with its place in the original.
 *
 * @since 0.1.0
 * @category model
 */
export const TextSpan = Schema.Struct({
  raw: Schema.String,
  span: Span
}).annotate({ identifier: "TextSpan" })

/** @since 0.1.0 @category model */
export type TextSpan = typeof TextSpan.Type

/**
 * Quốc hiệu and Tiêu ngữ (ô 1) as written, each `null` when absent.
 *
 * @since 0.1.0
 * @category model
 */
export const NationalHeader = Schema.Struct({
  country: Schema.NullOr(TextSpan),
  motto: Schema.NullOr(TextSpan)
}).annotate({ identifier: "NationalHeader" })

/** @since 0.1.0 @category model */
export type NationalHeader = typeof NationalHeader.Type

/**
 * Tên cơ quan ban hành (ô 2): `name` is the issuing body's line(s)
 * (`ỦY BAN NHÂN DÂN`), `parent` the cơ quan chủ quản line above it
 * (`UBND TỈNH QUẢNG NGÃI`), when there is one.
 *
 * @since 0.1.0
 * @category model
 */
export const IssuerHeader = Schema.Struct({
  name: Schema.String,
  parent: Schema.NullOr(Schema.String),
  nameSpan: Span,
  parentSpan: Schema.NullOr(Span),
  span: Span
}).annotate({ identifier: "IssuerHeader" })

/** @since 0.1.0 @category model */
export type IssuerHeader = typeof IssuerHeader.Type

/**
 * Tên loại and trích yếu (ô 5a), or `V/v …` of a công văn (ô 5b): then
 * `name` is `null` and `form` is `"vv"`.
 *
 * @since 0.1.0
 * @category model
 */
export const Title = Schema.Struct({
  name: Schema.NullOr(Schema.String),
  summary: Schema.NullOr(Schema.String),
  form: Schema.Literals(["heading", "vv"]),
  nameSpan: Schema.NullOr(Span),
  summarySpan: Schema.NullOr(Span),
  span: Span
}).annotate({ identifier: "Title" })

/** @since 0.1.0 @category model */
export type Title = typeof Title.Type

/**
 * What the input is written in. `tcvn3` and `vni` are legacy font
 * encodings typed into a Unicode file; `lost-diacritics` is text whose
 * Vietnamese letters were dropped in PDF extraction.
 *
 * @since 0.1.0
 * @category model
 */
export const TextEncoding = Schema.Struct({
  kind: Schema.Literals(["unicode", "tcvn3", "vni", "lost-diacritics"]),
  confidence: Schema.Finite,
  evidence: Schema.Array(Schema.String)
}).annotate({ identifier: "TextEncoding" })

/** @since 0.1.0 @category model */
export type TextEncoding = typeof TextEncoding.Type

/**
 * The whole document. When `isDocument` is `false` (a web page, a news
 * article), `notDocumentReasons` says why and the structural fields stay
 * empty instead of holding guesses; citations and metrics are still read.
 * `regime` says which rules govern the document (see {@link Regime});
 * `copy` is the copy block of a bản sao, whose original fills the other
 * fields.
 * `formatting` is there only when the input had formatting (a .docx).
 *
 * @since 0.1.0
 * @category model
 */
export const Document = Schema.Struct({
  isDocument: Schema.Boolean,
  notDocumentReasons: Schema.Array(Schema.String),
  encoding: TextEncoding,
  regime: Regime,
  kind: Schema.NullOr(DocumentKind),
  nationalHeader: NationalHeader,
  issuer: Schema.NullOr(IssuerHeader),
  number: Schema.NullOr(DocumentNumber),
  placeDate: Schema.NullOr(PlaceDate),
  title: Schema.NullOr(Title),
  kinhGui: Schema.NullOr(KinhGui),
  marks: Schema.Array(DocumentMark),
  part: Schema.NullOr(DocumentPart),
  sections: Schema.Array(Section),
  body: Schema.NullOr(TextSpan),
  endMark: Schema.NullOr(TextSpan),
  signature: Schema.NullOr(SignatureBlock),
  recipients: Schema.NullOr(RecipientList),
  copy: Schema.NullOr(CopyBlock),
  citations: Schema.Array(LegalCitation),
  metrics: Schema.Array(Metric),
  metricBreakdowns: Schema.Array(MetricBreakdown),
  span: Span,
  /** How the text looks on the page, when the input says (a .docx); absent for plain text. */
  formatting: Schema.optionalKey(Formatting)
}).annotate({ identifier: "Document", title: "Vietnamese administrative document (văn bản hành chính)" })

/** @since 0.1.0 @category model */
export type Document = typeof Document.Type
