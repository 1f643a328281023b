/**
 * Số, ký hiệu (ô 3).
 *
 * @since 0.1.0
 */
import { lowerCaseCodeGroup } from "@cchc/core"
import { pad2 } from "../internal/text.js"
import { expectInput } from "./builder-input-error.js"

/**
 * The parts of a document number. `sequence` is `null` for an unnumbered
 * draft; `year` only for normative documents; `typeCode` `null` (or
 * absent) for a công văn; `unit` the drafting unit or field after the
 * issuer code. Codes are printed exactly as given: mixed-case codes of
 * Phụ lục III (`QyĐ`, `CTr`, `TTr`) are not upper-cased.
 *
 * @since 0.1.0
 * @category builders
 */
export interface DocumentNumberParts {
  readonly sequence: number | string | null
  readonly year?: number | null | undefined
  readonly typeCode?: string | null | undefined
  readonly issuerCode: string
  readonly unit?: string | null | undefined
}

/**
 * Options of {@link formatDocumentNumber}.
 *
 * @since 0.1.0
 * @category builders
 */
export interface DocumentNumberOptions {
  /** Print the `Số: ` label (default `true`). */
  readonly label?: boolean
  /** What stands for a missing sequence (default six spaces). */
  readonly blank?: string
}

const CODE = /^[\p{L}\d&]+$/u

// The shape of the parts, checked before any field is read.
const expectNumberParts = (builder: string, parts: DocumentNumberParts): void => {
  expectInput(builder, "parts", parts, ["object"])
  expectInput(builder, "parts.sequence", parts.sequence, ["number", "string", "null"])
  expectInput(builder, "parts.year", parts.year, ["number", "null", "undefined"])
  expectInput(builder, "parts.typeCode", parts.typeCode, ["string", "null", "undefined"])
  expectInput(builder, "parts.issuerCode", parts.issuerCode, ["string"])
  expectInput(builder, "parts.unit", parts.unit, ["string", "null", "undefined"])
}

/**
 * Why the parts cannot be printed as a number, or `null` when they can.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { checkDocumentNumber } from "@cchc/format"
 * checkDocumentNumber({ sequence: 5, typeCode: "KH", issuerCode: "UBND" }) // null
 * checkDocumentNumber({ sequence: 0, typeCode: "KH", issuerCode: "UBND" }) // "sequence 0 is not a positive integer"
 * checkDocumentNumber({ sequence: 5, typeCode: "KH", issuerCode: "ubnd" })
 * // 'issuerCode "ubnd": "ubnd" must be written in capitals'
 * checkDocumentNumber({ sequence: 5, typeCode: "QĐ", issuerCode: "TTg" }) // null
 * ```
 */
export const checkDocumentNumber = (parts: DocumentNumberParts): string | null => {
  expectNumberParts("checkDocumentNumber", parts)
  const { sequence, year, typeCode, issuerCode, unit } = parts
  if (typeof sequence === "number" && (!Number.isInteger(sequence) || sequence < 1)) {
    return `sequence ${sequence} is not a positive integer`
  }
  if (typeof sequence === "string" && !/^\d{1,6}[a-zđ]?$/u.test(sequence.trim())) {
    return `sequence ${JSON.stringify(sequence)} is not digits with an optional letter`
  }
  if (typeof sequence === "string" && /^0+[a-zđ]?$/u.test(sequence.trim()))
    return `sequence ${sequence} is zero`
  if (year != null && (!Number.isInteger(year) || year < 1000 || year > 9999))
    return `year ${year} is not a 4-digit year`
  for (const [name, code] of [
    ["typeCode", typeCode],
    ["unit", unit]
  ] as const) {
    if (code != null && code !== "" && !code.split("-").every((part) => CODE.test(part))) {
      return `${name} ${JSON.stringify(code)} must be letters, digits and & separated by -`
    }
  }
  if (!issuerCode.split("-").every((part) => CODE.test(part))) {
    return `issuerCode ${JSON.stringify(issuerCode)} must be letters, digits and & separated by -`
  }
  // The rules report a code group in lower case (`05/KH-ubnd`); the
  // mixed-case official codes (`TTg`) start with a capital and pass.
  for (const [name, code] of [
    ["issuerCode", issuerCode],
    ["unit", unit]
  ] as const) {
    const group = code == null ? null : lowerCaseCodeGroup(code.trim())
    if (group !== null) return `${name} ${JSON.stringify(code)}: "${group}" must be written in capitals`
  }
  return null
}

/**
 * The sequence as printed: numbers below 10 get a leading zero (`05`),
 * letter suffixes are kept (`30c`). Throws a `RangeError` for a number
 * that is not a positive integer (`NaN`, `0`, `2.5`) or a string that is
 * not digits with an optional letter, and a {@link BuilderInputError}
 * for anything else.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatSequence } from "@cchc/format"
 * formatSequence(5) // "05"
 * formatSequence("7a") // "07a"
 * formatSequence(2113) // "2113"
 * ```
 */
export const formatSequence = (sequence: number | string): string => {
  if (typeof sequence === "number") {
    if (!Number.isSafeInteger(sequence) || sequence < 1)
      throw new RangeError(`sequence ${sequence} is not a positive integer`)
    return pad2(sequence)
  }
  expectInput("formatSequence", "sequence", sequence, ["number", "string"])
  // `Number` drops the leading zeros: a separate `0*` before `(\d+)` would
  // compete with it for them and backtrack quadratically on `000…0x`.
  const m = /^(\d+)([a-zđ]?)$/u.exec(sequence.trim())
  if (m === null) throw new RangeError(`not a sequence: ${JSON.stringify(sequence)}`)
  return `${pad2(Number(m[1]))}${m[2]}`
}

/**
 * Số, ký hiệu as Nghị định 30/2020, Phụ lục I, §3.3 prints it: `Số: `,
 * the sequence (numbers below 10 padded), the year for normative
 * documents, `/`, then the ký hiệu with `-` between groups and no spaces.
 * Throws a `RangeError` when {@link checkDocumentNumber} finds a problem,
 * and a {@link BuilderInputError} for parts of the wrong shape.
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatDocumentNumber } from "@cchc/format"
 * formatDocumentNumber({ sequence: 5, typeCode: "KH", issuerCode: "UBND" }) // "Số: 05/KH-UBND"
 * formatDocumentNumber({ sequence: 12, typeCode: null, issuerCode: "UBND", unit: "VX" }) // "Số: 12/UBND-VX"
 * formatDocumentNumber({ sequence: 93, year: 2021, typeCode: "NQ", issuerCode: "HĐND" }) // "Số: 93/2021/NQ-HĐND"
 * formatDocumentNumber({ sequence: null, typeCode: "BC", issuerCode: "UBND" }) // "Số:      /BC-UBND"
 * formatDocumentNumber({ sequence: 35, typeCode: "KH", issuerCode: "UBND" }, { label: false }) // "35/KH-UBND"
 * ```
 */
export const formatDocumentNumber = (
  parts: DocumentNumberParts,
  options: DocumentNumberOptions = {}
): string => {
  expectNumberParts("formatDocumentNumber", parts)
  const problem = checkDocumentNumber(parts)
  if (problem !== null) throw new RangeError(problem)
  const notation = [parts.typeCode, parts.issuerCode, parts.unit]
    .filter((code): code is string => code != null && code.trim() !== "")
    .map((code) => code.trim())
    .join("-")
  const year = parts.year == null ? "" : `/${parts.year}`
  const label = options.label ?? true
  if (parts.sequence === null) {
    const blank = options.blank ?? "      "
    return `${label ? "Số:" : ""}${blank}${year}/${notation}`
  }
  return `${label ? "Số: " : ""}${formatSequence(parts.sequence)}${year}/${notation}`
}
