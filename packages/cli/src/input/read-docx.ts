/**
 * A .docx as an input of `cchc`: its text and formatting facts read by
 * `@cchc/docx` (loaded on first use, so that a run over text files never
 * loads it), its problems turned into located input problems.
 *
 * @since 0.1.0
 */
import type { DocxLimits, DocxProblem, DocxText } from "@cchc/docx"
import type { ReadOutcome } from "./decode-text.js"
import type { InputProblem } from "./input-problem.js"

/**
 * The input problem for a problem of a .docx: `too-large` over a limit,
 * `empty` without text, `invalid-docx` for anything else; the part (and
 * the line and column of its XML) at fault are named in the message.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { docxInputProblem } from "@cchc/cli"
 * docxInputProblem({ kind: "not-zip", message: "it is not a ZIP archive (save it from Word as .docx)" }).message
 * // "not a readable .docx (Word) file: it is not a ZIP archive (save it from Word as .docx)"
 * ```
 */
export const docxInputProblem = (problem: DocxProblem): InputProblem => {
  const where =
    problem.line !== undefined && problem.part !== undefined
      ? ` (${problem.part}, line ${problem.line}, column ${problem.column ?? 1})`
      : ""
  if (problem.kind === "empty") return { id: "empty", message: problem.message }
  if (problem.kind === "too-large")
    return {
      id: "too-large",
      message: `this .docx cannot be read safely: ${problem.message}${where}${
        /longer than|is over the/.test(problem.message) ? " (raise it with --max-file-size)" : ""
      }`
    }
  return { id: "invalid-docx", message: `not a readable .docx (Word) file: ${problem.message}${where}` }
}

/**
 * Reads the text and formatting facts of a .docx with `@cchc/docx`
 * within `limits` (the text at most `maxTextLength` characters). A file
 * that is not a Word document, is over a limit, or has no text, is an
 * input problem.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { readDocx } from "@cchc/cli"
 * const outcome = await readDocx(await readFile("bao-cao.docx"))
 * if (outcome.ok) console.log(outcome.value.text.split("\n")[0])
 * ```
 */
export const readDocx = async (
  bytes: Uint8Array,
  limits: Partial<DocxLimits> = {}
): Promise<ReadOutcome<DocxText>> => {
  const { readDocx: read } = await import("@cchc/docx")
  const outcome = read(bytes, limits)
  return outcome.ok ? outcome : { ok: false, problem: docxInputProblem(outcome.problem) }
}
