/**
 * `cchc convert FILE --to docx|txt|md|html [-o OUT] [--fix]`: a document
 * read from text, Markdown, Word or PDF, printed again as a correct
 * Decree-30 document (parse → spec → render).
 *
 * @since 0.2.0
 */
import { extname, resolve } from "node:path"
import { parseDocument } from "@cchc/core"
import { toDocumentSpec } from "@cchc/format"
import { fixUntilStable, lint } from "@cchc/rules"
import * as Result from "effect/Result"
import { choiceOption, COMMON_OPTIONS, integerOption, parseCommandArgs } from "../args.js"
import { InputError, UsageError } from "../errors.js"
import { displayPath } from "../input/paths.js"
import { readInputText } from "../input/read-input.js"
import type { CliIO } from "../io.js"
import { assertOutputsApart } from "../lint/output-paths.js"
import { writeFileAtomic } from "../lint/write-atomic.js"
import { RENDER_FORMATS, renderSpec } from "./render.js"

const OPTIONS = {
  ...COMMON_OPTIONS,
  to: { type: "string", short: "t" },
  output: { type: "string", short: "o" },
  fix: { type: "boolean" },
  "convert-legacy": { type: "boolean" },
  "max-file-size": { type: "string" }
} as const

const BY_EXTENSION: Readonly<Record<string, (typeof RENDER_FORMATS)[number]>> = {
  ".txt": "txt",
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx"
}

/**
 * Runs `cchc convert` and returns its exit code: 0 when the document was
 * printed, 2 when it cannot be read or lacks a part every document needs
 * (the number, the place-date, the signature…). With `--fix` the safe
 * fixes of the recommended preset are applied to the text first. What the
 * spec could not carry over is noted on standard error.
 *
 * @since 0.2.0
 * @category commands
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * const io = memoryIO(process.cwd())
 * await runCli(["convert", "bao-cao.txt", "--to", "docx", "-o", "bao-cao.docx"], io) // 0
 * ```
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIO): Promise<number> => {
  const { values, positionals } = parseCommandArgs("convert", argv, OPTIONS, io.locale)
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? "convert needs a FILE" : "convert takes one FILE")
  const output = values.output
  const fromExtension = output === undefined ? undefined : BY_EXTENSION[extname(output).toLowerCase()]
  if (values.to === undefined && fromExtension === undefined) {
    throw new UsageError(
      `--to is needed (${RENDER_FORMATS.join(", ")})${output === undefined ? "" : `: the extension of ${output} does not say`}`
    )
  }
  const format = choiceOption("--to", values.to ?? fromExtension, RENDER_FORMATS, "txt")
  if (format === "docx" && output === undefined)
    throw new UsageError("--to docx writes a binary file: give it -o OUT.docx")
  const maxFileSize = integerOption("--max-file-size", values["max-file-size"], 1, 1024) ?? 10

  const inputPath = resolve(io.cwd, positionals[0]!)
  const file = displayPath(io.cwd, inputPath)
  if (output !== undefined)
    assertOutputsApart(
      [{ option: "-o", path: resolve(io.cwd, output) }],
      [{ role: "the input", path: inputPath }],
      io.cwd
    )
  const read = await readInputText(inputPath, {
    maxBytes: maxFileSize * 1_048_576,
    convertLegacy: values["convert-legacy"] === true
  })
  if (!read.ok) throw new InputError(file, read.problem.message, read.problem.line, read.problem.column)
  let text = read.value.text
  if (values.fix === true) {
    const fixed = fixUntilStable(text, (t) => lint(t, { extends: "recommended" }))
    if (fixed.applied > 0)
      io.stderr.write(`cchc convert: ${file}: ${fixed.applied} safe fixes applied first\n`)
    text = fixed.output
  }
  const converted = toDocumentSpec(parseDocument(text))
  if (Result.isFailure(converted))
    throw new InputError(file, `cannot be printed as a Decree-30 document: ${converted.failure.message}`)
  for (const note of converted.success.dropped)
    io.stderr.write(`cchc convert: ${file}: not carried over: ${note}\n`)
  const rendered = await renderSpec(converted.success.spec, format)
  if (!rendered.ok)
    throw new InputError(file, `cannot lay out the document: ${rendered.path}: ${rendered.message}`)
  if (output === undefined) io.stdout.write(rendered.value as string)
  else {
    const target = resolve(io.cwd, output)
    await writeFileAtomic(target, rendered.value, true)
    io.stderr.write(`Wrote ${displayPath(io.cwd, target)} (${format}).\n`)
  }
  return 0
}
