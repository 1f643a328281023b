// Text that is not well-formed UTF-8 or UTF-16 is refused with the byte
// offset, line and column of the first bad sequence, and never decoded
// with replacement characters and written back by --fix.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, fixture, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
const wrong = fixture("docs/bao-cao-loi.txt")
const [head, tail] = [wrong.slice(0, wrong.indexOf("Ba Bích,")), wrong.slice(wrong.indexOf("Ba Bích,"))]
const line = head.split("\n").length

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = Buffer.from(`\uFEFF${text}`, "utf16le")
  if (bigEndian) bytes.swap16()
  return bytes
}
const unit = (u: number, bigEndian: boolean) =>
  Buffer.from(bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8])

const cases: ReadonlyArray<readonly [string, Buffer, string, RegExp]> = [
  [
    "surrogate.txt",
    Buffer.concat([Buffer.from(head), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(tail)]),
    "not-utf8",
    /an encoded surrogate .* at byte offset \d+ \(ED A0 80\)/
  ],
  [
    "above-max.txt",
    Buffer.concat([Buffer.from(head), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from(tail)]),
    "not-utf8",
    /above U\+10FFFF/
  ],
  [
    "overlong.md",
    Buffer.concat([Buffer.from(head), Buffer.from([0xe0, 0x80, 0xaf]), Buffer.from(tail)]),
    "not-utf8",
    /an overlong form/
  ],
  [
    "lone-le.txt",
    Buffer.concat([utf16(head, false), unit(0xd800, false), utf16(tail, false).subarray(2)]),
    "not-utf16",
    /UTF-16LE text: a lone surrogate \(U\+D800\)/
  ],
  [
    "lone-be.txt",
    Buffer.concat([utf16(head, true), unit(0xdc00, true), utf16(tail, true).subarray(2)]),
    "not-utf16",
    /UTF-16BE text: a lone surrogate \(U\+DC00\)/
  ],
  [
    "odd.txt",
    Buffer.concat([utf16(wrong, false), Buffer.from([0x41])]),
    "not-utf16",
    /an odd byte at the end/
  ]
]

beforeAll(() => {
  assertBuilt()
  dir = workspace()
  for (const [name, bytes] of cases) writeFileSync(join(dir, name), bytes)
})
afterAll(() => removeWorkspace(dir))

describe("malformed text", () => {
  test.each(cases)("%s: one located message, the file left byte for byte", (name, bytes, id, message) => {
    const { code, reports } = lintJson([name, "--fix"], { cwd: dir })
    expect(code).toBe(2)
    const diagnostics = reports[0]!.diagnostics
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ messageId: id, fatal: true })
    expect(diagnostics[0]!.message).toMatch(message)
    if (name !== "odd.txt") {
      expect(diagnostics[0]).toMatchObject({ line, column: 1 })
      expect(diagnostics[0]!.message).toContain(`line ${line}`)
    }
    expect(readFileSync(join(dir, name))).toEqual(bytes)
  })
})
