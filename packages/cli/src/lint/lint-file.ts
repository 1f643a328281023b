/**
 * Checking one file from start to end: read, decode, parse, lint, and with
 * `--fix` apply the safe fixes and write the file back. The same function
 * runs on the main thread and in worker threads.
 *
 * @since 0.1.0
 */
import { producerKey } from "./producer-key.js"
import { createHash } from "node:crypto"
import { LineIndex, parseDocument, type Document, type RegimeKindName } from "@cchc/core"
import {
  currentDate,
  fixUntilStable,
  lintResolved,
  resolveLintConfig,
  type Diagnostic,
  type LintConfig,
  type LintResult,
  type ResolvedConfig,
  type SkippedRule
} from "@cchc/rules"
import { pdfSourceAt } from "@cchc/pdf"
import * as Result from "effect/Result"
import { encodeText, type DecodedText } from "../input/decode-text.js"
import { matchesAnyGlob } from "../input/glob.js"
import { workingTree } from "../input/working-tree.js"
import type { InputProblem } from "../input/input-problem.js"
import {
  decodeInput,
  inputFormat,
  readInputFile,
  type FileIdentity,
  type ReadOptions
} from "../input/read-input.js"
import type { LintMessage, SourceExcerpt } from "../reporters/lint-report.js"
import { dominantLineEnding, withLineEnding } from "./line-endings.js"
import { writeCopy, writeFixedFile, type FixWritePolicy } from "./write-fix.js"

/**
 * One file to check, with everything needed to check it anywhere (plain
 * data, so it can be sent to a worker thread).
 *
 * @since 0.1.0
 * @category lint
 */
export interface LintTask {
  readonly path: string
  readonly lintConfig: LintConfig
  readonly configKey: string
  readonly fix: boolean
  readonly read: ReadOptions
  /** The cache key of the cached result for this file, if any: a match skips the work. */
  readonly cachedKey: string | null
  /** Where `--fix` may write; the working folder alone when not given. */
  readonly write?: FixWritePolicy
  /** `--fix-dir`: where the fixed copy of this .docx goes; beside it when not given. */
  readonly fixCopy?: string
}

/**
 * What the cross-file check needs from a document: the document reduced
 * to what identifies it and what it cites, and the text of the lines its
 * citations sit on.
 *
 * @since 0.1.0
 * @category lint
 */
export interface CrossFileEntry {
  readonly document: Document
  readonly lines: Readonly<Record<number, string>>
}

/**
 * The result of checking one file.
 *
 * @since 0.1.0
 * @category lint
 */
export interface FileResult {
  readonly path: string
  readonly isDocument: boolean
  readonly messages: ReadonlyArray<LintMessage>
  readonly fixed: boolean
  /** Why `--fix` did not rewrite a file that has safe fixes. */
  readonly fixSkipped?: string
  /** The regime the document was judged under (absent when the file could not be read). */
  readonly regime?: RegimeKindName
  /** The rules that gave no verdict on this file, with why (absent when the file could not be read). */
  readonly skipped?: ReadonlyArray<SkippedRule>
  readonly crossFile: CrossFileEntry | null
}

/**
 * The outcome of a task: a fresh result (with the key to cache it under,
 * `null` when it must not be cached), or "the cached result still holds".
 *
 * @since 0.1.0
 * @category lint
 */
export type TaskOutcome =
  | {
      readonly kind: "done"
      readonly result: FileResult
      readonly key: string | null
      /** The fixed file still to write, from {@link checkFile}; {@link writeFix} writes it. */
      readonly pending?: PendingFix
    }
  | { readonly kind: "cached"; readonly path: string }

/**
 * A fixed text not yet written: its bytes and the identity of the file as
 * it was read, which must still hold when it is written.
 *
 * @since 0.1.0
 * @category lint
 */
export interface PendingFix {
  readonly bytes: Uint8Array
  readonly read: FileIdentity
  /** A new file to write instead of replacing the input (the fixed copy of a .docx). */
  readonly copy?: string
}

const EXCERPT_BEFORE = 60
const EXCERPT_AFTER = 140

const resolvedConfigs = new Map<string, ResolvedConfig>()

const resolved = (task: LintTask): ResolvedConfig => {
  let config = resolvedConfigs.get(task.configKey)
  if (config === undefined) {
    // A typed configuration, its shape checked when the file was loaded:
    // resolved without decoding, which would load Effect Schema (~0.2 s).
    config = Result.getOrThrow(resolveLintConfig(task.lintConfig))
    resolvedConfigs.set(task.configKey, config)
  }
  return config
}

const digest = (...parts: ReadonlyArray<string | Uint8Array>): string => {
  const hash = createHash("sha256")
  for (const part of parts) hash.update(part).update("\0")
  return hash.digest("hex").slice(0, 24)
}

/**
 * A message about the input itself, at `line:column` (1:1 when unknown).
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { problemMessage } from "@cchc/cli"
 * problemMessage({ id: "empty", message: "empty file: there is nothing to check" }).fatal // true
 * ```
 */
export const problemMessage = (problem: InputProblem): LintMessage => ({
  ruleId: null,
  messageId: problem.id,
  severity: "error",
  message: problem.message,
  messageEn: problem.message,
  line: problem.line ?? 1,
  column: problem.column ?? 1,
  endLine: problem.line ?? 1,
  endColumn: problem.column ?? 1,
  fix: null,
  suggestions: [],
  source: null,
  fingerprint: problem.id,
  fatal: true
})

const problemResult = (path: string, problem: InputProblem): FileResult => ({
  path,
  isDocument: false,
  messages: [problemMessage(problem)],
  fixed: false,
  crossFile: null
})

/** The text of 1-based `line`, without its line break. */
const lineText = (text: string, index: LineIndex, line: number): string => {
  const start = index.lineStart(line)
  const end = line < index.lineCount ? index.lineStart(line + 1) : text.length
  return text.slice(start, end).replace(/\r?\n$|\r$/, "")
}

const excerpt = (line: string, column: number): SourceExcerpt => {
  if (line.length <= EXCERPT_BEFORE + EXCERPT_AFTER) return { text: line, startColumn: 1, cutEnd: false }
  const from = Math.max(0, column - 1 - EXCERPT_BEFORE)
  const to = Math.max(column - 1, 0) + EXCERPT_AFTER
  return { text: line.slice(from, to), startColumn: from + 1, cutEnd: to < line.length }
}

/**
 * Turns the engine's diagnostics into located messages with a code-frame
 * excerpt and a fingerprint (rule, message and the flagged text, so that a
 * baseline survives edits elsewhere in the file). `lineOf` gives the text
 * of a 1-based line.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { lint } from "@cchc/rules"
 * import { toMessages } from "@cchc/cli"
 * const text = "Quảng Ngãi, ngày 05 tháng 03 năm 2020"
 * toMessages(lint(text).diagnostics, () => text)[0]?.line // 1
 * ```
 */
export const toMessages = (
  diagnostics: ReadonlyArray<Diagnostic>,
  lineOf: (line: number) => string
): Array<LintMessage> =>
  diagnostics.map((d) => {
    const { start, end } = d.span
    const line = lineOf(start.line)
    const flagged = (
      start.line === end.line ? line.slice(start.column - 1, end.column - 1) : line.slice(start.column - 1)
    )
      .slice(0, 200)
      .replace(/\s+/g, " ")
      .trim()
    return {
      ruleId: d.ruleId,
      messageId: d.messageId,
      severity: d.severity,
      message: d.message,
      messageEn: d.messageEn,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fix: d.fix,
      suggestions: d.suggestions,
      source: excerpt(line, start.column),
      fingerprint: digest(d.ruleId, d.messageId, flagged)
    }
  })

/**
 * For the text of a .pdf, each message with the page it starts on (the
 * engine's diagnostics in the order of `messages`); other texts as they
 * are.
 */
const withPages = (
  messages: Array<LintMessage>,
  diagnostics: ReadonlyArray<Diagnostic>,
  decoded: DecodedText
): Array<LintMessage> => {
  const segments = decoded.pdf?.segments
  if (segments === undefined) return messages
  return messages.map((m, i) => {
    const page = pdfSourceAt(segments, diagnostics[i]!.span.start.offset)?.page
    return page === undefined ? m : { ...m, page }
  })
}

/** A `lineOf` for {@link toMessages} over a whole text. */
const linesOf = (text: string): ((line: number) => string) => {
  let index: LineIndex | undefined
  return (line) => lineText(text, (index ??= LineIndex.of(text)), line)
}

/**
 * The document reduced for the cross-file check (and the cache): what
 * identifies it (kind, number, date, issuer) and what it cites. The
 * layout blocks and the body are left out.
 */
const crossFileEntry = (document: Document, lineOf: (line: number) => string): CrossFileEntry => {
  const lines: Record<number, string> = {}
  for (const c of document.citations) lines[c.span.start.line] ??= lineOf(c.span.start.line)
  return {
    document: {
      ...document,
      nationalHeader: { country: null, motto: null },
      title: null,
      kinhGui: null,
      sections: [],
      body: null,
      endMark: null,
      signature: null,
      recipients: null,
      metrics: [],
      metricBreakdowns: []
    },
    lines
  }
}

/**
 * The cache key of a file's result: its bytes, the configuration, the
 * reading options, what produced it ({@link producerKey}: the versions of
 * the packages, the rules' metadata, the build), and the date the rules
 * judge against.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { resultKey } from "@cchc/cli"
 * resultKey(new Uint8Array([1]), "cfg", { maxBytes: 1, convertLegacy: false }, null).length // 24
 * ```
 */
export const resultKey = (
  bytes: Uint8Array,
  configKey: string,
  read: ReadOptions,
  today: string | null
): string =>
  digest(bytes, configKey, producerKey(), read.convertLegacy ? "convert" : "keep", today ?? currentDate())

const lintText = (task: LintTask, document: Document, text: string) =>
  lintResolved(document, text, resolved(task), { matchFiles: (globs) => matchesAnyGlob(globs, task.path) })

// A text converted from TCVN3 or VNI is Unicode now: its encoding is
// judged again, or `legacy-encoding` would report what was converted.
// The formatting facts of a .docx belong to the text as read: a text
// changed by fixes is parsed without them (its offsets moved).
const parse = (decoded: DecodedText, text: string): Document =>
  decoded.convertedFrom === null
    ? parseDocument(text, {
        detectEncoding: () => decoded.detected,
        ...(decoded.formatting !== undefined && text === decoded.text
          ? { formatting: decoded.formatting }
          : {})
      })
    : parseDocument(text)

/** Whether two byte arrays hold the same bytes. */
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && Buffer.compare(a, b) === 0

const notWritten = (reason: string): LintMessage =>
  problemMessage({ id: "fix-not-written", message: `fixes not written: ${reason}` })

/**
 * Checks one file, without writing anything: {@link lintFile} without its
 * last step. With `task.fix`, the fixed text is in `pending` of the
 * outcome, for {@link writeFix} to write: worker threads check, the main
 * thread writes, so that an interrupted run leaves no temporary file.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { checkFile, writeFix } from "@cchc/cli"
 * const task = { path: "/repo/bao-cao.txt", lintConfig: {}, configKey: "default", fix: true,
 *   read: { maxBytes: 10_485_760, convertLegacy: false }, cachedKey: null }
 * const outcome = await writeFix(task, await checkFile(task))
 * ```
 */
export const checkFile = async (task: LintTask): Promise<TaskOutcome> => {
  const { path } = task
  const file = await readInputFile(path, task.read)
  if (!file.ok) return { kind: "done", result: problemResult(path, file.problem), key: null }
  const { bytes } = file.value
  const key = resultKey(bytes, task.configKey, task.read, task.lintConfig.today ?? null)
  if (key === task.cachedKey) return { kind: "cached", path }
  const format = inputFormat(path) ?? "text"
  const decoded = await decodeInput(bytes, format, task.read)
  if (!decoded.ok) return { kind: "done", result: problemResult(path, decoded.problem), key }

  const original = decoded.value.text
  const check = (text: string): LintResult => lintText(task, parse(decoded.value, text), text)
  let text = original
  let result = check(text)
  const writable =
    task.fix && format === "text" && decoded.value.convertedFrom === null && result.document.isDocument
  if (writable) {
    const eol = dominantLineEnding(original)
    const settled = fixUntilStable(text, check, {
      prepare: (diagnostics) => withLineEnding(diagnostics, eol)
    })
    text = settled.output
    result = settled.result
  }
  const document = result.document
  let fixSkipped: string | undefined
  let docxCopy: PendingFix | undefined
  if (task.fix && format === "docx" && decoded.value.formatting !== undefined && document.isDocument) {
    // The formatting fixes go into a copy beside the file; the file itself is never rewritten.
    const formatFixes = result.diagnostics.filter((d) => d.formatFix !== undefined)
    if (formatFixes.length > 0) {
      const { fixDocx } = await import("@cchc/docx")
      const fixed = fixDocx(bytes, formatFixes)
      if (fixed.ok)
        docxCopy = {
          bytes: fixed.value,
          read: file.value.identity,
          copy: task.fixCopy ?? fixedCopyPath(path)
        }
      else fixSkipped = `not fixed: ${fixed.problem.message}`
    }
  }
  if (
    task.fix &&
    !writable &&
    fixSkipped === undefined &&
    result.diagnostics.some((d) => d.fix?.tier === "safe")
  ) {
    fixSkipped =
      format === "docx"
        ? "text fixes are not applied to a .docx (its formatting fixes are written to a .fixed.docx copy)"
        : format === "pdf"
          ? "not fixed: a .pdf is never rewritten (fix the document it was made from)"
          : decoded.value.convertedFrom !== null
            ? `not fixed: the text was converted from ${decoded.value.convertedFrom === "tcvn3" ? "TCVN3" : "VNI"} in memory; convert the file to Unicode first`
            : "not fixed: not an administrative document"
  }
  const lineOf = linesOf(text)
  const messages = withPages(toMessages(result.diagnostics, lineOf), result.diagnostics, decoded.value)
  let pending: PendingFix | undefined
  if (text !== original) {
    // Only what the fixes changed may differ: a text that does not encode
    // back to the bytes it was read from would change the rest as well.
    if (!sameBytes(encodeText(original, decoded.value), bytes))
      messages.unshift(notWritten("the file would not be written back byte for byte"))
    else pending = { bytes: encodeText(text, decoded.value), read: file.value.identity }
  }
  return {
    kind: "done",
    result: {
      path,
      isDocument: document.isDocument,
      messages,
      fixed: false,
      ...(fixSkipped === undefined ? {} : { fixSkipped }),
      regime: document.regime.kind,
      skipped: result.skipped,
      crossFile: document.isDocument ? crossFileEntry(document, lineOf) : null
    },
    key: messages.some((m) => m.fatal) ? null : key,
    ...(pending === undefined ? (docxCopy === undefined ? {} : { pending: docxCopy }) : { pending })
  }
}

/** Where the fixed copy of a .docx is written: `bao-cao.docx` → `bao-cao.fixed.docx`. */
const fixedCopyPath = (path: string): string => `${path.replace(/\.docx$/iu, "")}.fixed.docx`

/**
 * Writes the fix an outcome of {@link checkFile} holds, with
 * {@link writeFixedFile} and the task's policy: the outcome comes back
 * with `fixed` set, or with a `fix-not-written` message that says why.
 * Other outcomes come back as they are.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { checkFile, writeFix } from "@cchc/cli"
 * const task = { path: "/repo/bao-cao.txt", lintConfig: {}, configKey: "default", fix: true,
 *   read: { maxBytes: 10_485_760, convertLegacy: false }, cachedKey: null }
 * const outcome = await writeFix(task, await checkFile(task))
 * if (outcome.kind === "done") console.log(outcome.result.fixed)
 * ```
 */
export const writeFix = async (task: LintTask, outcome: TaskOutcome): Promise<TaskOutcome> => {
  if (outcome.kind !== "done" || outcome.pending === undefined) return outcome
  const { result, pending } = outcome
  const policy = task.write ?? { tree: await workingTree([process.cwd()]), hardLinks: false }
  const written =
    pending.copy === undefined
      ? await writeFixedFile(task.path, pending.bytes, pending.read, policy)
      : await writeCopy(pending.copy, pending.bytes)
  return written.written
    ? // A fixed file is cached under its new content on the next run, not this key.
      { kind: "done", result: { ...result, fixed: true }, key: null }
    : {
        kind: "done",
        result: { ...result, messages: [notWritten(written.reason), ...result.messages] },
        key: null
      }
}

/**
 * Checks one file. Never throws for a problem of the input: an unreadable,
 * binary, empty, oversized or legacy-encoded file gives one fatal message.
 * With `task.fix`, safe fixes are applied (in passes, until none is left)
 * to a .txt or .md document that was read as Unicode, and the file is
 * rewritten in its own encoding, byte-order mark and line endings by
 * {@link writeFixedFile} (or left alone, with a `fix-not-written` message
 * that says why); a .docx, a converted legacy text or a text that is not a
 * document is never written.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { lintFile } from "@cchc/cli"
 * const outcome = await lintFile({ path: "/repo/bao-cao.txt", lintConfig: {}, configKey: "default", fix: false,
 *   read: { maxBytes: 10_485_760, convertLegacy: false }, cachedKey: null })
 * if (outcome.kind === "done") console.log(outcome.result.messages.length)
 * ```
 */
export const lintFile = async (task: LintTask): Promise<TaskOutcome> => writeFix(task, await checkFile(task))
