import { deflateSync } from "node:zlib"
import { expect, test } from "vitest"
import { measureInflatedSize } from "./inflated-size.js"

const object = (dictionary: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(`1 0 obj\n${dictionary}\nstream\r\n`),
    data,
    Buffer.from("\nendstream\nendobj\n")
  ])

test("counts what the Flate streams inflate to", () => {
  const pdf = Buffer.concat([
    object("<</Filter /FlateDecode>>", deflateSync(Buffer.alloc(1000))),
    object("<<>>", Buffer.from("BT ET"))
  ])
  expect(measureInflatedSize(pdf, 1e6)).toEqual({ ok: true, bytes: 1000 })
})

test("stops at the stream that goes over the budget, without inflating it whole", () => {
  const bomb = object("<</Filter /FlateDecode>>", deflateSync(Buffer.alloc(50_000_000)))
  expect(measureInflatedSize(bomb, 1_000_000)).toEqual({ ok: false, offset: bomb.indexOf("stream\r\n") + 8 })
})

test("images are not counted: reading text never decodes them", () => {
  const image = object("<</Subtype /Image /Filter /FlateDecode>>", deflateSync(Buffer.alloc(5_000_000)))
  expect(measureInflatedSize(image, 1_000_000)).toEqual({ ok: true, bytes: 0 })
})

test("a stream that is not Flate data, and text without streams, are passed over", () => {
  expect(measureInflatedSize(object("<</Filter /DCTDecode>>", Buffer.from("not deflate")), 10)).toEqual({
    ok: true,
    bytes: 0
  })
  expect(measureInflatedSize(Buffer.from("%PDF-1.7 endstream streams"), 10)).toEqual({ ok: true, bytes: 0 })
})
