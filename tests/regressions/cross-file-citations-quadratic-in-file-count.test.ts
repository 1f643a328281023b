// Found by profiling `cchc lint` on the benchmark corpus: 9% of the run was
// the cross-file citation check, for 2,000 files. In
// packages/rules/src/cross-file.ts, compareGroup filters the whole group
// for each file and compares each file's citation with every other file's
// (`others.find(kindsDiffer)`, which folds both kind names each time): the
// work grows with the square of the number of files that cite the same
// number. Archives of thousands of CCHC documents all cite `Nghị quyết số
// 76/NQ-CP`, so this is the common case, not a corner.
//
// Measured without a clock: the citations count how often their fields
// are read. Ten times the files may cost about ten times the reads; the
// square would cost a hundred times.
import { parseDocument, type Document } from "@cchc/core"
import { checkCitationsAcrossFiles } from "@cchc/rules"
import { describe, expect, test } from "vitest"

const document = parseDocument(
  "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030."
)

const run = (files: number) => {
  let reads = 0
  const counted = (d: Document): Document => ({
    ...d,
    citations: d.citations.map(
      (c) =>
        new Proxy(c, {
          get(target, key, receiver) {
            reads++
            return Reflect.get(target, key, receiver)
          }
        })
    )
  })
  const result = checkCitationsAcrossFiles(
    Array.from({ length: files }, (_, i) => ({ file: `doc-${i}.txt`, document: counted(document) }))
  )
  return { reads, result }
}

describe("the cross-file citation check is linear in the number of files", () => {
  test("every file cites the same number, consistently (the inputs are what the test means)", () => {
    expect(document.citations.map((c) => c.number)).toEqual(["76/NQ-CP"])
    const { result } = run(100)
    expect([...result.values()].every((d) => d.length === 0)).toBe(true)
  })

  test("ten times the files cost at most about ten times the work", () => {
    const small = run(200).reads
    const large = run(2_000).reads
    expect(large / small).toBeLessThan(20)
  })
})
