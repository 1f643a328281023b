/**
 * The parser: from any string to a {@link Document}.
 *
 * @since 0.1.0
 */
import { ALL_KINDS } from "../data/document-kinds.js"
import type { Document, TextEncoding } from "../model/document.js"
import type { DocumentKind } from "../model/document-kind.js"
import type { Formatting } from "../model/formatting.js"
import type { Metric } from "../model/metric.js"
import { classifyIndicator } from "../data/indicators.js"
import { detectLegacyEncoding } from "../text/legacy-encoding.js"
import { LogicalText } from "../reading/logical-text.js"
import { trimEndWhile } from "../text/trim-end.js"
import { scanCitations } from "./citations.js"
import {
  isAuthorityLine,
  isFooterLike,
  isRecipientsLabel,
  isRecipientsLabelLine,
  readFooter,
  repeatedLabelsAbove
} from "./footer.js"
import { readDocumentPart } from "./document-part.js"
import { kindByTitle, readHeader } from "./header.js"
import { judgeDocument, findWebChrome } from "./is-document.js"
import { splitLines, type Line } from "./lines.js"
import { findBreakdowns, scanMetrics } from "./metrics.js"
import { findCopyStart, readCopyBlock } from "./copy-block.js"
import { recogniseRegime } from "./regime.js"
import { readSections } from "./sections.js"
import { kindNameOfHeading, readTypeHeading } from "./type-heading.js"

const KIND_BY_CODE = new Map(ALL_KINDS.flatMap((k) => (k.code === null ? [] : [[k.code, k] as const])))
const CONG_VAN: DocumentKind = { name: "Công văn", code: null }

/**
 * Options of {@link parseDocument}.
 *
 * @since 0.1.0
 * @category parsing
 */
export interface ParseOptions {
  /**
   * Classifies a figure as a standard CCHC indicator; by default the
   * catalog of `@cchc/core`.
   */
  readonly classifyIndicator?: (unit: string, context: string) => string | null
  /** Detects legacy encodings; by default the detector of `@cchc/core`. */
  readonly detectEncoding?: (text: string) => TextEncoding
  /**
   * The formatting facts of the input (from a reader of a format that has
   * them, such as `@cchc/docx`), with offsets into `text`: kept as the
   * document's `formatting` for the layout rules.
   */
  readonly formatting?: Formatting
}

/**
 * Parses a text into a {@link Document}. Total: for any string it returns
 * a document and never throws; linear in the length of the input. Spans
 * point into `text` exactly as given (before NFC, CRLF or BOM handling).
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { parseDocument } from "@cchc/core"
 * const doc = parseDocument("Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\nBÁO CÁO\nCông tác tuyên truyền")
 * doc.kind // { name: "Báo cáo", code: "BC" }
 * doc.number?.sequence // "05"
 * doc.title?.summary // "Công tác tuyên truyền"
 * ```
 */
export const parseDocument = (text: string, options: ParseOptions = {}): Document => {
  const document = parseText(text, options)
  return options.formatting === undefined ? document : { ...document, formatting: options.formatting }
}

const parseText = (text: string, options: ParseOptions): Document => {
  const input = typeof text === "string" ? text : String(text)
  // The parser reads logical lines: wraps joined, Markdown set aside
  // (see LogicalText); spans still point into `input`.
  const prepared = LogicalText.of(input)
  const spanOf = (start: number, end: number) => prepared.span(start, end)
  const allLines = splitLines(prepared.text)
  const read = readHeader(allLines, spanOf)
  // A copy block (Mẫu 3.1) under the original is read on its own: the
  // original above it is read, and checked, as the original.
  const copyStart = findCopyStart(allLines, read.bodyStart)
  const copy = copyStart === null ? null : readCopyBlock(allLines, copyStart, spanOf)
  const lines = copyStart === null ? allLines : allLines.slice(0, copyStart.start)
  // A type heading outside the 29 kinds (`NGHỊ ĐỊNH`, `KẾT LUẬN THANH TRA`)
  // is the title when the header reader found none.
  const heading = read.title === null ? readTypeHeading(lines, read.bodyStart, lines.length, spanOf) : null
  const header = heading === null ? read : { ...read, title: heading.title, bodyStart: heading.next }
  const footerStart = findFooterStart(lines, header.bodyStart)
  const bodyLines = lines.slice(header.bodyStart, footerStart)
  const footer = readFooter(lines.slice(footerStart), spanOf)
  const regime = recogniseRegime({
    nationalHeader: header.nationalHeader,
    issuer: header.issuer,
    number: header.number,
    title: header.title,
    headingOutsideKinds: heading !== null && !heading.normative,
    headingIsNormative: heading?.normative ?? false,
    signature: footer.signature,
    recipients: footer.recipients,
    bodyLines,
    copy,
    spanOf
  })
  const sections = readSections(bodyLines, spanOf)
  const endMark = findEndMark(bodyLines)
  const firstBody = bodyLines.find((l) => l.text.length > 0)
  const lastBody = [...bodyLines].reverse().find((l) => l.text.length > 0)

  const citations = scanCitations(prepared.text)
    .filter((c) => header.number === null || c.start >= 0)
    .map(({ citation, start, end }) => ({ ...citation, span: spanOf(start, end) }))
  const classify = options.classifyIndicator ?? classifyIndicator
  const scanned = scanMetrics(prepared.text)
  const metrics: Array<Metric> = scanned.map(({ metric, start, end }) => ({
    ...metric,
    indicator: classify(metric.unit, clauseAround(prepared.text, start, end)),
    span: spanOf(start, end)
  }))
  const metricBreakdowns = findBreakdowns(prepared.text, scanned).map((b) => ({
    total: b.total,
    parts: b.parts,
    span: spanOf(b.start, b.end)
  }))

  const evidence = {
    country: header.nationalHeader.country !== null,
    motto: header.nationalHeader.motto !== null,
    issuer: header.issuer !== null,
    number: header.number !== null,
    placeDate: header.placeDate !== null,
    title: header.title !== null,
    kinhGui: header.kinhGui !== null,
    recipients: footer.recipients !== null,
    authority: (footer.signature?.authority.length ?? 0) > 0,
    endMark: endMark !== null,
    sections: sections.length,
    webChrome: findWebChrome(prepared.text.slice(0, 20_000))
  }
  // A document part (an appendix, a Quy định issued by a Quyết định, an
  // outline of articles) is a document, whatever of the head it lacks.
  const part = readDocumentPart(lines, header, spanOf)
  const verdict = part !== null ? { isDocument: true, reasons: [] } : judgeDocument(evidence)
  const detected = (options.detectEncoding ?? detectLegacyEncoding)(input)
  const encoding: TextEncoding = {
    kind: detected.kind,
    confidence: detected.confidence,
    evidence: [...detected.evidence]
  }
  const whole = spanOf(0, prepared.text.length)
  if (!verdict.isDocument) {
    return {
      isDocument: false,
      notDocumentReasons: verdict.reasons,
      encoding,
      regime: { kind: "state", original: null, signals: [] },
      kind: null,
      nationalHeader: { country: null, motto: null },
      issuer: null,
      number: null,
      placeDate: null,
      title: null,
      kinhGui: null,
      marks: [],
      part: null,
      sections: [],
      body: null,
      endMark: null,
      signature: null,
      recipients: null,
      copy: null,
      citations,
      metrics,
      metricBreakdowns,
      span: whole
    }
  }
  const bodySpan = firstBody && lastBody ? spanOf(firstBody.textStart, lastBody.end) : null
  return {
    isDocument: true,
    notDocumentReasons: [],
    encoding,
    regime,
    kind: kindOf(header, heading !== null && !heading.normative),
    nationalHeader: header.nationalHeader,
    issuer: header.issuer,
    number: header.number,
    placeDate: header.placeDate,
    title: header.title,
    kinhGui: header.kinhGui,
    marks: header.marks,
    part,
    sections,
    body:
      bodySpan === null
        ? null
        : { raw: input.slice(bodySpan.start.offset, bodySpan.end.offset), span: bodySpan },
    endMark: endMark === null ? null : { raw: "./.", span: spanOf(endMark, endMark + 3) },
    signature: footer.signature,
    recipients: footer.recipients,
    copy,
    citations,
    metrics,
    metricBreakdowns,
    span: whole
  }
}

const kindOf = (header: ReturnType<typeof readHeader>, outsideKinds: boolean): DocumentKind | null => {
  if (header.title?.name) {
    const k = kindByTitle(header.title.name)
    if (k) return { name: k.name, code: k.code }
    // A type name outside the 29 kinds is that kind, not a công văn (a.5);
    // its type code is the number's first group when it has one.
    if (outsideKinds) return { name: kindNameOfHeading(header.title.name), code: null }
  }
  if (header.title?.form === "vv") return CONG_VAN
  const code = header.number?.typeCode
  if (code) {
    const k = KIND_BY_CODE.get(code)
    if (k) return { name: k.name, code: k.code }
  }
  if (header.number?.family === "official-letter") return CONG_VAN
  return null
}

// The foot starts after the line with the end mark or, without one, at the
// first Nơi nhận label or authority line of the run of foot-like lines at
// the bottom of the text.
const findFooterStart = (lines: ReadonlyArray<Line>, bodyStart: number): number => {
  let top = lines.length
  for (let i = lines.length - 1; i >= bodyStart; i--) {
    if (!isFooterLike(lines[i]!.text)) break
    top = i
  }
  // A line that is not foot-like (a wrapped recipient) may stop the walk
  // inside the Nơi nhận list: a label further up still opens the foot, with
  // the authority lines a flattened table put right above it. Only when
  // the walk found no label: else a label-like line anywhere in the body
  // would take the foot up to it.
  let labelFound = false
  for (let i = top; i < lines.length && !labelFound; i++) labelFound = isRecipientsLabelLine(lines[i]!.text)
  for (let i = top - 1; i >= bodyStart && !labelFound; i--) {
    // Only a label standing alone: `Nơi nhận hồ sơ: …` in the body is no label.
    if (!isRecipientsLabelLine(lines[i]!.text)) continue
    top = i
    while (top - 1 >= bodyStart && isFooterLike(lines[top - 1]!.text) && lines[top - 1]!.text.length > 0)
      top--
    break
  }
  top = firstOfLabelRun(lines, top, bodyStart)
  for (let i = top; i < lines.length; i++) {
    const t = lines[i]!.text
    if (isRecipientsLabel(t) || isAuthorityLine(t)) return i
  }
  // No label or authority: look for the end mark and start after it.
  for (let i = lines.length - 1; i >= bodyStart; i--) {
    if (lines[i]!.text.endsWith("./.")) return i + 1
  }
  return lines.length
}

// A label repeated above the real one (a mangled copy left by an editor,
// `Noi nhận` then `Nơi nhận:`), with only blank lines between, belongs to
// the foot as well: a label is never the body's last sentence, and the end
// mark must go after the sentence above it. The foot then starts at the
// first label of the run.
const firstOfLabelRun = (lines: ReadonlyArray<Line>, top: number, bodyStart: number): number =>
  top < lines.length && isRecipientsLabelLine(lines[top]!.text)
    ? (repeatedLabelsAbove(lines, top, bodyStart).at(-1) ?? top)
    : top

const findEndMark = (body: ReadonlyArray<Line>): number | null => {
  for (let i = body.length - 1; i >= 0; i--) {
    const line = body[i]!
    if (line.text.length === 0) continue
    // `./.` closing the line: `./..` or `./. (tiếp)` are not the end mark.
    // Stray asterisks after it (`./. *`, Markdown left half-closed) are
    // no text, as the end-mark rule reads them: else its fix repeats.
    const closing = trimEndWhile(line.text, (c) => c === "*" || c === " ")
    return closing.endsWith("./.") ? line.textStart + closing.length - 3 : null
  }
  return null
}

const clauseAround = (text: string, start: number, end: number): string => {
  const from = Math.max(0, start - 120)
  const to = Math.min(text.length, end + 120)
  const window = text.slice(from, to)
  const left = Math.max(
    window.lastIndexOf(";", start - from),
    window.lastIndexOf("\n", start - from),
    window.lastIndexOf(". ", start - from)
  )
  const rightCandidates = [";", "\n", ". "].map((c) => window.indexOf(c, end - from)).filter((x) => x !== -1)
  const right =
    rightCandidates.length === 0 ? window.length : rightCandidates.reduce((first, at) => Math.min(first, at))
  return window.slice(left + 1, right).trim()
}
