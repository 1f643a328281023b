/**
 * Thẩm quyền ký and the signature block (ô 7a–7b).
 *
 * @since 0.1.0
 */
import { expectInput } from "./builder-input-error.js"
import type { SigningMode } from "@cchc/core"
import * as Result from "effect/Result"
import { clean, isUpperCase, upper } from "../internal/text.js"
import { SignatureChainError, type SignatureChainReason } from "./signature-chain-error.js"
import { classifySigningTarget, isDeputyOf } from "./signing-target.js"

/**
 * One authority line: `{ mode: "KT", on: "Chủ tịch" }` is printed
 * `KT. CHỦ TỊCH`.
 *
 * @since 0.1.0
 * @category signature
 */
export interface AuthorityInput {
  readonly mode: SigningMode
  readonly on: string
}

/**
 * A signing chain: the authority lines from the top, the signer's own
 * title (`null` when the last authority line says it, as in `Q. GIÁM
 * ĐỐC`) and the signer's name.
 *
 * @since 0.1.0
 * @category signature
 */
export interface SignatureInput {
  readonly authority: ReadonlyArray<AuthorityInput>
  readonly title: string | null
  readonly signer: string
}

/**
 * The signature block as printed: authority lines and title in upper case
 * (bold), then the name in normal case (bold), with room for the signature
 * and seal between them. `lines` is all of them in order.
 *
 * @since 0.1.0
 * @category signature
 */
export interface FormattedSignature {
  readonly authority: ReadonlyArray<string>
  readonly title: string | null
  readonly signer: string
  readonly lines: ReadonlyArray<string>
}

const VI: Record<SignatureChainReason, string> = {
  "empty-line": "Dòng thẩm quyền hoặc chức vụ bị bỏ trống.",
  "tm-before-title": "Sau TM. phải là tên tập thể (ỦY BAN NHÂN DÂN), không phải chức vụ.",
  "delegation-before-body": "Sau KT., TL., TUQ., Q. phải là chức vụ người đứng đầu, không phải tên cơ quan.",
  "deputy-title-on-authority":
    "Dòng KT./TL./TUQ./Q. ghi chức vụ của người đứng đầu, không ghi chức vụ cấp phó.",
  "misplaced-tm": "TM. chỉ đứng ở dòng đầu và chỉ một lần.",
  "tuq-redelegated": "Người ký thừa ủy quyền (TUQ.) không được ủy quyền lại.",
  "invalid-order": "Thứ tự thẩm quyền ký không hợp lệ.",
  "missing-title": "Thiếu chức vụ của người ký.",
  "title-is-body": "Dòng chức vụ của người ký ghi tên cơ quan, không phải chức vụ.",
  "head-title-after-kt": "Sau KT. phải là chức vụ cấp phó của người ký.",
  "deputy-of-other-head": "Chức vụ cấp phó không tương ứng với người đứng đầu ở dòng KT.",
  "deputy-without-kt": "Cấp phó ký phải ghi KT. trước chức vụ người đứng đầu.",
  "unofficial-title": "Chức vụ không phải chức danh chính thức.",
  "signer-missing": "Thiếu họ tên người ký.",
  "signer-upper-case": "Họ tên người ký viết thường (in hoa chữ cái đầu), không viết in hoa toàn bộ.",
  "signer-degree": "Không ghi học hàm, học vị trước họ tên người ký."
}

const refuse = (reason: SignatureChainReason, message: string, line: number | null = null) =>
  new SignatureChainError({ reason, message, messageVi: VI[reason], line })

const COHERENT_ORDERS = new Set(["", "TM", "TM KT", "TM Q", "KT", "Q", "TL", "TL KT", "TUQ"])
const DEGREE = /^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|THS|KS|BS|CN|NCS|LS|DS)\.\s*)+/u

const line = (a: AuthorityInput): string => `${a.mode}. ${upper(a.on)}`

/**
 * Finds the first incoherence in a signing chain, or `null`.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import { checkSignature } from "@cchc/format"
 * checkSignature({ authority: [{ mode: "TM", on: "CHỦ TỊCH" }], title: null, signer: "Phạm Văn Mạnh" })?.reason
 * // "tm-before-title"
 * ```
 */
export const checkSignature = (input: SignatureInput): SignatureChainError | null => {
  expectInput("checkSignature", "input", input, ["object"])
  expectInput("checkSignature", "input.authority", input.authority, ["array"])
  input.authority.forEach((a, i) => {
    expectInput("checkSignature", `input.authority[${i}]`, a, ["object"])
    expectInput("checkSignature", `input.authority[${i}].mode`, a.mode, ["string"])
    expectInput("checkSignature", `input.authority[${i}].on`, a.on, ["string"])
  })
  expectInput("checkSignature", "input.title", input.title, ["string", "null"])
  expectInput("checkSignature", "input.signer", input.signer, ["string"])
  const chain = input.authority
  for (const [i, a] of chain.entries()) {
    const target = classifySigningTarget(a.on)
    if (upper(a.on) === "") return refuse("empty-line", `authority line ${i + 1} (${a.mode}.) is empty`, i)
    if (a.mode === "TM" && (target === "head" || target === "deputy" || target === "member")) {
      return refuse(
        "tm-before-title",
        `"${line(a)}": TM. names the collective body it acts for, not a title`,
        i
      )
    }
    if (a.mode !== "TM" && target === "body") {
      return refuse(
        "delegation-before-body",
        `"${line(a)}": ${a.mode}. names the head's title, not a body`,
        i
      )
    }
    if (a.mode !== "TM" && target === "deputy") {
      return refuse(
        "deputy-title-on-authority",
        `"${line(a)}": ${a.mode}. names the head's title, not a deputy's`,
        i
      )
    }
    if (a.mode === "TM" && i > 0)
      return refuse("misplaced-tm", `"${line(a)}": TM. can only open the chain`, i)
    if (chain[i - 1]?.mode === "TUQ") {
      return refuse("tuq-redelegated", `"${line(a)}" after TUQ.: an authorisation cannot be passed on`, i)
    }
  }
  const order = chain.map((a) => a.mode).join(" ")
  if (!COHERENT_ORDERS.has(order)) {
    return refuse(
      "invalid-order",
      `${chain.map((a) => `${a.mode}.`).join(" then ")} is not a signing chain (TM., TM.+KT., TM.+Q., KT., Q., TL., TL.+KT., TUQ.)`,
      chain.length - 1
    )
  }
  const last = chain[chain.length - 1]
  const title = input.title === null ? null : upper(input.title)
  if (title === "") return refuse("empty-line", "the signer's title is empty")
  if (title === null) {
    if (last?.mode !== "Q") {
      return refuse(
        "missing-title",
        `the signer's title is missing after ${last === undefined ? "no authority line" : line(last)}`
      )
    }
  } else {
    const target = classifySigningTarget(title)
    if (/(?:^| )PHỤ TRÁCH(?: |$)/u.test(title))
      return refuse("unofficial-title", `"${title}" is not an official title`)
    if (target === "body")
      return refuse("title-is-body", `"${title}" is a body's name, not the signer's title`)
    if (last?.mode === "KT") {
      if (target === "head") {
        return refuse(
          "head-title-after-kt",
          `"${title}" under "${line(last)}": a deputy signs KT. with the deputy's own title`
        )
      }
      if (!isDeputyOf(title, last.on)) {
        return refuse("deputy-of-other-head", `"${title}" is not a deputy of "${upper(last.on)}"`)
      }
    } else if (target === "deputy" && last?.mode !== "TL" && last?.mode !== "TUQ" && last?.mode !== "Q") {
      return refuse(
        "deputy-without-kt",
        `"${title}" is a deputy's title: a deputy signs under "KT. <head's title>"`
      )
    }
  }
  const signer = clean(input.signer)
  if (signer === "") return refuse("signer-missing", "the signer's name is missing")
  if (DEGREE.test(signer))
    return refuse("signer-degree", `"${signer}": no degree or academic title before the name`)
  if (isUpperCase(signer))
    return refuse("signer-upper-case", `"${signer}": the name is written in normal case`)
  return null
}

/**
 * The signature block of Nghị định 30/2020, Điều 13: authority lines
 * (`TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`) and the signer's title in upper
 * case, then the name. An incoherent chain is refused with a
 * {@link SignatureChainError} that says why.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * import { formatSignatureBlock } from "@cchc/format"
 * const block = formatSignatureBlock({
 *   authority: [{ mode: "TM", on: "Ủy ban nhân dân" }, { mode: "KT", on: "Chủ tịch" }],
 *   title: "Phó Chủ tịch",
 *   signer: "Phạm Văn Mạnh"
 * })
 * Result.getOrThrow(block).lines // ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Mạnh"]
 *
 * const wrong = formatSignatureBlock({ authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "GIÁM ĐỐC", signer: "Lê Văn Hùng" })
 * Result.isFailure(wrong) && wrong.failure.reason // "head-title-after-kt"
 * ```
 */
export const formatSignatureBlock = (
  input: SignatureInput
): Result.Result<FormattedSignature, SignatureChainError> => {
  const problem = checkSignature(input)
  if (problem !== null) return Result.fail(problem)
  const authority = input.authority.map(line)
  const title = input.title === null ? null : upper(input.title)
  const signer = clean(input.signer)
  return Result.succeed({
    authority,
    title,
    signer,
    lines: [...authority, ...(title === null ? [] : [title]), signer]
  })
}

/**
 * {@link formatSignatureBlock} for code that does not use `Result`: throws
 * the {@link SignatureChainError}.
 *
 * @since 0.1.0
 * @category signature
 * @example
 * ```ts
 * import { formatSignatureBlockOrThrow } from "@cchc/format"
 * formatSignatureBlockOrThrow({ authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: "Lê Văn Hùng" }).lines
 * // ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hùng"]
 * ```
 */
export const formatSignatureBlockOrThrow = (input: SignatureInput): FormattedSignature => {
  const result = formatSignatureBlock(input)
  if (Result.isFailure(result)) throw result.failure
  return result.success
}
