// Small PDFs written byte by byte for the tests of what a PDF can do
// wrong: a scan (an image and no text), a password, a stream that
// inflates to far more than the file, a file cut short. Each is a valid
// PDF structure (header, objects, cross-reference table, trailer) unless
// a test cuts it.
import { deflateSync } from "node:zlib"

/** One indirect object: its dictionary, and a stream when it has one. */
interface PdfObject {
  readonly dictionary: string
  readonly stream?: Buffer
}

/** Writes a PDF of `objects` (object 1 is the catalog), with extra trailer entries. */
export const writePdf = (objects: ReadonlyArray<PdfObject>, trailer = ""): Buffer => {
  const parts: Array<Buffer> = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")]
  let length = parts[0]!.length
  const offsets: Array<number> = []
  const push = (b: Buffer) => {
    parts.push(b)
    length += b.length
  }
  objects.forEach((object, i) => {
    offsets.push(length)
    if (object.stream === undefined) {
      push(Buffer.from(`${i + 1} 0 obj\n${object.dictionary}\nendobj\n`, "latin1"))
    } else {
      const dictionary = object.dictionary.replace(/>>$/, ` /Length ${object.stream.length}>>`)
      push(Buffer.from(`${i + 1} 0 obj\n${dictionary}\nstream\n`, "latin1"))
      push(object.stream)
      push(Buffer.from("\nendstream\nendobj\n", "latin1"))
    }
  })
  const xref = length
  const rows = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<</Size ${objects.length + 1} /Root 1 0 R${trailer}>>\nstartxref\n${xref}\n%%EOF\n`,
      "latin1"
    )
  )
  return Buffer.concat(parts)
}

const page = (resources: string, contents: number): PdfObject => ({
  dictionary: `<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${contents} 0 R>>`
})

/** A one-page PDF that draws `lines` of ASCII text with Helvetica, at (x, y from the bottom). */
export const textPdf = (
  lines: ReadonlyArray<{ text: string; x: number; y: number; size?: number }>
): Buffer =>
  writePdf([
    { dictionary: "<</Type /Catalog /Pages 2 0 R>>" },
    { dictionary: "<</Type /Pages /Kids [3 0 R] /Count 1>>" },
    page("<</Font <</F1 5 0 R>>>>", 4),
    {
      dictionary: "<<>>",
      stream: Buffer.from(
        lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td (${l.text}) Tj ET`).join("\n"),
        "latin1"
      )
    },
    { dictionary: "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>" }
  ])

/** A one-page scan: a grey 8 x 8 image drawn over the page, and no text. */
export const scannedPdf = (): Buffer =>
  writePdf([
    { dictionary: "<</Type /Catalog /Pages 2 0 R>>" },
    { dictionary: "<</Type /Pages /Kids [3 0 R] /Count 1>>" },
    page("<</XObject <</Im1 5 0 R>>>>", 4),
    { dictionary: "<<>>", stream: Buffer.from("q 595 0 0 842 0 0 cm /Im1 Do Q", "latin1") },
    {
      dictionary:
        "<</Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode>>",
      stream: deflateSync(Buffer.alloc(64, 0xc0))
    }
  ])

/** A text PDF whose page content inflates to `inflatedBytes` (of spaces after the text). */
export const bombPdf = (inflatedBytes: number): Buffer =>
  writePdf([
    { dictionary: "<</Type /Catalog /Pages 2 0 R>>" },
    { dictionary: "<</Type /Pages /Kids [3 0 R] /Count 1>>" },
    page("<</Font <</F1 5 0 R>>>>", 4),
    {
      dictionary: "<</Filter /FlateDecode>>",
      stream: deflateSync(
        Buffer.concat([
          Buffer.from("BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"),
          Buffer.alloc(inflatedBytes, 0x20)
        ]),
        { level: 9 }
      )
    },
    { dictionary: "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>" }
  ])

/**
 * A text PDF that asks for a password: a standard security handler whose
 * owner and user keys match no password (the empty one included).
 */
export const encryptedPdf = (): Buffer => {
  const key = "<" + "5a".repeat(32) + ">"
  return writePdf(
    [
      { dictionary: "<</Type /Catalog /Pages 2 0 R>>" },
      { dictionary: "<</Type /Pages /Kids [3 0 R] /Count 1>>" },
      page("<<>>", 4),
      { dictionary: "<<>>", stream: Buffer.from("0 0 m", "latin1") },
      { dictionary: `<</Filter /Standard /V 1 /R 2 /O ${key} /U ${key} /P -4>>` }
    ],
    " /Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"
  )
}
