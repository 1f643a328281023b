/**
 * From the bytes of a text file to a string, or to the reason it is not
 * a text the rules can read: empty, binary, not UTF-8, or typed in a
 * legacy Vietnamese encoding (TCVN3, VNI).
 *
 * @since 0.1.0
 */
import {
  convertLegacyText,
  detectLegacyEncoding,
  LineIndex,
  type Formatting,
  type LegacyEncodingReport
} from "@cchc/core"
import type { PdfSegment } from "@cchc/pdf"
import { firstUtf16Error, firstUtf8Error, type EncodingError } from "./encoding-errors.js"
import type { InputProblem } from "./input-problem.js"

/**
 * The character encodings a text file is read in and written back in.
 *
 * @since 0.1.0
 * @category input
 */
export type FileEncoding = "utf-8" | "utf-16le" | "utf-16be"

/**
 * A decoded text: the string without its byte-order mark, whether it had
 * one and in which encoding it was stored, so that `--fix` writes it back
 * the same way. `convertedFrom` is set when a legacy text was converted;
 * `detected` is what the encoding detector said about the text as read;
 * `pdf` (for the text of a .pdf) maps stretches of the text back to the
 * pages they are on (`pdfSourceAt` of `@cchc/pdf`); `formatting` (for
 * the text of a .docx) is how it looks, with offsets into `text`.
 *
 * @since 0.1.0
 * @category input
 */
export interface DecodedText {
  readonly text: string
  readonly bom: boolean
  readonly encoding: FileEncoding
  readonly convertedFrom: "tcvn3" | "vni" | null
  readonly detected: LegacyEncodingReport
  readonly pdf?: { readonly segments: ReadonlyArray<PdfSegment> }
  readonly formatting?: Formatting
}

/**
 * The outcome of reading an input.
 *
 * @since 0.1.0
 * @category input
 */
export type ReadOutcome<A> =
  { readonly ok: true; readonly value: A } | { readonly ok: false; readonly problem: InputProblem }

const LEGACY_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const

const startsWith = (bytes: Uint8Array, ...prefix: Array<number>): boolean =>
  prefix.every((b, i) => bytes[i] === b)

/** What the first bytes say about a file that is not text. */
const sniffBinary = (bytes: Uint8Array): string | null => {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d))
    return "a PDF file, not text: give it the .pdf extension"
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return "a Word 97-2003 (.doc) file, not text: save it as .docx or as plain text (UTF-8)"
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    return "a ZIP archive, not text: if it is a Word document, give it the .docx extension"
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66))
    return "an RTF file, not plain text: save it as .docx or as plain text (UTF-8)"
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) return "a binary file, not text (or UTF-16 text without a byte-order mark)"
  return null
}

/**
 * The line and column of the character at byte `offset` of a text whose
 * bytes before it are well-formed (the column in UTF-16 code units, as
 * every position `cchc` reports; a byte-order mark does not count).
 */
const positionOfByte = (
  bytes: Uint8Array,
  offset: number,
  encoding: FileEncoding
): { line: number; column: number } => {
  let line = 1
  let lineStart = 0
  if (encoding === "utf-8") {
    for (let i = 0; i < offset; i++)
      if (bytes[i] === 0x0a) {
        line++
        lineStart = i + 1
      }
    const prefix = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes.subarray(lineStart, offset))
    return { line, column: prefix.length + 1 }
  }
  const low = encoding === "utf-16le" ? 0 : 1
  lineStart = 2
  for (let i = 2; i + 1 < offset; i += 2)
    if (bytes[i + low] === 0x0a && bytes[i + 1 - low] === 0) {
      line++
      lineStart = i + 2
    }
  return { line, column: Math.floor((offset - lineStart) / 2) + 1 }
}

/** The problem of bytes that are not well-formed in `encoding`. */
const malformed = (bytes: Uint8Array, error: EncodingError, encoding: FileEncoding): InputProblem => {
  const { line, column } = positionOfByte(bytes, error.offset, encoding)
  const shown = Array.from(bytes.subarray(error.offset, error.offset + (encoding === "utf-8" ? 3 : 2)), (b) =>
    b.toString(16).toUpperCase().padStart(2, "0")
  ).join(" ")
  const name = encoding === "utf-8" ? "UTF-8" : encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE"
  return {
    id: encoding === "utf-8" ? "not-utf8" : "not-utf16",
    message:
      `not ${name} text: ${error.reason} at byte offset ${error.offset} (${shown}), line ${line}: ` +
      `save the file as Unicode (UTF-8)`,
    line,
    column
  }
}

/** Where the first word of the detector's evidence (`"ViÖt" → "Việt"`) sits. */
const evidencePosition = (
  text: string,
  evidence: ReadonlyArray<string>
): { line?: number; column?: number } => {
  const word = /^"([^"]+)"/.exec(evidence[0] ?? "")?.[1]
  const at = word === undefined ? -1 : text.indexOf(word)
  if (at === -1) return {}
  const { line, column } = LineIndex.of(text).position(at)
  return { line, column }
}

/**
 * Decodes the bytes of a `.txt` or `.md` file. UTF-8 (with or without a
 * byte-order mark) and UTF-16 with a byte-order mark are read; anything
 * else is a located {@link InputProblem}. A text typed in TCVN3 or VNI
 * (in a Unicode file, or in an 8-bit file read as Windows-1252) is a
 * problem that names the encoding, unless `convertLegacy` is set: then it
 * is converted to Unicode.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { decodeText } from "@cchc/cli"
 * const outcome = decodeText(new TextEncoder().encode("\uFEFFSố: 05/BC-UBND\r\n"), { convertLegacy: false })
 * outcome.ok && outcome.value.bom // true
 * decodeText(new Uint8Array(), { convertLegacy: false }) // { ok: false, problem: { id: "empty", … } }
 * ```
 */
export const decodeText = (
  bytes: Uint8Array,
  options: { readonly convertLegacy: boolean }
): ReadOutcome<DecodedText> => {
  if (bytes.length === 0)
    return { ok: false, problem: { id: "empty", message: "empty file: there is nothing to check" } }
  let text: string
  let encoding: FileEncoding = "utf-8"
  let bom = false
  let eightBit = false
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be"
    bom = true
    const invalid = firstUtf16Error(bytes, encoding === "utf-16be")
    if (invalid !== null) return { ok: false, problem: malformed(bytes, invalid, encoding) }
    text = new TextDecoder(encoding, { ignoreBOM: false, fatal: true }).decode(bytes)
  } else {
    const binary = sniffBinary(bytes)
    if (binary !== null) return { ok: false, problem: { id: "binary", message: binary } }
    bom = startsWith(bytes, 0xef, 0xbb, 0xbf)
    const invalid = firstUtf8Error(bytes)
    if (invalid === null) {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    } else {
      // An 8-bit file: legacy Vietnamese fonts were typed this way.
      text = new TextDecoder("windows-1252").decode(bytes)
      eightBit = true
      const kind = detectLegacyEncoding(text).kind
      if (kind !== "tcvn3" && kind !== "vni")
        return { ok: false, problem: malformed(bytes, invalid, "utf-8") }
    }
  }
  if (text.trim().length === 0)
    return {
      ok: false,
      problem: { id: "empty", message: "the file holds only blank space: there is nothing to check" }
    }
  const legacy = detectLegacyEncoding(text)
  if (legacy.kind === "tcvn3" || legacy.kind === "vni") {
    if (!options.convertLegacy) {
      const example = legacy.evidence[0] === undefined ? "" : ` (${legacy.evidence[0]})`
      return {
        ok: false,
        problem: {
          id: "legacy-encoding",
          message:
            `text typed in the legacy ${LEGACY_NAMES[legacy.kind]} encoding${example}${eightBit ? " in an 8-bit file" : ""}, ` +
            `confidence ${legacy.confidence.toFixed(2)}: ` +
            `lint it with --convert-legacy (converted in memory), or convert the file to Unicode (UTF-8) with a converter such as Unikey's`,
          ...evidencePosition(text, legacy.evidence)
        }
      }
    }
    return {
      ok: true,
      value: {
        text: convertLegacyText(text, legacy.kind),
        bom: false,
        encoding: "utf-8",
        convertedFrom: legacy.kind,
        detected: legacy
      }
    }
  }
  if (eightBit) return { ok: false, problem: malformed(bytes, firstUtf8Error(bytes)!, "utf-8") }
  return { ok: true, value: { text, bom, encoding, convertedFrom: null, detected: legacy } }
}

/**
 * Encodes a fixed text the way the original file was stored: same
 * encoding, byte-order mark kept.
 *
 * @since 0.1.0
 * @category input
 * @example
 * ```ts
 * import { encodeText } from "@cchc/cli"
 * encodeText("Số", { bom: true, encoding: "utf-8" }).subarray(0, 3) // Uint8Array [0xEF, 0xBB, 0xBF]
 * ```
 */
export const encodeText = (
  text: string,
  stored: { readonly bom: boolean; readonly encoding: FileEncoding }
): Uint8Array => {
  const withBom = stored.bom ? `\uFEFF${text}` : text
  if (stored.encoding === "utf-8") return new TextEncoder().encode(withBom)
  const le = Buffer.from(withBom, "utf16le")
  if (stored.encoding === "utf-16be") le.swap16()
  return new Uint8Array(le.buffer, le.byteOffset, le.byteLength)
}
