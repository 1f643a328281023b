/**
 * Why a signature block was refused.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"

/**
 * The reasons a signing chain is incoherent (Nghị định 30/2020, Điều 13
 * and Phụ lục I, §7):
 * - `empty-line`: an authority line or the title is blank;
 * - `tm-before-title`: `TM.` before a person's title (`TM. CHỦ TỊCH`);
 * - `delegation-before-body`: `KT.`, `TL.`, `TUQ.` or `Q.` before a body's
 *   name (`KT. ỦY BAN NHÂN DÂN`);
 * - `deputy-title-on-authority`: a deputy's title on a `KT.`, `TL.`, `TUQ.`
 *   or `Q.` line (`KT. PHÓ GIÁM ĐỐC`);
 * - `misplaced-tm`: `TM.` anywhere but first, or twice;
 * - `tuq-redelegated`: anything after `TUQ.` (`TUQ.` then `KT.`), since an
 *   authorisation cannot be passed on;
 * - `invalid-order`: any other sequence (the coherent ones are `TM.`,
 *   `TM.`+`KT.`, `TM.`+`Q.`, `KT.`, `Q.`, `TL.`, `TL.`+`KT.`, `TUQ.`);
 * - `missing-title`: no signer's title where the chain needs one;
 * - `title-is-body`: a body's name where the signer's title goes;
 * - `head-title-after-kt`: a head's title under `KT.`
 *   (`KT. GIÁM ĐỐC` / `GIÁM ĐỐC`);
 * - `deputy-of-other-head`: `KT. CHỦ TỊCH` / `PHÓ GIÁM ĐỐC`;
 * - `deputy-without-kt`: a deputy signing without `KT.`
 *   (`TM. ỦY BAN NHÂN DÂN` / `PHÓ CHỦ TỊCH`);
 * - `unofficial-title`: a title that is not an office (`PHÓ GIÁM ĐỐC PHỤ TRÁCH`);
 * - `signer-missing`, `signer-upper-case`, `signer-degree`: the name line
 *   is missing, in upper case, or carries a degree (`TS.`).
 *
 * @since 0.1.0
 * @category errors
 */
export type SignatureChainReason =
  | "empty-line"
  | "tm-before-title"
  | "delegation-before-body"
  | "deputy-title-on-authority"
  | "misplaced-tm"
  | "tuq-redelegated"
  | "invalid-order"
  | "missing-title"
  | "title-is-body"
  | "head-title-after-kt"
  | "deputy-of-other-head"
  | "deputy-without-kt"
  | "unofficial-title"
  | "signer-missing"
  | "signer-upper-case"
  | "signer-degree"

/**
 * A signature block that cannot be printed, with the reason, an English
 * `message`, a Vietnamese `messageVi` and `line`, the index of the authority
 * line at fault (`null` when the fault is in the title or the name).
 *
 * @since 0.1.0
 * @category errors
 */
export class SignatureChainError extends Data.TaggedError("SignatureChainError")<{
  readonly reason: SignatureChainReason
  readonly message: string
  readonly messageVi: string
  readonly line: number | null
}> {}
