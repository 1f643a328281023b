/**
 * Tên cơ quan, tổ chức ban hành (ô 2).
 *
 * @since 0.1.0
 */
import { expectInput } from "./builder-input-error.js"
import { upper } from "../internal/text.js"

/**
 * The issuing body and its cơ quan chủ quản, as given.
 *
 * @since 0.1.0
 * @category builders
 */
export interface IssuerInput {
  readonly name: string
  readonly parent?: string | null | undefined
}

/**
 * The lines of ô 2: `parent` (printed regular) above `name` (printed
 * bold, with a short rule below).
 *
 * @since 0.1.0
 * @category builders
 */
export interface IssuerHeaderLines {
  readonly parent: string | null
  readonly name: string
}

/**
 * Ô 2 in upper case: the cơ quan chủ quản line, when there is one, then
 * the issuer's name.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatIssuerHeader } from "@cchc/format"
 * formatIssuerHeader({ name: "Sở Nội vụ", parent: "UBND tỉnh Quảng Ngãi" })
 * // { parent: "UBND TỈNH QUẢNG NGÃI", name: "SỞ NỘI VỤ" }
 * formatIssuerHeader({ name: "Ủy ban nhân dân xã Ba Bích" })
 * // { parent: null, name: "ỦY BAN NHÂN DÂN XÃ BA BÍCH" }
 * ```
 */
export const formatIssuerHeader = (issuer: IssuerInput): IssuerHeaderLines => {
  expectInput("formatIssuerHeader", "issuer", issuer, ["object"])
  expectInput("formatIssuerHeader", "issuer.name", issuer.name, ["string"])
  expectInput("formatIssuerHeader", "issuer.parent", issuer.parent, ["string", "null", "undefined"])
  const name = upper(issuer.name)
  if (name.length === 0) throw new RangeError("the issuer's name is empty")
  const parent = issuer.parent == null || upper(issuer.parent) === "" ? null : upper(issuer.parent)
  return { parent, name }
}
