import { encodeLegacyText } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { decodeText, encodeText } from "./decode-text.js"

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
})
