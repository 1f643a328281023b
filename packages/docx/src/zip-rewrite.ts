/**
 * Writing a ZIP archive back with some entries replaced: every other
 * entry is copied byte for byte (its local header, data and descriptor),
 * the central directory is copied with the new offsets, sizes and CRCs.
 *
 * @since 0.1.0
 */
import { deflateSync } from "fflate"
import type { ZipEntry } from "./zip-archive.js"

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

const crc32 = (data: Uint8Array): number => {
  let c = 0xffffffff
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/**
 * A copy of `bytes[start, end)` in a buffer of its own. Not `slice`: on a
 * Node Buffer it is a view into the same memory, which a DataView over
 * its `.buffer` would write outside of.
 */
const copyOf = (bytes: Uint8Array, start: number, end: number): Uint8Array => {
  const copy = new Uint8Array(end - start)
  copy.set(bytes.subarray(start, end))
  return copy
}

/**
 * The archive `bytes` with the entries named in `replaced` given new
 * content; the order of entries and everything else kept.
 */
export const rewriteZip = (
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  replaced: ReadonlyMap<string, Uint8Array>
): Uint8Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = bytes.length - 22
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--
  const directoryOffset = view.getUint32(eocd + 16, true)
  const ordered = [...entries.values()].sort((a, b) => a.localOffset - b.localOffset)
  const chunks: Array<Uint8Array> = []
  let written = 0
  const newOffsets = new Map<string, number>()
  const newData = new Map<string, { crc: number; compressed: number; size: number }>()
  ordered.forEach((entry, i) => {
    const end = i + 1 < ordered.length ? ordered[i + 1]!.localOffset : directoryOffset
    newOffsets.set(entry.name, written)
    const content = replaced.get(entry.name)
    if (content === undefined) {
      const raw = bytes.subarray(entry.localOffset, end)
      chunks.push(raw)
      written += raw.length
      return
    }
    const data = deflateSync(content, { level: 6 })
    const crc = crc32(content)
    const headerLength = entry.dataOffset - entry.localOffset
    const header = copyOf(bytes, entry.localOffset, entry.dataOffset)
    const h = new DataView(header.buffer)
    h.setUint16(6, h.getUint16(6, true) & ~0x0008, true)
    h.setUint16(8, 8, true)
    h.setUint32(14, crc, true)
    h.setUint32(18, data.length, true)
    h.setUint32(22, content.length, true)
    chunks.push(header, data)
    written += headerLength + data.length
    newData.set(entry.name, { crc, compressed: data.length, size: content.length })
  })
  const directoryStart = written
  const decoder = new TextDecoder()
  let at = directoryOffset
  for (let i = 0; i < entries.size; i++) {
    const nameLength = view.getUint16(at + 28, true)
    const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const record = copyOf(bytes, at, at + length)
    const r = new DataView(record.buffer)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    r.setUint32(42, newOffsets.get(name) ?? 0, true)
    const changed = newData.get(name)
    if (changed !== undefined) {
      r.setUint16(8, r.getUint16(8, true) & ~0x0008, true)
      r.setUint16(10, 8, true)
      r.setUint32(16, changed.crc, true)
      r.setUint32(20, changed.compressed, true)
      r.setUint32(24, changed.size, true)
    }
    chunks.push(record)
    written += length
    at += length
  }
  const end = copyOf(bytes, eocd, bytes.length)
  const e = new DataView(end.buffer)
  e.setUint32(12, written - directoryStart, true)
  e.setUint32(16, directoryStart, true)
  chunks.push(end)
  const out = new Uint8Array(written + end.length)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return out
}
