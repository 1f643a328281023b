import { encodeLegacyText } from "@cchc/core"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { decodeText, encodeText } from "./decode-text.js"
import { firstUtf16Error, firstUtf8Error } from "./encoding-errors.js"

const utf8 = (s: string) => new TextEncoder().encode(s)
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))
const LINE = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"

describe("decodeText", () => {
  test("reads UTF-8 and remembers the byte-order mark", () => {
    const outcome = decodeText(utf8(`\uFEFF${LINE}`), { convertLegacy: false })
    expect(outcome.ok && outcome.value).toMatchObject({
      text: LINE,
      bom: true,
      encoding: "utf-8",
      convertedFrom: null
    })
  })

  test("reads UTF-16 with a byte-order mark and writes it back the same", () => {
    const bytes = encodeText(LINE, { bom: true, encoding: "utf-16le" })
    const outcome = decodeText(bytes, { convertLegacy: false })
    expect(outcome.ok && outcome.value).toMatchObject({ text: LINE, bom: true, encoding: "utf-16le" })
    expect(encodeText(LINE, { bom: true, encoding: "utf-16le" })).toEqual(bytes)
  })

  test("an empty or blank file is a problem", () => {
    expect(decodeText(new Uint8Array(), { convertLegacy: false })).toMatchObject({
      ok: false,
      problem: { id: "empty" }
    })
    expect(decodeText(utf8(" \n\t\n"), { convertLegacy: false })).toMatchObject({
      ok: false,
      problem: { id: "empty" }
    })
  })

  test("binary files are named by what they are", () => {
    expect(decodeText(utf8("%PDF-1.7\n..."), { convertLegacy: false })).toMatchObject({
      ok: false,
      problem: { id: "binary", message: expect.stringContaining("PDF") }
    })
    expect(decodeText(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0), { convertLegacy: false })).toMatchObject({
      problem: { message: expect.stringContaining(".docx") }
    })
    expect(decodeText(Uint8Array.of(0x41, 0, 0x42, 0), { convertLegacy: false })).toMatchObject({
      problem: { id: "binary" }
    })
  })

  test("TCVN3 typed into a Unicode file is named, located and convertible", () => {
    const legacy = utf8(encodeLegacyText(LINE, "tcvn3"))
    const refused = decodeText(legacy, { convertLegacy: false })
    expect(refused).toMatchObject({
      ok: false,
      problem: { id: "legacy-encoding", line: 1, message: expect.stringContaining("TCVN3") }
    })
    const converted = decodeText(legacy, { convertLegacy: true })
    expect(converted.ok && converted.value.convertedFrom).toBe("tcvn3")
    expect(converted.ok && converted.value.text.toLowerCase()).toBe(LINE.toLowerCase())
  })

  test("an 8-bit VNI file is recognised rather than called invalid UTF-8", () => {
    const outcome = decodeText(latin1(encodeLegacyText(LINE, "vni")), { convertLegacy: false })
    expect(outcome).toMatchObject({
      ok: false,
      problem: { id: "legacy-encoding", message: expect.stringContaining("VNI") }
    })
  })

  test("other 8-bit text is not UTF-8, with the line of the first bad byte", () => {
    const outcome = decodeText(latin1("dòng một\ncaf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e\n"), {
      convertLegacy: false
    })
    expect(outcome).toMatchObject({ ok: false, problem: { id: "not-utf8", line: 1 } })
  })

  test.each([
    ["an encoded surrogate", [0xed, 0xa0, 0x80], "an encoded surrogate"],
    ["a value above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], "above U+10FFFF"],
    ["an overlong slash", [0xe0, 0x80, 0xaf], "an overlong form"],
    ["a two-byte overlong form", [0xc0, 0xaf], "an overlong form"],
    ["a four-byte overlong form", [0xf0, 0x80, 0x80, 0xaf], "an overlong form"],
    ["a stray continuation byte", [0x80], "a continuation byte"],
    ["a sequence cut at the end", [0xe1, 0xba], "a truncated sequence"]
  ])("%s is not UTF-8, located at its byte offset, line and column", (_, bad, reason) => {
    const head = utf8("Số: 05/BC-UBND\nỦy ban ")
    const bytes = new Uint8Array([...head, ...bad, ...utf8(" nhân dân\n")])
    const outcome = decodeText(bytes, { convertLegacy: false })
    expect(outcome).toMatchObject({
      ok: false,
      problem: { id: "not-utf8", line: 2, column: 8, message: expect.stringContaining(reason) }
    })
    expect(!outcome.ok && outcome.problem.message).toContain(`at byte offset ${head.length}`)
  })

  test.each([
    ["utf-16le", false],
    ["utf-16be", true]
  ] as const)(
    "%s with a lone surrogate or an odd trailing byte is refused, located",
    (encoding, bigEndian) => {
      const good = encodeText("Số: 05\nỦy ban ", { bom: true, encoding })
      const unit = (u: number) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8])
      for (const bad of [unit(0xd800), unit(0xdc00), [...unit(0xd83d), ...unit(0x41)]]) {
        const bytes = new Uint8Array([...good, ...bad, ...unit(0x41)])
        expect(decodeText(bytes, { convertLegacy: false })).toMatchObject({
          ok: false,
          problem: {
            id: "not-utf16",
            line: 2,
            column: 8,
            message: expect.stringContaining("a lone surrogate")
          }
        })
      }
      const odd = new Uint8Array([...good, 0x41])
      expect(decodeText(odd, { convertLegacy: false })).toMatchObject({
        ok: false,
        problem: { id: "not-utf16", message: expect.stringContaining("an odd byte at the end") }
      })
    }
  )

  test("firstUtf8Error agrees with a strict decoder on any bytes (property)", () => {
    const strict = new TextDecoder("utf-8", { fatal: true })
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4)
    )
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (raw) => {
        const bytes = Uint8Array.from(raw)
        let valid = true
        try {
          strict.decode(bytes)
        } catch {
          valid = false
        }
        expect(firstUtf8Error(bytes) === null).toBe(valid)
      })
    )
  })

  test("firstUtf16Error agrees with a strict decoder on any code units (property)", () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.boolean(), fc.boolean(), (units, bigEndian, odd) => {
        const body = units.flatMap((u) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]))
        const bytes = Uint8Array.from([
          ...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
          ...body,
          ...(odd ? [0x41] : [])
        ])
        let valid = true
        try {
          new TextDecoder(bigEndian ? "utf-16be" : "utf-16le", { fatal: true }).decode(bytes)
        } catch {
          valid = false
        }
        expect(firstUtf16Error(bytes, bigEndian) === null).toBe(valid)
      })
    )
  })
})
