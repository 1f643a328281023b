/**
 * Deriving the signing chain from how the issuer works (the unit
 * registry of `@cchc/core`).
 *
 * @since 0.1.0
 */
import { findUnitKind, type SignatureSpec, type UnitKind } from "@cchc/core"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import { clean, upper } from "../internal/text.js"
import { checkSignature } from "./format-signature-block.js"
import type { SignatureChainError } from "./signature-chain-error.js"

/**
 * Who signs, relative to the issuer's head:
 * - `head`: the head (on behalf of the collective for a UBND);
 * - `deputy`: a deputy, `KT.` the head;
 * - `acting`: an acting head, `Q.`;
 * - `by-order`: a unit head by order of the head, `TL.` (with `title`;
 *   with `unitHead` the unit's deputy signs `KT.` its head);
 * - `by-authorisation`: `TUQ.` (with `title`).
 *
 * @since 0.1.0
 * @category signature
 */
export type SignerRole = "head" | "deputy" | "acting" | "by-order" | "by-authorisation"

/**
 * In whose name a collective body's head signs: `collective` (default)
 * for what the body decides together, under `TM. <COLLECTIVE>`; `own` for
 * what the head decides in their own competence (a Quyết định of the Chủ
 * tịch: `CHỦ TỊCH`, or `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, without `TM.`;
 * Mẫu 1.2, Nghị định 30/2020 Điều 13). A body with one head signs the same
 * either way.
 *
 * @since 0.2.0
 * @category signature
 */
export type SigningCompetence = "collective" | "own"

/**
 * What {@link signatureFor} takes. `unitKind` replaces the registry entry
 * for a body the registry does not know; `competence` says whether a
 * collective body's head signs for the collective or in their own name.
 *
 * @since 0.1.0
 * @category signature
 */
export interface SignatureRequest {
  readonly issuer: string
  readonly signer: string
  readonly role?: SignerRole
  readonly title?: string
  readonly unitHead?: string
  readonly unitKind?: UnitKind
  readonly competence?: SigningCompetence
}

/**
 * The issuer is not in the unit registry and no `unitKind` was given.
 *
 * @since 0.1.0
 * @category errors
 */
export class UnknownIssuerError extends Data.TaggedError("UnknownIssuerError")<{
  readonly issuer: string
  readonly message: string
}> {}

/**
 * The unit kind of an issuer: the one given, else the registry's.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import { unitKindFor } from "@cchc/format"
 * unitKindFor("Sở Nội vụ tỉnh Quảng Ngãi")?.headTitle // "Giám đốc" (as the registry writes it)
 * ```
 */
export const unitKindFor = (issuer: string, given?: UnitKind): UnitKind | null =>
  given ?? findUnitKind(issuer)

/**
 * The signing chain for a signer of an issuer, derived from how the issuer
 * works: a collective body (UBND) signs `TM.` its collective name, its head
 * under it and a deputy `KT.` the head (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ
 * TỊCH` / `PHÓ CHỦ TỊCH`); a body with one head signs in the head's title
 * and a deputy `KT.` it (`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`); with
 * `competence: "own"` a collective body's head signs in their own title,
 * without `TM.` (`CHỦ TỊCH`, `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`). The chain is
 * checked like any other, so what comes out is coherent.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { signatureFor } from "@cchc/format"
 * Result.getOrThrow(signatureFor({ issuer: "Ủy ban nhân dân xã Ba Bích", signer: "Phạm Văn Mạnh", role: "deputy" }))
 * // { authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }, { mode: "KT", on: "CHỦ TỊCH" }], title: "PHÓ CHỦ TỊCH", signer: "Phạm Văn Mạnh" }
 * Result.getOrThrow(signatureFor({ issuer: "Sở Nội vụ", signer: "Lê Thị Hoa", role: "deputy" }))
 * // { authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: "Lê Thị Hoa" }
 * Result.getOrThrow(signatureFor({ issuer: "Ủy ban nhân dân xã Ba Bích", signer: "Trần Văn Nam" }))
 * // { authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", signer: "Trần Văn Nam" }
 * // A Quyết định of the Chủ tịch in his own competence: no TM.
 * Result.getOrThrow(signatureFor({ issuer: "Ủy ban nhân dân xã Ba Bích", signer: "Trần Văn Nam", competence: "own" }))
 * // { authority: [], title: "CHỦ TỊCH", signer: "Trần Văn Nam" }
 * ```
 */
export const signatureFor = (
  request: SignatureRequest
): Result.Result<SignatureSpec, SignatureChainError | UnknownIssuerError> => {
  const unit = unitKindFor(request.issuer, request.unitKind)
  if (unit === null) {
    return Result.fail(
      new UnknownIssuerError({
        issuer: request.issuer,
        message: `"${clean(request.issuer)}" is not in the unit registry: pass unitKind to say how it signs`
      })
    )
  }
  const head = upper(unit.headTitle)
  const collective =
    unit.collective && unit.collectiveName !== null && request.competence !== "own"
      ? [{ mode: "TM" as const, on: upper(unit.collectiveName) }]
      : []
  const own = request.title === undefined ? null : upper(request.title)
  let spec: SignatureSpec
  switch (request.role ?? "head") {
    case "head":
      spec = { authority: collective, title: own ?? head, signer: clean(request.signer) }
      break
    case "deputy":
      spec = {
        authority: [...collective, { mode: "KT", on: head }],
        title: own ?? upper(unit.deputyTitle),
        signer: clean(request.signer)
      }
      break
    case "acting":
      spec = {
        authority: [...collective, { mode: "Q", on: head }],
        title: own,
        signer: clean(request.signer)
      }
      break
    case "by-order":
      spec = {
        authority: [
          { mode: "TL", on: head },
          ...(request.unitHead === undefined ? [] : [{ mode: "KT" as const, on: upper(request.unitHead) }])
        ],
        title: own,
        signer: clean(request.signer)
      }
      break
    case "by-authorisation":
      spec = { authority: [{ mode: "TUQ", on: head }], title: own, signer: clean(request.signer) }
      break
  }
  const problem = checkSignature(spec)
  return problem === null ? Result.succeed(spec) : Result.fail(problem)
}

/**
 * {@link signatureFor} for code that does not use `Result`: throws the error.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import { signatureForOrThrow } from "@cchc/format"
 * signatureForOrThrow({ issuer: "Sở Nội vụ", signer: "Lê Thị Hoa", role: "acting" }).authority
 * // [{ mode: "Q", on: "GIÁM ĐỐC" }]
 * ```
 */
export const signatureForOrThrow = (request: SignatureRequest): SignatureSpec => {
  const result = signatureFor(request)
  if (Result.isFailure(result)) throw result.failure
  return result.success
}
