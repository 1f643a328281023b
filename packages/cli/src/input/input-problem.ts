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
  | "not-utf16"
  | "legacy-encoding"
  | "invalid-docx"
  | "invalid-pdf"
  | "no-text-layer"
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
