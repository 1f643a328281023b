/**
 * Hostile .docx files for the end-to-end tests of reading: archives whose
 * parts inflate far beyond their size, built by hand (a ZIP writer of a
 * few lines) so that the declared sizes can be honest or lie.
 */
import { constants, deflateRawSync } from "node:zlib"

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

interface RawEntry {
  readonly name: string
  readonly data: Uint8Array
  /** The uncompressed size the directory declares. */
  readonly size: number
}

/** A ZIP archive of deflated entries, with the sizes given (CRC left 0: the reader does not need it). */
export const zipOf = (entries: ReadonlyArray<RawEntry>): Buffer => {
  const locals: Array<Buffer> = []
  const centrals: Array<Buffer> = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8")
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(e.data.length, 18)
    local.writeUInt32LE(e.size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(e.data.length, 20)
    central.writeUInt32LE(e.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, Buffer.from(e.data))
    centrals.push(central, name)
    offset += 30 + name.length + e.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const deflated = (text: string): RawEntry[] => [
  { name: "[Content_Types].xml", data: deflateRawSync(CONTENT_TYPES), size: Buffer.byteLength(CONTENT_TYPES) }
]

/**
 * A 1 MB .docx whose document.xml inflates to 1 GiB of spaces: one deflate
 * block of 64 MiB, repeated (a block ended by a sync flush can follow
 * itself), then an empty final block. `declared` is the size its
 * directory states: the truth, or a lie.
 */
export const zipBomb = (declared: "honest" | "lying"): Buffer => {
  const block = deflateRawSync(Buffer.alloc(64 * 1_048_576, 32), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH
  })
  const data = Buffer.concat([...Array.from({ length: 16 }, () => block), Buffer.from([0x03, 0x00])])
  return zipOf([
    ...deflated(CONTENT_TYPES),
    { name: "word/document.xml", data, size: declared === "honest" ? 1024 * 1_048_576 : 4096 }
  ])
}

/** A .docx of `count` paragraphs, each `paragraph` (an XML string), with honest sizes. */
export const manyParagraphs = (count: number, paragraph: (i: number) => string): Buffer => {
  const parts: Array<string> = [
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
  ]
  for (let i = 0; i < count; i++) parts.push(paragraph(i))
  parts.push("</w:body></w:document>")
  const xml = Buffer.from(parts.join(""), "utf8")
  return zipOf([
    ...deflated(CONTENT_TYPES),
    { name: "word/document.xml", data: deflateRawSync(xml, { level: 9 }), size: xml.length }
  ])
}
