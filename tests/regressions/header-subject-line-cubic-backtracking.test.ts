// Found by bench/regex-attacks.ts. In packages/core/src/parse/header.ts,
// VV (`^(V\/v|…)[ ]*:?[ ]*(.*)$`) and KINH_GUI have three adjacent loops
// that all match spaces; when the end of the line cannot match (`.` stops
// at U+2028, which Word and web pages put in text), every split of the
// spaces is tried: cubic time. `V/v` + 2,000 spaces + U+2028 took 34 s in
// parseDocument; a 100 KB line would take days. A linear form gives the
// rest of the line its own first character: `[ ]*(?::[ ]*)?(\S.*)?$`.
import { parseDocument } from "@cchc/core"
import { readFileSync } from "node:fs"
import { check } from "recheck"
import { describe, expect, test } from "vitest"
import { namedRegex } from "../../fuzz/regex-sources.js"

const HEADER = "packages/core/src/parse/header.ts"

describe("the V/v and Kính gửi lines are matched in linear time", () => {
  test.each(["VV", "KINH_GUI"])("%s does not backtrack catastrophically", async (name) => {
    const re = namedRegex(HEADER, name)
    const result = await check(re.source, re.flags, { timeout: 20_000 })
    expect(
      result.status,
      `/${re.source}/${re.flags} ${result.status === "vulnerable" ? `(${result.complexity.type}), attack ${result.attack.pattern}` : ""}`
    ).toBe("safe")
  })

  // Guards for the fix: spaces and a colon around the label still parse.
  test("a spaced V/v line and Kính gửi line still read as before", () => {
    const letter = readFileSync(
      new URL("../../examples/documents/cong-van-bao-cao-dich-vu-cong-2026.txt", import.meta.url),
      "utf8"
    )
    const text = letter
      .replace("V/v báo cáo", "V/v  :  báo cáo")
      .replace(/Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- [^\n]+\n/u, "Kính gửi  :  Sở Nội vụ\n")
    const document = parseDocument(text)
    expect(document.title?.form).toBe("vv")
    expect(document.title?.summary).toBe("báo cáo tình hình cung cấp dịch vụ công trực tuyến")
    expect(document.kinhGui?.items.map((i) => i.text)).toEqual(["Sở Nội vụ"])
  })
})
