/**
 * `cchc render SPEC.json --to txt|md|html|docx -o OUT`: build a Decree-30
 * document from a JSON description (a `DocumentSpec`, or the JSON that
 * `cchc parse --format json` prints) with the renderers of `@cchc/format`.
 *
 * @since 0.1.0
 */
import { readFile } from "node:fs/promises"
import { extname, resolve } from "node:path"
import { decodeDocument, decodeDocumentSpec, type DocumentSpec } from "@cchc/core"
import { layoutDocument, renderHtml, renderMarkdown, renderText, toDocumentSpec } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"
import * as Result from "effect/Result"
import { choiceOption, COMMON_OPTIONS, parseCommandArgs } from "../args.js"
import { childPath, JsonSyntaxError, parseJsonSource, type JsonSource } from "../config/json-source.js"
import { InputError, UsageError } from "../errors.js"
import { displayPath } from "../input/paths.js"
import type { CliIO } from "../io.js"
import { assertOutputsApart } from "../lint/output-paths.js"
import { writeFileAtomic } from "../lint/write-atomic.js"

const OPTIONS = {
  ...COMMON_OPTIONS,
  to: { type: "string", short: "t" },
  output: { type: "string", short: "o" }
} as const

/**
 * The formats `cchc render` writes.
 *
 * @since 0.1.0
 * @category commands
 */
export const RENDER_FORMATS = ["txt", "md", "html", "docx"] as const

/**
 * One of {@link RENDER_FORMATS}.
 *
 * @since 0.1.0
 * @category commands
 */
export type RenderFormat = (typeof RENDER_FORMATS)[number]

const BY_EXTENSION: Readonly<Record<string, RenderFormat>> = {
  ".txt": "txt",
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx"
}

/** A schema path (`["sections", 0, "heading"]`) as text: `sections[0].heading`. */
const pathText = (path: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>): string =>
  path.reduce<string>((out, segment) => {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment
    return childPath(out, typeof key === "number" ? key : String(key))
  }, "")

const located = (
  file: string,
  source: JsonSource,
  path: string,
  message: string,
  prefix = ""
): InputError => {
  const at = source.positions.get(path)
  return new InputError(
    file,
    `${prefix}${path === "" ? message : `${path}: ${message}`}`,
    at?.line,
    at?.column
  )
}

/**
 * The spec a JSON file describes: a `DocumentSpec`, or the JSON of a
 * parsed `Document` (`cchc parse --format json`), converted with
 * `toDocumentSpec` (what it could not carry over is noted on standard
 * error). Throws an `InputError` located at the first issue.
 */
const specFromJson = (file: string, source: JsonSource, io: CliIO): DocumentSpec => {
  const value = source.value
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "isDocument" in value) {
    const document = decodeDocument(value)
    if (Result.isFailure(document))
      throw located(file, source, "", document.failure, "not the JSON of a parsed document: ")
    const converted = toDocumentSpec(document.success)
    if (Result.isFailure(converted))
      throw located(file, source, "", converted.failure.message, "cannot make a document spec of it: ")
    for (const note of converted.success.dropped)
      io.stderr.write(`cchc render: ${file}: not carried over: ${note}\n`)
    return converted.success.spec
  }
  const decoded = decodeDocumentSpec(value)
  if (Result.isSuccess(decoded)) return decoded.success
  const [first, ...rest] = decoded.failure.issues
  const more =
    rest.length === 0
      ? ""
      : ` (and ${rest.length} more: ${rest.map((i) => `${i.at}: ${i.message}`).join("; ")})`
  // An unknown key is located at the key itself; its parent object's
  // position stands in when the key has none of its own.
  throw located(
    file,
    source,
    first?.at ?? "",
    `${first?.message ?? "invalid"}${more}`,
    "not a document spec: "
  )
}

/**
 * Renders a decoded spec in `format`: text for `txt`, `md` and `html`,
 * bytes for `docx`. Fails with the located reason when the spec cannot be
 * laid out (a date that does not exist, a signing chain the decree does not
 * allow).
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { renderSpec } from "@cchc/cli"
 * const output = await renderSpec(spec, "txt") // spec: a decoded DocumentSpec
 * if (output.ok) console.log(output.value)
 * ```
 */
export const renderSpec = async (
  spec: DocumentSpec,
  format: RenderFormat
): Promise<{ ok: true; value: string | Uint8Array } | { ok: false; path: string; message: string }> => {
  const layout = layoutDocument(spec)
  if (Result.isFailure(layout)) {
    const error = layout.failure
    if (error._tag === "InvalidDocumentSpecError")
      return { ok: false, path: pathText(error.path), message: error.message }
    const path = error.line === null ? "signature" : `signature.authority[${error.line}]`
    return { ok: false, path, message: `${error.messageVi} (${error.message})` }
  }
  switch (format) {
    case "txt":
      return { ok: true, value: renderText(layout.success) }
    case "md":
      return { ok: true, value: renderMarkdown(layout.success) }
    case "html":
      return { ok: true, value: renderHtml(layout.success) }
    case "docx":
      return { ok: true, value: await renderDocx(layout.success) }
  }
}

/**
 * Runs `cchc render` and returns its exit code.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * const io = memoryIO(process.cwd())
 * await runCli(["render", "spec.json", "--to", "md"], io) // 0, the Markdown on io.output()
 * ```
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIO): Promise<number> => {
  const { values, positionals } = parseCommandArgs("render", argv, OPTIONS, io.locale)
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? "render needs a SPEC.json" : "render takes one SPEC.json")
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

  const specPath = resolve(io.cwd, positionals[0]!)
  const file = displayPath(io.cwd, specPath)
  if (output !== undefined)
    assertOutputsApart(
      [{ option: "-o", path: resolve(io.cwd, output) }],
      [{ role: "the spec", path: specPath }],
      io.cwd
    )
  let text: string
  try {
    text = await readFile(specPath, "utf8")
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(file, code === "ENOENT" ? "no such file" : `cannot read the file (${code})`)
  }
  let source: JsonSource
  try {
    source = parseJsonSource(text)
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      throw new InputError(file, error.message, error.position.line, error.position.column)
    throw error
  }
  const spec = specFromJson(file, source, io)
  const rendered = await renderSpec(spec, format)
  if (!rendered.ok)
    throw located(file, source, rendered.path, rendered.message, "cannot lay out the document: ")
  if (output === undefined) io.stdout.write(rendered.value as string)
  else {
    const target = resolve(io.cwd, output)
    await writeFileAtomic(target, rendered.value, true)
    io.stderr.write(`Wrote ${displayPath(io.cwd, target)} (${format}).\n`)
  }
  return 0
}
