/**
 * Why an input could not be checked: one located, plain-language reason.
 *
 * @since 0.1.0
 */

/**
 * The kinds of bad input, a stable id in the JSON and SARIF output.
 *
 * @since 0.1.0
 * @category input
 */
export type InputProblemId =
  | "missing-path"
  | "no-match"
  | "unreadable"
  | "unsupported-type"
  | "empty"
  | "too-large"
  | "binary"
  | "not-utf8"
  | "legacy-encoding"
  | "invalid-docx"
  | "invalid-config"
  | "fix-not-written"

/**
 * One problem with one input, located when a place is known.
 *
 * @since 0.1.0
 * @category input
 */
export interface InputProblem {
  readonly id: InputProblemId
  readonly message: string
  readonly line?: number
  readonly column?: number
}

/**
 * The 1-based line and column of `offset` in `text`.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { positionOf } from "@cchc/cli"
 * positionOf("ab\ncd", 4) // { line: 2, column: 2 }
 * ```
 */
export const positionOf = (text: string, offset: number): { line: number; column: number } => {
  let line = 1
  let start = 0
  const end = Math.min(Math.max(offset, 0), text.length)
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: end - start + 1 }
}
