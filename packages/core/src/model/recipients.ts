/**
 * Kính gửi (ô 9a) and Nơi nhận (ô 9b).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * One recipient line. `text` is the recipient without the leading `-` and
 * the final `;`/`.`; `purpose` is a note such as `(để b/c)`; `terminator`
 * is the final punctuation as written (`;`, `.`, `,` or empty);
 * `drafterMark` is ô 12 (the drafter's initials and copies) where an office
 * writes it after the archive line's period (`- Lưu: VT, CN (2). Ha`).
 *
 * @since 0.1.0
 * @category model
 */
export const RecipientItem = Schema.Struct({
  raw: Schema.String,
  text: Schema.String,
  purpose: Schema.NullOr(Schema.String),
  bullet: Schema.String,
  terminator: Schema.String,
  drafterMark: Schema.NullOr(Schema.String),
  span: Span
}).annotate({ identifier: "RecipientItem" })

/** @since 0.1.0 @category model */
export type RecipientItem = typeof RecipientItem.Type

/**
 * The archive line `Lưu: VT, TH (2).`: units `["VT", "TH"]`, copies 2.
 *
 * @since 0.1.0
 * @category model
 */
export const ArchiveLine = Schema.Struct({
  raw: Schema.String,
  units: Schema.Array(Schema.String),
  copies: Schema.NullOr(Schema.Int),
  span: Span
}).annotate({ identifier: "ArchiveLine" })

/** @since 0.1.0 @category model */
export type ArchiveLine = typeof ArchiveLine.Type

/**
 * A brace-group note left by a flattened table (`- } (Báo cáo)`): the
 * purpose shared by the items before it. Grouping with `}` is practice,
 * not law (unverified in Nghị định 30/2020).
 *
 * @since 0.1.0
 * @category model
 */
export const GroupNote = Schema.Struct({
  raw: Schema.String,
  purpose: Schema.String,
  span: Span
}).annotate({ identifier: "GroupNote" })

/** @since 0.1.0 @category model */
export type GroupNote = typeof GroupNote.Type

/**
 * The Nơi nhận block. `label` is the label as written (`Nơi nhận:`,
 * `Noi nhận:`, `Nơi nhận`); `items` include the archive line, which is also
 * parsed into `archive`.
 *
 * @since 0.1.0
 * @category model
 */
export const RecipientList = Schema.Struct({
  label: Schema.String,
  labelSpan: Span,
  items: Schema.Array(RecipientItem),
  archive: Schema.NullOr(ArchiveLine),
  groupNotes: Schema.Array(GroupNote),
  span: Span
}).annotate({ identifier: "RecipientList" })

/** @since 0.1.0 @category model */
export type RecipientList = typeof RecipientList.Type

/**
 * `Đồng kính gửi:` under Kính gửi: the addressees who receive the document
 * for their information, with its label as written.
 *
 * @since 0.2.0
 * @category model
 */
export const AlsoAddressed = Schema.Struct({
  label: Schema.String,
  labelSpan: Span,
  items: Schema.Array(RecipientItem),
  span: Span
}).annotate({ identifier: "AlsoAddressed" })

/** @since 0.2.0 @category model */
export type AlsoAddressed = typeof AlsoAddressed.Type

/**
 * The Kính gửi block: one recipient on the label's line, or a list; and the
 * `Đồng kính gửi:` block under it, when there is one.
 *
 * @since 0.1.0
 * @category model
 */
export const KinhGui = Schema.Struct({
  label: Schema.String,
  labelSpan: Span,
  items: Schema.Array(RecipientItem),
  alsoTo: Schema.NullOr(AlsoAddressed),
  span: Span
}).annotate({ identifier: "KinhGui" })

/** @since 0.1.0 @category model */
export type KinhGui = typeof KinhGui.Type
