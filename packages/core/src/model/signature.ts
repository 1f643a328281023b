/**
 * Thẩm quyền ký and the signature block (ô 7a–7c).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * The signing modes of Nghị định 30/2020, Điều 13: `TM.` (thay mặt a
 * collective), `KT.` (ký thay the head), `TL.` (thừa lệnh), `TUQ.` (thừa ủy
 * quyền), `Q.` (quyền, acting head).
 *
 * @since 0.1.0
 * @category model
 */
export const SigningMode = Schema.Literals(["TM", "KT", "TL", "TUQ", "Q"])

/** @since 0.1.0 @category model */
export type SigningMode = typeof SigningMode.Type

/**
 * One authority line: `TM. ỦY BAN NHÂN DÂN` is `{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }`.
 * `prefix` keeps the prefix as written (`KT.`, `KT`, `K/T`) so that a rule
 * can flag a missing dot or the party style.
 *
 * @since 0.1.0
 * @category model
 */
export const SigningAuthority = Schema.Struct({
  mode: SigningMode,
  on: Schema.String,
  prefix: Schema.String,
  span: Span
}).annotate({ identifier: "SigningAuthority" })

/** @since 0.1.0 @category model */
export type SigningAuthority = typeof SigningAuthority.Type

/**
 * A line of the signature block as written, for checks of case and form.
 *
 * @since 0.1.0
 * @category model
 */
export const SignatureLine = Schema.Struct({
  text: Schema.String,
  span: Span
}).annotate({ identifier: "SignatureLine" })

/** @since 0.1.0 @category model */
export type SignatureLine = typeof SignatureLine.Type

/**
 * The signature block: the authority chain, the signer's own title
 * (`PHÓ CHỦ TỊCH`) and name (`Phạm Văn Mạnh`).
 *
 * @since 0.1.0
 * @category model
 */
export const SignatureBlock = Schema.Struct({
  authority: Schema.Array(SigningAuthority),
  title: Schema.NullOr(Schema.String),
  signer: Schema.NullOr(Schema.String),
  lines: Schema.Array(SignatureLine),
  span: Span
}).annotate({ identifier: "SignatureBlock" })

/** @since 0.1.0 @category model */
export type SignatureBlock = typeof SignatureBlock.Type
