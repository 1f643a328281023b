import { describe, expect, test } from "vitest"
import { fixCopyPaths } from "../src/lint/fix-copy-paths.js"

describe("fixCopyPaths", () => {
  test("a name no other input has goes flat into the folder", () => {
    expect([...fixCopyPaths(["/repo/x/y/Bao-Cao.DOCX", "/repo/to-trinh.docx"], "/out")]).toEqual([
      ["/repo/x/y/Bao-Cao.DOCX", "/out/Bao-Cao.fixed.docx"],
      ["/repo/to-trinh.docx", "/out/to-trinh.fixed.docx"]
    ])
  })

  test("inputs sharing a name keep their folders below the deepest one that holds them", () => {
    const copies = fixCopyPaths(
      ["/repo/docs/a/bao-cao.docx", "/repo/docs/b/c/bao-cao.docx", "/repo/docs/bao-cao.docx"],
      "/out"
    )
    expect([...copies.values()]).toEqual([
      "/out/a/bao-cao.fixed.docx",
      "/out/b/c/bao-cao.fixed.docx",
      "/out/bao-cao.fixed.docx"
    ])
  })

  test("names that differ only in case are kept apart too (a case-insensitive disk)", () => {
    const copies = fixCopyPaths(["/repo/a/Loi.docx", "/repo/b/loi.docx"], "/out")
    expect([...copies.values()]).toEqual(["/out/a/Loi.fixed.docx", "/out/b/loi.fixed.docx"])
  })
})
