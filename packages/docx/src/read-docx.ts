/**
 * The public reading of a .docx: its text, as the parser reads it, and
 * its formatting facts.
 *
 * @since 0.1.0
 */
import type { FormattedParagraph, Formatting } from "@cchc/core"
import { readDocxPackage } from "./docx-package.js"
import type { DocxOutcome } from "./docx-problem.js"
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits.js"

/**
 * A .docx as text: `text` is what the parser reads (the text a person
 * sees, as a .txt of the document gives it, list labels included),
 * `formatting` the facts of how it looks, with offsets into `text`.
 *
 * @since 0.1.0
 * @category reading
 */
export interface DocxText {
  readonly text: string
  readonly formatting: Formatting
}

/**
 * Reads a .docx (or .docm, .dotx): never throws; a damaged, oversized or
 * empty file is a {@link DocxProblem} naming the part (and the line and
 * column of its XML) at fault. Runs in Node and in a browser.
 *
 * @since 0.1.0
 * @category reading
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises"
 * import { readDocx } from "@cchc/docx"
 * const outcome = readDocx(await readFile("bao-cao.docx"))
 * if (outcome.ok) console.log(outcome.value.text.split("\n")[0], outcome.value.formatting.sections[0]?.width)
 * else console.error(outcome.problem.message)
 * ```
 */
export const readDocx = (bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocxOutcome<DocxText> => {
  const read = readDocxPackage(bytes, { ...DEFAULT_DOCX_LIMITS, ...limits })
  if (!read.ok) return read
  const { text, formatting } = read.value
  if (text.trim().length === 0)
    return {
      ok: false,
      problem: { kind: "empty", message: "the .docx has no text: there is nothing to check" }
    }
  return { ok: true, value: { text, formatting } }
}

/**
 * Where a character of the text is in the .docx.
 *
 * @since 0.1.0
 * @category reading
 */
export interface DocxSource {
  readonly part: string
  /** The paragraph's index in its part, in reading order. */
  readonly paragraph: number
  /** The run's index in its paragraph, or `null` for a list label or a line break between runs. */
  readonly run: number | null
  /** The character's offset in its run (or in its paragraph when `run` is `null`). */
  readonly character: number
}

/**
 * The paragraph of `formatting` that holds text offset `offset`, or
 * `undefined` between paragraphs (a blank line). A binary search.
 *
 * @since 0.1.0
 * @category reading
 * @example
 * ```ts
 * import { paragraphAt } from "@cchc/docx"
 * declare const formatting: import("@cchc/core").Formatting
 * paragraphAt(formatting, 0)?.alignment
 * ```
 */
export const paragraphAt = (formatting: Formatting, offset: number): FormattedParagraph | undefined => {
  const ps = formatting.paragraphs
  let lo = 0
  let hi = ps.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((ps[mid]!.end ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  const p = ps[lo]
  return p !== undefined && p.start !== null && p.start <= offset && offset <= (p.end ?? -1) ? p : undefined
}

/**
 * Where text offset `offset` is in the .docx: part, paragraph, run and
 * character, or `null` for a blank line between paragraphs.
 *
 * @since 0.1.0
 * @category reading
 * @example
 * ```ts
 * import { docxSourceAt, readDocx } from "@cchc/docx"
 * declare const bytes: Uint8Array
 * const read = readDocx(bytes)
 * if (read.ok) docxSourceAt(read.value.formatting, 10) // { part: "word/document.xml", paragraph: 0, run: 1, character: 3 }
 * ```
 */
export const docxSourceAt = (formatting: Formatting, offset: number): DocxSource | null => {
  const p = paragraphAt(formatting, offset)
  if (p === undefined) return null
  for (let i = 0; i < p.runs.length; i++) {
    const r = p.runs[i]!
    if (r.start <= offset && offset < r.end)
      return { part: p.part, paragraph: p.index, run: r.source.run, character: offset - r.start }
  }
  return { part: p.part, paragraph: p.index, run: null, character: offset - p.start! }
}
