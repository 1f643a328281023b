/**
 * Reads one entry of a zip archive (a .docx) with node:zlib, for tests.
 */
import { inflateRawSync } from "node:zlib"

export const readZipEntry = (bytes: Uint8Array, name: string): string | null => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error("not a zip archive")
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const entry = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (entry === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const data = bytes.subarray(start, start + compressed)
      return new TextDecoder().decode(method === 0 ? data : inflateRawSync(data))
    }
    at += 46 + nameLength + extraLength + commentLength
  }
  return null
}
