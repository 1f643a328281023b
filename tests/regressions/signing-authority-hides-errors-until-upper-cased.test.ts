// Found by the fuzzer (property fix-no-new-error). The signing-authority
// rule reads the authority line for its prefix and body only once the line
// is in upper case: on `TM. Chủ tịch` it reports `notUpperCase` alone, its
// safe fix writes `TM. CHỦ TỊCH`, and only then does `tmBeforeTitle` (an
// error without a fix) appear, on the text the fix wrote. The same line
// must get the same verdict whatever its letter case.
import { applyFixes, lint } from "@cchc/rules"
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { checkInput } from "../../fuzz/properties.js"

const config = { extends: "recommended" as const, today: "2026-11-23" }
const example = readFileSync(
  new URL("../../examples/documents/bao-cao-cchc-quy-iii-2026.txt", import.meta.url),
  "utf8"
)
// The example signs `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`;
// here a clerk typed `TM.` before the chairman's title, in normal case.
const text = example
  .replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n", "TM. Chủ tịch\n")
  .replace("Noi nhận\n", "Nơi nhận:\n")

const authorityIds = (t: string) =>
  lint(t, config)
    .diagnostics.filter((d) => d.ruleId === "signing-authority")
    .map((d) => d.messageId)

describe("signing-authority judges the authority line whatever its letter case", () => {
  test("the input is what the test means: TM. before a title, in normal case", () => {
    expect(text).toContain("\nTM. Chủ tịch\nPHÓ CHỦ TỊCH\n")
  })

  test("TM. before a title is reported before the upper-case fix, not only after it", () => {
    const upper = text.replace("TM. Chủ tịch", "TM. CHỦ TỊCH")
    expect(authorityIds(upper)).toContain("tmBeforeTitle")
    expect(authorityIds(text)).toContain("tmBeforeTitle")
  })

  test("applying the safe fixes introduces no error on the text they wrote", () => {
    const fixed = applyFixes(text, lint(text, config).diagnostics).output
    expect(fixed).toContain("TM. CHỦ TỊCH")
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })
})
