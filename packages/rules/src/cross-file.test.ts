import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parseDocument } from "@cchc/core"
import { describe, expect, test } from "vitest"
import type { Diagnostic } from "./diagnostic.js"
import { checkCitationsAcrossFiles } from "./cross-file.js"
import { datesDiffer, kindsDiffer } from "./rules/citation-consistency.js"

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

  test("many files: each is reported against the first file that disagrees", () => {
    const plan = "Kế hoạch số 76/KH-UBND ngày 15/7/2021 của UBND tỉnh"
    const decision = "Quyết định số 76/KH-UBND ngày 15/7/2021 của UBND tỉnh"
    const found = checkCitationsAcrossFiles([
      { file: "a.txt", document: report(plan) },
      { file: "b.txt", document: report(plan) },
      { file: "c.txt", document: report(decision) },
      { file: "d.txt", document: report(plan) },
      { file: "e.txt", document: report(decision) }
    ])
    const other = (file: string) => found.get(file)?.map((d) => /trong (\S+) \(/u.exec(d.message)?.[1])
    expect(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"].map(other)).toEqual([
      ["c.txt"],
      ["c.txt"],
      ["a.txt"],
      ["c.txt"],
      ["a.txt"]
    ])
  })

  test("silent when every file cites the number the same way, however many", () => {
    const same = report("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ")
    const found = checkCitationsAcrossFiles(
      Array.from({ length: 50 }, (_, i) => ({ file: `f${i}.txt`, document: same }))
    )
    expect([...found.values()].flat()).toEqual([])
  })

  // The check as first written, comparing each file with every other: the
  // grouped check must find the same diagnostics.
  const pairwise = (files: ReadonlyArray<{ file: string; lines: ReadonlyArray<string> }>) => {
    const docs = files.map(({ file, lines }) => ({ file, document: report(...lines) }))
    const mentions = docs.flatMap(({ file, document }) =>
      document.citations.map((citation) => ({ file, citation }))
    )
    const years = new Map<string, typeof mentions>()
    const undated = mentions.filter((m) => m.citation.date === null)
    for (const m of mentions)
      if (m.citation.date !== null) {
        const y = m.citation.date.slice(0, 4)
        years.set(y, [...(years.get(y) ?? []), m])
      }
    const groups = [...years.values()]
    if (groups.length === 1) groups[0]!.push(...undated)
    else if (groups.length === 0) groups.push(undated)
    const out: Array<string> = []
    for (const group of groups)
      for (const file of new Set(group.map((m) => m.file))) {
        const own = group.filter((m) => m.file === file)
        const others = group.filter((m) => m.file !== file)
        const kind = others.find((o) => kindsDiffer(own[0]!.citation, o.citation))
        if (kind !== undefined) out.push(`${file} kind ${own[0]!.citation.span.start.offset} ${kind.file}`)
        const dated = own.find((m) => m.citation.date !== null)?.citation
        const date = dated && others.find((o) => datesDiffer(dated, o.citation))
        if (dated && date) out.push(`${file} date ${dated.span.start.offset} ${date.file}`)
      }
    return { docs, expected: out.sort() }
  }
  const summary = (found: Map<string, Array<Diagnostic>>) =>
    [...found].flatMap(([file, list]) =>
      list.map(
        (d) =>
          `${file} ${d.messageId === "kindDiffersAcrossFiles" ? "kind" : "date"} ${d.span.start.offset} ${/(?:trong|in) (\S+) \(/u.exec(d.messageEn ?? "")?.[1]}`
      )
    )

  test("finds what comparing every pair of files finds", () => {
    const kinds = ["Quyết định", "Kế hoạch", "Văn bản"]
    const dates = ["", " ngày 09/3/2020", " ngày 19/3/2020", " ngày 19/3/2021"]
    let seed = 7
    const pick = <A>(xs: ReadonlyArray<A>): A => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return xs[(seed >>> 16) % xs.length]!
    }
    const seen: Array<string> = []
    for (let round = 0; round < 60; round++) {
      const files = Array.from({ length: 2 + (round % 5) }, (_, i) => ({
        file: `f${i}.txt`,
        lines: Array.from({ length: 1 + (round % 2) }, () => `${pick(kinds)} số 35/KH-UBND${pick(dates)};`)
      }))
      const { docs, expected } = pairwise(files)
      expect(summary(checkCitationsAcrossFiles(docs)).sort()).toEqual(expected)
      seen.push(...expected)
    }
    // The inputs are what the test means: both kinds of finding occur.
    expect(seen.some((s) => s.includes(" kind "))).toBe(true)
    expect(seen.some((s) => s.includes(" date "))).toBe(true)
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
