/**
 * A .pdf as an input of `cchc`: its text layer read by `@cchc/pdf`
 * (loaded on first use, so that a run over text files never loads
 * pdf.js), its problems turned into input problems.
 *
 * @since 0.1.0
 */
import type { PdfProblem, PdfText } from "@cchc/pdf"
import type { ReadOutcome } from "./decode-text.js"
import type { InputProblem } from "./input-problem.js"

const where = (problem: PdfProblem): string =>
  problem.page !== undefined
    ? ` (page ${problem.page})`
    : problem.offset !== undefined
      ? ` (byte ${problem.offset})`
      : ""

/**
 * The input problem for a problem of a PDF: `no-text-layer` for a scan,
 * `too-large` over a limit, `invalid-pdf` for a damaged or
 * password-protected file; the page or byte at fault is named in the
 * message.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { pdfInputProblem } from "@cchc/cli"
 * pdfInputProblem({ kind: "encrypted", message: "the PDF is protected by a password" }).id // "invalid-pdf"
 * ```
 */
export const pdfInputProblem = (problem: PdfProblem): InputProblem => ({
  id:
    problem.kind === "no-text-layer"
      ? "no-text-layer"
      : problem.kind === "too-large"
        ? "too-large"
        : "invalid-pdf",
  message: `${problem.message}${where(problem)}`
})

/**
 * Reads the text layer of a .pdf: at most `maxTextLength` characters, the
 * compressed streams inflating to at most `maxInflatedBytes` (checked
 * before the file is opened).
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { readPdfInput } from "@cchc/cli"
 * const outcome = await readPdfInput(await readFile("bao-cao.pdf"), { maxTextLength: 10_485_760, maxInflatedBytes: 268_435_456 })
 * if (outcome.ok) console.log(outcome.value.pageCount)
 * ```
 */
export const readPdfInput = async (
  bytes: Uint8Array,
  limits: { readonly maxTextLength: number; readonly maxInflatedBytes: number }
): Promise<ReadOutcome<PdfText>> => {
  const { readPdf } = await import("@cchc/pdf")
  const outcome = await readPdf(bytes, limits)
  return outcome.ok ? outcome : { ok: false, problem: pdfInputProblem(outcome.problem) }
}
