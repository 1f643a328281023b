/**
 * Which type codes a kind of document carries in its number (`Kế hoạch`
 * → `KH`), for citations (`Kế hoạch số 2113/QĐ-UBND` names a Kế hoạch but
 * the number is a Quyết định's).
 *
 * @since 0.2.0
 */
import type { NumberFamily } from "../model/document-number.js"
import { foldKey } from "../text/fold.js"
import { ALL_KINDS } from "./document-kinds.js"

// A Công văn, or a document cited as "Văn bản", has no type code: the head
// of its number is the issuer (`1175/STTTT-TTBCXB`).
const UNCODED_KINDS = new Set(["công văn", "văn bản", "luật", "bộ luật", "pháp lệnh", "hiến pháp"])

// Kinds cited in documents that Phụ lục III does not list, or with a second
// code: a Kết luận (`KL`), a joint circular (`TTLT`), and a party Quy định
// numbered `QĐ` (`Quy định số 08-QĐ/TW`).
const EXTRA_CODES: ReadonlyArray<readonly [kind: string, code: string, family?: NumberFamily]> = [
  ["Kết luận", "KL"],
  ["Thông tư", "TTLT"],
  ["Quy định", "QĐ", "party"]
]

const codesByKind = new Map<string, Set<string>>()
const kindByCode = new Map<string, string>()
for (const k of ALL_KINDS) {
  if (k.code === null) continue
  const key = foldKey(k.name)
  codesByKind.set(key, (codesByKind.get(key) ?? new Set()).add(foldKey(k.code)))
  if (!kindByCode.has(foldKey(k.code))) kindByCode.set(foldKey(k.code), k.name)
}
for (const [kind, code, family] of EXTRA_CODES) {
  if (family !== undefined) continue
  codesByKind.set(foldKey(kind), (codesByKind.get(foldKey(kind)) ?? new Set()).add(foldKey(code)))
  if (!kindByCode.has(foldKey(code))) kindByCode.set(foldKey(code), kind)
}

/**
 * Whether `code` is a type code of the kind named `kind`, or `null` when
 * the kind is not one known here or carries no code. Legacy codes of the
 * repealed Thông tư 01/2011/TT-BNV fit, because older documents are cited
 * with them.
 *
 * @since 0.2.0
 * @category reference data
 * @example
 * ```ts
 * import { codeFitsKind } from "@cchc/core"
 * codeFitsKind("Kế hoạch", "KH", "administrative") // true
 * codeFitsKind("Kế hoạch", "QĐ", "administrative") // false
 * codeFitsKind("Công văn", "KH", "administrative") // null
 * ```
 */
export const codeFitsKind = (kind: string, code: string, family: NumberFamily): boolean | null => {
  const kindKey = foldKey(kind)
  if (UNCODED_KINDS.has(kindKey)) return null
  const codes = codesByKind.get(kindKey)
  if (codes === undefined) return null
  const codeKey = foldKey(code)
  if (codes.has(codeKey)) return true
  return EXTRA_CODES.some(([k, c, f]) => f === family && foldKey(k) === kindKey && foldKey(c) === codeKey)
}

/**
 * The kind whose type code is `code` (`QĐ` → `Quyết định`), or `null`.
 *
 * @since 0.2.0
 * @category reference data
 * @example
 * ```ts
 * import { kindNameOfCode } from "@cchc/core"
 * kindNameOfCode("QĐ") // "Quyết định"
 * ```
 */
export const kindNameOfCode = (code: string): string | null => kindByCode.get(foldKey(code)) ?? null

/**
 * The current type codes of the kind named `kind`, joined by `, `
 * (`Kế hoạch` → `KH`); empty when it has none.
 *
 * @since 0.2.0
 * @category reference data
 * @example
 * ```ts
 * import { currentCodesOfKind } from "@cchc/core"
 * currentCodesOfKind("Thông tư") // "TT, TTLT"
 * ```
 */
export const currentCodesOfKind = (kind: string): string =>
  [
    ...ALL_KINDS.filter((k) => k.code !== null && k.family !== "legacy").map(
      (k) => [k.name, k.code!] as const
    ),
    ...EXTRA_CODES.filter(([, , family]) => family === undefined)
  ]
    .filter(([name]) => foldKey(name) === foldKey(kind))
    .map(([, code]) => code)
    .join(", ")
