/**
 * The copy block of a bản sao (Nghị định 30/2020, Phụ lục I, Phần II;
 * Mẫu 3.1): under the original's signature, the copying body's name, the
 * form (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`), its own number (`Số: 25/SY-SNV`),
 * place-date, Nơi nhận and signature. Found at the end of the text so that
 * the original above is read as the original.
 *
 * @since 0.2.0
 */
import type { CopyBlock } from "../model/copy-block.js"
import type { DocumentNumber } from "../model/document-number.js"
import type { PlaceDate } from "../model/place-date.js"
import type { Span } from "../model/span.js"
import { foldKey, isUpperCaseText } from "../text/fold.js"
import { readNumberLine } from "./document-number.js"
import { isAuthorityLine, isRecipientsLabel, readFooter } from "./footer.js"
import type { Line } from "./lines.js"
import { readPlaceDateLine } from "./place-date.js"

type SpanOf = (start: number, end: number) => Span

// The forms of Phụ lục I, Phần II, as the heading of the block prints them.
const COPY_FORMS = new Set(["sao y", "sao y bản chính", "sao lục", "trích sao"].map(foldKey))
const COPY_CODES = new Set(["SY", "SL", "TrS"])
// The copy's number follows its form within a few lines (Mẫu 3.1: form,
// then number, then place-date).
const NUMBER_REACH = 3

/** Where the copy block starts in `lines`, with the form line, or `null`. */
export interface CopyStart {
  /** First line of the block: the copying body's name, else the form line. */
  readonly start: number
  readonly formLine: number
  readonly numberLine: number
}

const isCopyForm = (text: string): boolean => COPY_FORMS.has(foldKey(text.replace(/\*/g, "")))

const hasCopyNumber = (line: Line): boolean => {
  const code = readNumberLine(line.text, 0)?.number.typeCode
  return code !== undefined && code !== null && COPY_CODES.has(code)
}

/**
 * Finds the copy block: a form line standing alone after the body's start
 * with a number of a copy code (`SY`, `SL`, `TrS`) right below it. Both are
 * needed: `SAO Y` alone in a body is a word, not a copy.
 *
 * @since 0.2.0
 * @category parsing
 */
export const findCopyStart = (lines: ReadonlyArray<Line>, bodyStart: number): CopyStart | null => {
  for (let i = lines.length - 1; i > bodyStart; i--) {
    if (!isCopyForm(lines[i]!.text)) continue
    let seen = 0
    for (let j = i + 1; j < lines.length && seen < NUMBER_REACH; j++) {
      const line = lines[j]!
      if (line.text.length === 0) continue
      seen++
      if (!hasCopyNumber(line)) continue
      const above = previousNonBlank(lines, i, bodyStart)
      const issuerAbove =
        above !== -1 &&
        isUpperCaseText(lines[above]!.text) &&
        !isAuthorityLine(lines[above]!.text) &&
        !isRecipientsLabel(lines[above]!.text)
      return { start: issuerAbove ? above : i, formLine: i, numberLine: j }
    }
  }
  return null
}

const previousNonBlank = (lines: ReadonlyArray<Line>, from: number, floor: number): number => {
  for (let i = from - 1; i > floor; i--) if (lines[i]!.text.length > 0) return i
  return -1
}

/**
 * Reads the copy block found by {@link findCopyStart}.
 *
 * @since 0.2.0
 * @category parsing
 */
export const readCopyBlock = (lines: ReadonlyArray<Line>, at: CopyStart, spanOf: SpanOf): CopyBlock => {
  const form = lines[at.formLine]!
  const numberLine = lines[at.numberLine]!
  const found = readNumberLine(numberLine.text, 0)!
  const number: DocumentNumber = {
    ...found.number,
    span: spanOf(numberLine.textStart + found.start, numberLine.textStart + found.end)
  }
  let placeDate: PlaceDate | null = null
  let footStart = at.numberLine + 1
  for (let j = at.numberLine + 1; j < lines.length; j++) {
    const line = lines[j]!
    if (line.text.length === 0) continue
    const inLine = readPlaceDateLine(line.text)
    if (inLine !== null) {
      placeDate = {
        ...inLine.placeDate,
        span: spanOf(line.textStart + inLine.start, line.textStart + inLine.end)
      }
      footStart = j + 1
    }
    break
  }
  const foot = readFooter(lines.slice(footStart), spanOf)
  const last = lines.at(-1)!
  const issuerLine = at.start === at.formLine ? null : lines[at.start]!
  return {
    form: form.text.replace(/\*/g, "").trim(),
    formSpan: spanOf(form.textStart, form.end),
    issuer: issuerLine === null ? null : issuerLine.text.replace(/\*/g, "").trim(),
    number,
    placeDate,
    recipients: foot.recipients,
    signature: foot.signature,
    span: spanOf(lines[at.start]!.textStart, last.end)
  }
}
