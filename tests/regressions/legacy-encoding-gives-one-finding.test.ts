// Text typed in the TCVN3 (ABC) or VNI fonts and saved as if it were
// Unicode, or whose Vietnamese letters were dropped by PDF extraction,
// must get one clear finding: what was found, how sure the detector is,
// and how to convert. Gaps found end to end:
// - `lint()` of the SDK says "not a document" for TCVN3 (without naming
//   the encoding), and for VNI reports a cascade of missing parts
//   (number, national header, place-date, title, end mark, Nơi nhận…),
//   although `document.encoding` holds the right answer at 0.98;
// - `cchc lint` names TCVN3 and VNI and how to convert, but not how sure
//   it is, and says "not a document" for text with lost diacritics.
import { encodeLegacyText } from "@cchc/core"
import { lint } from "@cchc/rules"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, test } from "vitest"
import { REPO_ROOT } from "../../fuzz/regex-sources.js"

const config = { extends: "recommended" as const, today: "2026-11-23" }
const original = readFileSync(
  join(REPO_ROOT, "examples/documents/ke-hoach-tuyen-truyen-cchc-2026.txt"),
  "utf8"
)
// What PDF extraction leaves: letters with diacritics gone, Đ read as ð.
const lostDiacritics = original.replace(/[^\u0000-\u00ff\n]/gu, (ch) =>
  ch === "Đ" || ch === "đ" ? "ð" : " "
)
const encoded = { tcvn3: encodeLegacyText(original, "tcvn3"), vni: encodeLegacyText(original, "vni") }
const NAMES = { tcvn3: /TCVN3/, vni: /VNI/ }
// "How sure": a confidence, as a percentage or in words.
const CONFIDENCE = /\d{1,3}(?:[.,]\d+)?\s?%|confidence|độ tin cậy|chắc chắn/iu

describe("the SDK: one finding for a legacy encoding", () => {
  test.each(["tcvn3", "vni"] as const)(
    "%s: one diagnostic that names the encoding, its confidence and the conversion",
    (encoding) => {
      const result = lint(encoded[encoding], config)
      expect(result.document.encoding.kind).toBe(encoding)
      const said = result.diagnostics.map(
        (d) => `${d.ruleId}/${d.messageId}: ${d.message} | ${d.messageEn ?? ""}`
      )
      expect(said, "one finding instead of a cascade").toHaveLength(1)
      expect(said[0]).toMatch(NAMES[encoding])
      expect(said[0]).toMatch(CONFIDENCE)
      expect(said[0]).toMatch(/convert|chuyển/iu)
    }
  )

  test("lost diacritics: one diagnostic that says the letters were lost", () => {
    const result = lint(lostDiacritics, config)
    expect(result.document.encoding.kind).toBe("lost-diacritics")
    const said = result.diagnostics.map(
      (d) => `${d.ruleId}/${d.messageId}: ${d.message} | ${d.messageEn ?? ""}`
    )
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/diacritic|mất dấu|dấu tiếng Việt/iu)
  })
})

const CLI = join(REPO_ROOT, "packages/cli/dist/bin.js")
const cchc = (...args: Array<string>) => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first (pnpm test does)`)
  const run = spawnSync(process.execPath, [CLI, ...args, "--format", "json"], { encoding: "utf8" })
  return JSON.parse(run.stdout) as Array<{
    diagnostics: Array<{ ruleId: string | null; messageId: string; message: string }>
  }>
}

describe("cchc lint: one finding for a legacy encoding", () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-legacy-"))
  const files = {
    "tcvn3, saved as UTF-8": [writeTo(dir, "tcvn3-utf8.txt", encoded.tcvn3), "tcvn3"],
    "tcvn3, 8-bit file": [writeTo(dir, "tcvn3-8bit.txt", Buffer.from(encoded.tcvn3, "latin1")), "tcvn3"],
    "vni, saved as UTF-8": [writeTo(dir, "vni-utf8.txt", encoded.vni), "vni"],
    "vni, 8-bit file": [writeTo(dir, "vni-8bit.txt", Buffer.from(encoded.vni, "latin1")), "vni"]
  } as const
  const unicode = writeTo(dir, "unicode.txt", original)

  test.each(Object.entries(files))(
    "%s: one finding that names the encoding, its confidence and --convert-legacy",
    (_name, [path, encoding]) => {
      const [file] = cchc("lint", path)
      expect(file!.diagnostics).toHaveLength(1)
      const { message } = file!.diagnostics[0]!
      expect(message).toMatch(NAMES[encoding])
      expect(message).toMatch(/--convert-legacy/)
      expect(message).toMatch(CONFIDENCE)
    }
  )

  test.each(Object.entries(files))(
    "%s: --convert-legacy lints it as the Unicode original",
    (_name, [path]) => {
      const ids = (f: { diagnostics: Array<{ ruleId: string | null; messageId: string }> }) =>
        f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)
      expect(ids(cchc("lint", path, "--convert-legacy")[0]!)).toEqual(ids(cchc("lint", unicode)[0]!))
    }
  )

  test("lost diacritics: one finding that says the letters were lost", () => {
    const [file] = cchc("lint", writeTo(dir, "pdf.txt", lostDiacritics))
    expect(file!.diagnostics).toHaveLength(1)
    expect(file!.diagnostics[0]!.message).toMatch(/diacritic|mất dấu|dấu tiếng Việt/iu)
  })
})

function writeTo(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
