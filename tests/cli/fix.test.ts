// `cchc lint --fix`: safe fixes only, written atomically, keeping line
// endings, byte-order mark and encoding; idempotent; never a .docx, a
// legacy text or a file that could not be read.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { encodeLegacyText } from "@cchc/core"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import { assertBuilt, cchc, fixture, lintJson, removeWorkspace, workspace } from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const wrong = fixture("docs/bao-cao-loi.txt")

describe("--fix", () => {
  test("applies the safe fixes and exits non-zero only while errors remain", () => {
    dir = workspace("docs")
    const run = cchc(["lint", "docs/bao-cao-loi.txt", "--fix"], { cwd: dir })
    const fixed = readFileSync(join(dir, "docs/bao-cao-loi.txt"), "utf8")
    expect(fixed).toContain("Số: 05/BC-UBND")
    expect(fixed).toContain("ngày 05 tháng 3 năm 2024")
    expect(fixed).toContain("Nơi nhận:")
    expect(run.stdout).toContain("docs/bao-cao-loi.txt (fixed)")
    const left = lintJson(["docs/bao-cao-loi.txt"], { cwd: dir }).reports[0]!.diagnostics
    expect(left.some((d) => (d.fix as { tier?: string } | null)?.tier === "safe")).toBe(false)
    expect(run.code).toBe(left.some((d) => d.severity === "error") ? 1 : 0)
  })

  test("exits 1 when errors without a fix remain", () => {
    dir = workspace("docs")
    // A citation whose type name and code disagree has no automatic fix.
    writeFileSync(
      join(dir, "docs/bao-cao-loi.txt"),
      wrong.replace("Kế hoạch số 25/KH-UBND", "Kế hoạch số 25/QĐ-UBND")
    )
    const run = cchc(["lint", "docs/bao-cao-loi.txt", "--fix"], { cwd: dir })
    expect(run.code).toBe(1)
    expect(readFileSync(join(dir, "docs/bao-cao-loi.txt"), "utf8")).toContain("Số: 05/BC-UBND")
  })

  test("is idempotent: a second run changes nothing", () => {
    dir = workspace("docs")
    cchc(["lint", "docs", "--fix"], { cwd: dir })
    const once = readFileSync(join(dir, "docs/bao-cao-loi.txt"))
    const mtime = statSync(join(dir, "docs/bao-cao-loi.txt")).mtimeMs
    const again = cchc(["lint", "docs", "--fix"], { cwd: dir })
    expect(readFileSync(join(dir, "docs/bao-cao-loi.txt"))).toEqual(once)
    expect(statSync(join(dir, "docs/bao-cao-loi.txt")).mtimeMs).toBe(mtime)
    expect(again.stdout).not.toContain("(fixed)")
  })

  test("keeps CRLF line endings and the byte-order mark, and leaves no temporary file", () => {
    dir = workspace()
    const crlf = `\uFEFF${wrong.replace(/\n/g, "\r\n")}`
    writeFileSync(join(dir, "crlf.txt"), crlf)
    writeFileSync(join(dir, "lf.txt"), wrong)
    cchc(["lint", ".", "--fix"], { cwd: dir })
    const fixedCrlf = readFileSync(join(dir, "crlf.txt"), "utf8")
    const fixedLf = readFileSync(join(dir, "lf.txt"), "utf8")
    expect(fixedCrlf.startsWith("\uFEFF")).toBe(true)
    expect(fixedCrlf.match(/\r\n/g)?.length).toBe(fixedCrlf.match(/\n/g)?.length)
    expect(fixedCrlf.slice(1).replace(/\r\n/g, "\n")).toBe(fixedLf)
    expect(fixedLf).not.toBe(wrong)
    expect(readdirSync(dir).sort()).toEqual(["crlf.txt", "lf.txt"])
  })

  test("keeps UTF-16 files in UTF-16", () => {
    dir = workspace()
    writeFileSync(
      join(dir, "utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(wrong, "utf16le")])
    )
    cchc(["lint", "utf16.txt", "--fix"], { cwd: dir })
    const bytes = readFileSync(join(dir, "utf16.txt"))
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe])
    expect(bytes.subarray(2).toString("utf16le")).toContain("Số: 05/BC-UBND")
  })

  test("never rewrites a .docx, a converted legacy text or a file it could not read", () => {
    dir = workspace("specs")
    expect(cchc(["render", "specs/bao-cao.json", "-o", "bao-cao.docx"], { cwd: dir }).code).toBe(0)
    const docx = readFileSync(join(dir, "bao-cao.docx"))
    // TCVN3 as typed into a Unicode file: ViÖt for Việt.
    const tcvn3 = encodeLegacyText(wrong, "tcvn3")
    writeFileSync(join(dir, "legacy.txt"), tcvn3)
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]))
    const run = cchc(["lint", "bao-cao.docx", "legacy.txt", "binary.txt", "--fix", "--convert-legacy"], {
      cwd: dir
    })
    expect(readFileSync(join(dir, "bao-cao.docx"))).toEqual(docx)
    expect(readFileSync(join(dir, "legacy.txt"), "utf8")).toBe(tcvn3)
    expect(readFileSync(join(dir, "binary.txt"))).toEqual(
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2])
    )
    expect(run.stdout).toContain(
      "legacy.txt (not fixed: the text was converted from TCVN3 in memory; convert the file to Unicode first)"
    )
    expect(run.code).toBe(2)
  })

  test("leaves verbatim content alone: code blocks, code spans and file names", () => {
    dir = workspace()
    const quoted = [
      "Ví dụ cách viết sai, giữ nguyên: `Căn cứ Nghị định 30/2020/NĐ-CP` và `ngày 05 tháng 03 năm 2024`.",
      "",
      "```",
      "Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
      "```",
      "",
      "Tài liệu đính kèm: Nghị định 30/2020/NĐ-CP.pdf",
      ""
    ].join("\n")
    const cited = "Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ."
    const text = wrong.replace("I. KẾT QUẢ", `${quoted}\n${cited}\n\nI. KẾT QUẢ`)
    writeFileSync(join(dir, "bao-cao.md"), text)
    const run = cchc(["lint", "bao-cao.md", "--fix"], { cwd: dir })
    expect(run.stdout).toContain("bao-cao.md (fixed)")
    const fixed = readFileSync(join(dir, "bao-cao.md"), "utf8")
    expect(fixed).toContain(quoted)
    expect(fixed).toContain("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.")
    expect(fixed).toContain("Số: 05/BC-UBND")
  })
})
