// Found by bench/regex-attacks.ts and the hostile inputs of the benchmark.
// In packages/core/src/parse/citations.ts the patterns read after a
// citation's number start with `[ ]*,?[ ]*`: two loops over the same
// spaces around an optional comma, so a run of spaces that is not followed
// by a date is split every possible way: quadratic time at each citation.
// `Quyết định số 05/QĐ-UBND` + 200,000 spaces + `x` took 178 s to lint.
// `[ ]*(?:,[ ]*)?` accepts the same texts in linear time.
import { parseDocument } from "@cchc/core"
import { check } from "recheck"
import { describe, expect, test } from "vitest"
import { namedRegex, regexesIn } from "../../fuzz/regex-sources.js"

const CITATIONS = "packages/core/src/parse/citations.ts"

describe("the parts after a citation's number are matched in linear time", () => {
  test.each(["SHORT_DATE", "LONG_DATE", "ISSUER", "SUMMARY_START"])(
    "%s does not backtrack catastrophically",
    async (name) => {
      const re = namedRegex(CITATIONS, name)
      const result = await check(re.source, re.flags, { timeout: 20_000 })
      expect(
        result.status,
        `/${re.source}/${re.flags} ${result.status === "vulnerable" ? `(${result.complexity.type}), attack ${result.attack.pattern}` : ""}`
      ).toBe("safe")
    }
  )

  // The test that shares a date between citations of a list has the same
  // shape (`^[ ]*(?:,|và|;)?[ ]*$`), on the text between two citations.
  test("the shared-date test in scanCitations does not backtrack catastrophically", async () => {
    const patterns = regexesIn(CITATIONS, "scanCitations")
    expect(patterns.length).toBeGreaterThan(0)
    for (const re of patterns) {
      const result = await check(re.source, re.flags, { timeout: 20_000 })
      expect(result.status, `line ${re.line}: /${re.source}/${re.flags}`).toBe("safe")
    }
  })

  // Guards for the fix: spaces and a comma before the date, issuer and
  // summary are still read.
  test("spaced citations still read their date, issuer and summary", () => {
    const document = parseDocument(
      "Thực hiện Quyết định số 05/QĐ-UBND  , ngày 05/3/2024   của   UBND tỉnh   về việc ban hành kế hoạch; Nghị quyết số 76/NQ-CP , ngày 15 tháng 7 năm 2021 của Chính phủ."
    )
    expect(document.citations.map((c) => [c.date, c.issuer, c.summary])).toEqual([
      ["2024-03-05", "UBND tỉnh", "về việc ban hành kế hoạch"],
      ["2021-07-15", "Chính phủ", null]
    ])
  })
})
