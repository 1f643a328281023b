import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parseDocument } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { checkCitationsAcrossFiles } from "./cross-file.js"

const report = (...body: Array<string>) =>
  parseDocument("BÁO CÁO\nKết quả thực hiện\n\n" + body.join("\n") + "./.")

describe("checkCitationsAcrossFiles", () => {
  test("one number cited as two kinds in two documents is reported in both", () => {
    const a = report("Thực hiện Quyết định số 2113/QĐ-UBND ngày 31/12/2019 của Chủ tịch UBND tỉnh")
    const b = report(
      "Căn cứ Quyết định số 2011/QĐ-UBND ngày 23/12/2019;",
      "Kế hoạch số 2113/QĐ-UBND ngày 31/12/2019 của UBND tỉnh"
    )
    const found = checkCitationsAcrossFiles([
      { file: "a.txt", document: a },
      { file: "b.txt", document: b }
    ])
    expect([...found.keys()]).toEqual(["a.txt", "b.txt"])
    const [inA] = found.get("a.txt")!
    const [inB] = found.get("b.txt")!
    expect(found.get("a.txt")).toHaveLength(1)
    expect(inA).toMatchObject({
      ruleId: "citation-consistency",
      messageId: "kindDiffersAcrossFiles",
      severity: "warning",
      fix: null
    })
    expect(inA?.span.start.line).toBe(4)
    expect(inA?.message).toBe(
      "Số 2113/QĐ-UBND được viện dẫn là “Quyết định” ở đây nhưng là “Kế hoạch” trong b.txt (dòng 5); kiểm tra lại tên loại."
    )
    expect(inB?.span.start.line).toBe(5)
    expect(inB?.messageEn).toContain("as a “Quyết định” in a.txt (line 4)")
  })

  test("dates that differ within one year", () => {
    const found = checkCitationsAcrossFiles([
      { file: "a.txt", document: report("Kế hoạch số 35/KH-UBND ngày 09/3/2020 của UBND thành phố") },
      { file: "b.txt", document: report("Kế hoạch số 35/KH-UBND ngày 19/3/2020 của UBND thành phố") }
    ])
    expect(found.get("a.txt")?.map((d) => d.messageId)).toEqual(["dateDiffersAcrossFiles"])
    expect(found.get("b.txt")?.[0]?.message).toContain(
      "ngày 19/3/2020 ở đây nhưng ngày 09/3/2020 trong a.txt"
    )
  })

  test("silent when the documents agree, when years differ, and inside one file", () => {
    const found = checkCitationsAcrossFiles([
      {
        file: "a.txt",
        document: report("Quyết định số 2113/QĐ-UBND ngày 31/12/2019; Kế hoạch số 35/KH-UBND ngày 09/3/2020")
      },
      {
        file: "b.txt",
        document: report(
          "Quyết định số 2113/QĐ-UBND ngày 31/12/2019; Quyết định số 35/KH-UBND ngày 09/3/2021"
        )
      },
      {
        file: "c.txt",
        document: report("Quyết định số 77/QĐ-UBND ngày 01/02/2020; Kế hoạch số 77/QĐ-UBND ngày 01/02/2020")
      },
      { file: "d.txt", document: report("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;") },
      {
        file: "e.txt",
        document: report("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;")
      }
    ])
    expect([...found.values()].flat()).toEqual([])
  })

  test("an undated mention joins the one dated document", () => {
    const found = checkCitationsAcrossFiles([
      { file: "a.txt", document: report("Quyết định số 45/QĐ-UBND ngày 09/3/2020") },
      { file: "b.txt", document: report("Kế hoạch số 45/QĐ-UBND của UBND huyện") }
    ])
    expect(found.get("b.txt")?.map((d) => d.messageId)).toEqual(["kindDiffersAcrossFiles"])
  })

  const seeds = fileURLToPath(new URL("../../../../shared/corpus/seeds/", import.meta.url))
  test.skipIf(!existsSync(seeds))("the two Quảng Ngãi reports disagree on 2113/QĐ-UBND (seeds)", () => {
    const files = ["bao-cao-so-ngoai-vu-quang-ngai-2020.txt", "bao-cao-ubnd-tp-quang-ngai-2020.txt"].map(
      (file) => ({
        file,
        document: parseDocument(readFileSync(seeds + file, "utf8"))
      })
    )
    const found = checkCitationsAcrossFiles(files)
    expect(
      found.get("bao-cao-so-ngoai-vu-quang-ngai-2020.txt")?.map((d) => [d.messageId, d.span.start.line])
    ).toEqual([["kindDiffersAcrossFiles", 11]])
    expect(
      found.get("bao-cao-ubnd-tp-quang-ngai-2020.txt")?.map((d) => [d.messageId, d.span.start.line])
    ).toEqual([["kindDiffersAcrossFiles", 11]])
  })
})

if (!existsSync(fileURLToPath(new URL("../../../../shared/corpus/seeds/", import.meta.url)))) {
  console.warn("cross-file.test.ts: ../shared/corpus/seeds/ is absent; the seed test is skipped")
}
