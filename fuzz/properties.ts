/**
 * The properties every input must satisfy. Each check throws a
 * {@link PropertyViolation} naming the property, so that the fuzzer and
 * the tests report which promise of the SDK was broken.
 *
 * The SDK is passed in rather than imported: the tests check the sources
 * (through vitest's aliases), `pnpm fuzz` checks the built packages.
 */
import type * as Core from "../packages/core/src/index.js"
import type * as Rules from "../packages/rules/src/index.js"

type Diagnostic = Rules.Diagnostic
type TextEdit = Rules.TextEdit

export interface Sdk {
  readonly core: Pick<typeof Core, "parseDocument" | "encodeDocument" | "decodeDocument">
  readonly rules: Pick<typeof Rules, "lintDocument" | "applyFixes" | "fixUntilStable">
  readonly legacy?: {
    readonly detectLegacyEncoding?: (text: string) => { readonly kind: string; readonly confidence: number }
    readonly convertLegacyText?: (text: string, from: "tcvn3" | "vni") => string
  }
}

export class PropertyViolation extends Error {
  constructor(
    readonly property: string,
    detail: string
  ) {
    super(`${property}: ${detail}`)
    this.name = "PropertyViolation"
  }
}

/**
 * A violation already covered by a failing regression test in
 * `tests/regressions/`: counted under its `id` instead of stopping the
 * run, so that one open bug does not hide the next one. Matched narrowly,
 * on the property and the text of the violation.
 */
export interface KnownIssue {
  readonly id: string
  readonly property: string
  readonly match: RegExp
}

// Thrown to stop checking one input after a known crash: nothing after a
// crash can be checked, and the case counts as a hit of the known issue.
class StopCase extends Error {}

let known: ReadonlyArray<KnownIssue> = []
let hits: Array<string> = []

const fail = (property: string, detail: string, canContinue = false): never => {
  const issue = known.find((k) => k.property === property && k.match.test(detail))
  if (issue !== undefined) {
    hits.push(issue.id)
    if (canContinue) return undefined as never
    throw new StopCase()
  }
  throw new PropertyViolation(property, detail)
}

/** Runs `f`; an exception becomes a violation of `property` (a crash). */
const total = <A>(property: string, f: () => A): A => {
  try {
    return f()
  } catch (error) {
    if (error instanceof PropertyViolation) throw error
    const e = error instanceof Error ? error : new Error(String(error))
    return fail(
      property,
      `threw ${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1, 6).join("\n") ?? ""}`
    )
  }
}

// Line starts as the SDK defines them (after \n, \r\n or a lone \r),
// computed here independently to check the line and column of every span.
const lineStarts = (text: string): Array<number> => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

interface Position {
  readonly offset: number
  readonly line: number
  readonly column: number
}
const isPosition = (x: unknown): x is Position =>
  typeof x === "object" &&
  x !== null &&
  typeof (x as Position).offset === "number" &&
  typeof (x as Position).line === "number"

const checkPosition = (where: string, p: Position, text: string, starts: ReadonlyArray<number>) => {
  if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > text.length)
    fail("span-inside-input", `${where}: offset ${p.offset} outside [0, ${text.length}]`)
  // The line is the last line start at or before the offset.
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= p.offset) lo = mid
    else hi = mid - 1
  }
  if (p.line !== lo + 1 || p.column !== p.offset - starts[lo]! + 1)
    fail(
      "span-line-column",
      `${where}: offset ${p.offset} is line ${lo + 1} column ${p.offset - starts[lo]! + 1}, span says ${p.line}:${p.column}`,
      true
    )
}

/** Every span anywhere in `value` lies inside `text`, with a correct line and column. */
export const checkSpans = (value: unknown, text: string, root = "document"): void => {
  const starts = lineStarts(text)
  const walk = (x: unknown, path: string): void => {
    if (typeof x !== "object" || x === null) return
    if (Array.isArray(x)) {
      x.forEach((item, i) => walk(item, `${path}[${i}]`))
      return
    }
    const o = x as Record<string, unknown>
    if (isPosition(o.start) && isPosition(o.end)) {
      checkPosition(`${path}.start`, o.start, text, starts)
      checkPosition(`${path}.end`, o.end, text, starts)
      if (o.start.offset > o.end.offset)
        fail("span-inside-input", `${path}: start ${o.start.offset} after end ${o.end.offset}`)
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`)
  }
  walk(value, root)
}

const editsInside = (where: string, edits: ReadonlyArray<TextEdit>, text: string) => {
  for (const e of edits) {
    if (
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.start > e.end ||
      e.end > text.length
    )
      fail("fix-inside-input", `${where}: edit [${e.start}, ${e.end}) outside [0, ${text.length}]`)
  }
}

/** The JSON form decodes back through the schema to the same JSON. */
export const checkCodec = (sdk: Sdk, document: ReturnType<Sdk["core"]["parseDocument"]>): void => {
  const json = total("encode-document", () => JSON.stringify(sdk.core.encodeDocument(document)))
  const decoded = total("decode-document", () => sdk.core.decodeDocument(JSON.parse(json)))
  if (decoded._tag !== "Success")
    fail("decode-document", `the encoded document does not decode: ${String(decoded.failure).slice(0, 500)}`)
  const again = total("encode-document", () =>
    JSON.stringify(sdk.core.encodeDocument((decoded as { success: typeof document }).success))
  )
  if (again !== json) fail("codec-round-trip", "decode(encode(document)) encodes to different JSON")
}

const errorCounts = (diagnostics: ReadonlyArray<Diagnostic>): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const d of diagnostics)
    if (d.severity === "error")
      counts.set(`${d.ruleId}/${d.messageId}`, (counts.get(`${d.ruleId}/${d.messageId}`) ?? 0) + 1)
  return counts
}

const RECOMMENDED = { extends: "recommended" as const, today: "2026-11-23" }
const ALL = { extends: "all" as const, today: "2026-11-23" }
/** As many passes as `cchc lint --fix` makes before it gives up. */
export const MAX_FIX_PASSES = 10

/**
 * The fix loop of `cchc lint --fix` (recommended): safe fixes in passes
 * until none applies. `passes` is `MAX_FIX_PASSES` when it never settled.
 */
export const fixToFixedPoint = (
  sdk: Sdk,
  text: string
): { readonly output: string; readonly passes: number } => {
  const { output, passes, stable } = sdk.rules.fixUntilStable(
    text,
    (t) => sdk.rules.lintDocument(sdk.core.parseDocument(t), t, RECOMMENDED),
    { maxPasses: MAX_FIX_PASSES }
  )
  return { output, passes: stable ? passes : MAX_FIX_PASSES }
}

/** One pass of safe fixes, checked: disjoint edits, text outside them unchanged. */
const fixPass = (sdk: Sdk, text: string, diagnostics: ReadonlyArray<Diagnostic>) => {
  const result = total("apply-fixes-total", () => sdk.rules.applyFixes(text, diagnostics))
  const edits = result.applied.flatMap((d) => {
    if (d.fix === null || d.fix.tier !== "safe")
      fail("fix-only-safe", `${d.ruleId}/${d.messageId}: applied a ${d.fix?.tier ?? "missing"} fix`)
    return d.fix!.edits
  })
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!
    const b = sorted[i]!
    if (b.start < a.end || b.start === a.start)
      fail("fix-no-overlap", `edits [${a.start}, ${a.end}) and [${b.start}, ${b.end}) overlap`)
  }
  // Rebuild the output from the edits: any difference is a change outside them.
  let expected = ""
  let at = 0
  for (const e of sorted) {
    expected += text.slice(at, e.start) + e.text
    at = e.end
  }
  expected += text.slice(at)
  if (expected !== result.output)
    fail("fix-outside-edits", "the output differs from the text with the applied edits")
  return result
}

const touches = (a: number, b: number, start: number, end: number) => a <= end && b >= start

type ParsedDocument = ReturnType<Sdk["core"]["parseDocument"]>

// The parts whose presence makes the parser's reading of a document; the
// end mark is left out, since the end-mark fix writes it.
const PARTS = ["issuer", "number", "placeDate", "title", "kinhGui", "recipients", "signature"] as const

/**
 * What a pass of safe fixes changed in the parser's reading: the verdict
 * (a document or not) and which parts it finds. A fix may let the parser
 * find more (the end mark it writes bounds the foot, a label it corrects
 * opens the Nơi nhận block): `gained`. It should never make the parser
 * lose a part, or the verdict: `lost`.
 */
const structureChange = (
  before: ParsedDocument,
  after: ParsedDocument
): { lost: string | null; gained: boolean } => {
  if (before.isDocument && !after.isDocument) return { lost: "isDocument true → false", gained: false }
  if (!before.isDocument && after.isDocument) return { lost: null, gained: true }
  const lost = PARTS.filter((part) => before[part] !== null && after[part] === null)
  const gained = PARTS.some((part) => before[part] === null && after[part] !== null)
  return { lost: lost.length === 0 ? null : lost.map((part) => `${part} lost`).join(", "), gained }
}

/**
 * No error sits on the text a fix wrote unless an error of the same rule
 * and message sat on the text it replaced: a fix may leave a problem in
 * place, never create one.
 */
const checkNoErrorAtEdits = (
  applied: ReadonlyArray<Diagnostic>,
  before: ReadonlyArray<Diagnostic>,
  after: ReadonlyArray<Diagnostic>
) => {
  // Only a rule and message that errs more often than before can have been
  // introduced: the same error may move or change its extent when a fix
  // shifts the text around it.
  const countsBefore = errorCounts(before)
  const grown = new Set(
    [...errorCounts(after)].filter(([key, n]) => n > (countsBefore.get(key) ?? 0)).map(([key]) => key)
  )
  if (grown.size === 0) return
  const edits = applied
    .flatMap((d) => d.fix!.edits.map((e) => ({ e, d })))
    .sort((x, y) => x.e.start - y.e.start)
  let delta = 0
  for (const { e, d } of edits) {
    const outStart = e.start + delta
    const outEnd = outStart + e.text.length
    delta += e.text.length - (e.end - e.start)
    for (const err of after) {
      if (err.severity !== "error" || !grown.has(`${err.ruleId}/${err.messageId}`)) continue
      if (!touches(err.span.start.offset, err.span.end.offset, outStart, outEnd)) continue
      const existed = before.some(
        (b) =>
          b.severity === "error" &&
          b.ruleId === err.ruleId &&
          b.messageId === err.messageId &&
          touches(b.span.start.offset, b.span.end.offset, e.start, e.end)
      )
      // An error with a safe fix of its own is fixed by the next pass.
      if (!existed && err.fix?.tier !== "safe")
        fail(
          "fix-no-new-error",
          `the fix of ${d.ruleId}/${d.messageId} (${JSON.stringify(e)}) introduced ${err.ruleId}/${err.messageId} at ${err.span.start.offset}: ${err.message}`,
          true
        )
    }
  }
}

/** What one input was, for statistics. */
export interface CaseReport {
  readonly isDocument: boolean
  readonly diagnostics: number
  readonly fixPasses: number
  /** Errors that appeared away from every edit after fixing (see {@link checkInput}). */
  readonly revealedErrors: number
  /** The known issues this input hit (ids of regression tests). */
  readonly knownIssues: ReadonlyArray<string>
  /** The findings of the `recommended` lint, for the checks of the CLI's layers. */
  readonly findings: ReadonlyArray<Diagnostic>
  /** The text after the safe fixes (the input when none applied). */
  readonly fixedText: string
}

/**
 * Checks every property on one input: parse, lint and fix never throw
 * (nor does a rule, which the engine would list as an internal error);
 * spans and edits stay inside the input; the JSON form round-trips; safe
 * fixes never overlap, leave the text outside their edits unchanged,
 * reach a fixed point (applying them again changes nothing); legacy
 * detection and conversion never throw.
 *
 * With `fixSemantics` (the default), safe fixes must also keep the
 * parser's reading (never lose the verdict or a part) and never introduce
 * an error the input did not have. The fuzzer asks this of inputs that
 * are documents (mutated and rendered documents), not of random text,
 * where the parser's reading of a few broken lines is a guess that any
 * edit may tip.
 */
export const checkInput = (
  sdk: Sdk,
  text: string,
  knownIssues: ReadonlyArray<KnownIssue> = [],
  options: { readonly fixSemantics?: boolean } = {}
): CaseReport => {
  known = knownIssues
  hits = []
  try {
    return { ...checkAll(sdk, text, options.fixSemantics ?? true), knownIssues: hits }
  } catch (error) {
    if (error instanceof StopCase)
      return {
        isDocument: false,
        diagnostics: 0,
        fixPasses: 0,
        revealedErrors: 0,
        knownIssues: hits,
        findings: [],
        fixedText: text
      }
    throw error
  }
}

const checkAll = (sdk: Sdk, text: string, fixSemantics: boolean): Omit<CaseReport, "knownIssues"> => {
  const document = total("parse-total", () => sdk.core.parseDocument(text))
  checkSpans(document, text)
  checkCodec(sdk, document)

  const results = [RECOMMENDED, ALL].map((config) => {
    const result = total("lint-total", () => sdk.rules.lintDocument(document, text, config))
    for (const s of result.skipped)
      if (s.reason.startsWith("internal error"))
        fail("rule-total", `${config.extends}: rule ${s.ruleId} threw: ${s.reason}`, true)
    result.diagnostics.forEach((d, i) => {
      checkSpans(d.span, text, `${config.extends}.diagnostics[${i}](${d.ruleId}/${d.messageId}).span`)
      if (d.fix !== null) editsInside(`${d.ruleId}/${d.messageId}.fix`, d.fix.edits, text)
      d.suggestions.forEach((s) => editsInside(`${d.ruleId}/${d.messageId}.suggestion`, s.edits, text))
    })
    return result
  })

  // Safe fixes, in passes as the CLI applies them, until none is left.
  const before = errorCounts(results[0]!.diagnostics)
  let current = text
  let parsed = document
  let diagnostics = results[0]!.diagnostics
  let passes = 0
  for (; ; passes++) {
    const safe = diagnostics.filter((d) => d.fix?.tier === "safe")
    if (safe.length === 0) break
    if (passes === MAX_FIX_PASSES)
      fail(
        "fix-fixed-point",
        `safe fixes still apply after ${MAX_FIX_PASSES} passes: ${safe.map((d) => `${d.ruleId}/${d.messageId}`).join(", ")}`
      )
    const { output, applied } = fixPass(sdk, current, diagnostics)
    if (applied.length === 0)
      fail(
        "fix-fixed-point",
        `safe fixes remain but none applies: ${safe.map((d) => `${d.ruleId}/${d.messageId}`).join(", ")}`
      )
    if (output === current)
      fail(
        "fix-fixed-point",
        `safe fixes that change nothing: ${applied.map((d) => `${d.ruleId}/${d.messageId}`).join(", ")}`
      )
    const reparsed = total("parse-total", () => sdk.core.parseDocument(output))
    const next = total("lint-total", () => sdk.rules.lintDocument(reparsed, output, RECOMMENDED)).diagnostics
    const changed = structureChange(parsed, reparsed)
    if (!fixSemantics) {
      // Only the mechanical properties of the fix loop, checked above.
    } else if (changed.lost !== null)
      fail(
        "fix-keeps-structure",
        `the fixes ${applied.map((d) => `${d.ruleId}/${d.messageId}`).join(", ")} made the parser lose: ${changed.lost}`,
        true
      )
    // On the same reading of the document, a fix may not create an error;
    // where the parser now reads more, new errors are revealed (counted below).
    else if (!changed.gained) checkNoErrorAtEdits(applied, diagnostics, next)
    current = output
    parsed = reparsed
    diagnostics = next
  }
  // An error elsewhere that appears once a fix lets the parser read more
  // (a mangled `Noi nhận` label fixed, and the signature block behind it
  // checked for the first time) is revealed, not introduced: counted only.
  let revealed = 0
  if (passes > 0)
    for (const [key, n] of errorCounts(diagnostics)) revealed += Math.max(0, n - (before.get(key) ?? 0))

  if (sdk.legacy?.detectLegacyEncoding) {
    const found = total("legacy-detect-total", () => sdk.legacy!.detectLegacyEncoding!(text))
    if (!(found.confidence >= 0 && found.confidence <= 1))
      fail("legacy-detect-confidence", `confidence ${found.confidence}`)
  }
  if (sdk.legacy?.convertLegacyText) {
    for (const from of ["tcvn3", "vni"] as const) {
      const out = total("legacy-convert-total", () => sdk.legacy!.convertLegacyText!(text, from))
      if (out !== out.normalize("NFC")) fail("legacy-convert-nfc", `${from}: the output is not NFC`)
    }
  }
  return {
    isDocument: document.isDocument,
    diagnostics: results[1]!.diagnostics.length,
    fixPasses: passes,
    revealedErrors: revealed,
    findings: results[0]!.diagnostics,
    fixedText: current
  }
}
