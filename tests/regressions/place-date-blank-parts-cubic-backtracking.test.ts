// Found by bench/regex-attacks.ts. The pattern that reads a place-date's
// parts, `ngày[ ]*(\d{1,2})?[ .…_]*tháng[ ]*(\d{1,2})?[ .…_]*năm…`, has a
// space loop, an optional group and a blank loop that all match spaces
// when the day is left blank; with `tháng` far away or missing, the splits
// multiply: `ngày` + 2,000 spaces + `tháng` + 2,000 spaces + U+2028 took
// 6 s in parseDocument (cubic). The comment above DATE_PART says the
// blanks never overlap the digits, which is true, but they overlap the
// spaces. `ngày(?:[ ]*(\d{1,2}))?[ .…_]*tháng(?:[ ]*(\d{1,2}))?[ .…_]*năm…`
// reads the same texts in linear time. The rules package copies the pattern.
import { parseDocument } from "@cchc/core"
import { check } from "recheck"
import { describe, expect, test } from "vitest"
import { namedRegex } from "../../fuzz/regex-sources.js"

describe("the parts of a place-date are matched in linear time", () => {
  test.each([
    ["packages/core/src/parse/place-date.ts", "DATE_PART"],
    ["packages/rules/src/rules/place-date.ts", "PARTS"]
  ])("%s %s does not backtrack catastrophically", async (file, name) => {
    const re = namedRegex(file, name)
    const result = await check(re.source, re.flags.replace("d", ""), { timeout: 20_000 })
    expect(
      result.status,
      `/${re.source}/${re.flags} ${result.status === "vulnerable" ? `(${result.complexity.type}), attack ${result.attack.pattern}` : ""}`
    ).toBe("safe")
  })

  // Guards for the fix: spaced and blank parts are still read.
  test("spaced and blank date parts still read as before", () => {
    const spaced = parseDocument(
      "Số: 05/BC-UBND\nHà Nội, ngày   05   tháng 3 năm 2024\nBÁO CÁO\nKết quả"
    ).placeDate
    expect([spaced?.day, spaced?.month, spaced?.year]).toEqual([5, 3, 2024])
    const blank = parseDocument(
      "Số: /BC-UBND\nHà Nội, ngày  ...  tháng ...  năm 2024\nBÁO CÁO\nKết quả"
    ).placeDate
    expect([blank?.day, blank?.month, blank?.year]).toEqual([null, null, 2024])
  })
})
