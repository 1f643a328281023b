/**
 * Keeping a file's line endings when fixes insert line breaks.
 *
 * @since 0.1.0
 */
import type { Diagnostic } from "@cchc/rules"

/**
 * The line ending most used in `text`: `\r\n` when it has more CRLF than
 * lone LF breaks, else `\n`.
 *
 * @since 0.1.0
 * @category fixes
 * @example
 * ```ts
 * import { dominantLineEnding } from "@cchc/cli"
 * dominantLineEnding("a\r\nb\r\nc\n") // "\r\n"
 * ```
 */
export const dominantLineEnding = (text: string): "\n" | "\r\n" => {
  let crlf = 0
  let lf = 0
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++
    else lf++
  }
  return crlf > lf ? "\r\n" : "\n"
}

/**
 * The diagnostics with the line breaks their fixes insert written as
 * `eol`, so that a fixed CRLF file stays CRLF.
 *
 * @since 0.1.0
 * @category fixes
 * @example
 * ```ts
 * import { withLineEnding } from "@cchc/cli"
 * const [d] = withLineEnding([{ fix: { tier: "safe", description: "", edits: [{ start: 0, end: 0, text: "a\nb" }] } } as any], "\r\n")
 * d.fix.edits[0].text // "a\r\nb"
 * ```
 */
export const withLineEnding = (
  diagnostics: ReadonlyArray<Diagnostic>,
  eol: "\n" | "\r\n"
): ReadonlyArray<Diagnostic> =>
  eol === "\n"
    ? diagnostics
    : diagnostics.map((d) =>
        d.fix === null
          ? d
          : {
              ...d,
              fix: {
                ...d.fix,
                edits: d.fix.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, "\r\n") }))
              }
            }
      )
