// Found by the fuzzer (property fix-no-new-error). A number with a space
// before a hyphen and a second slash (`Số: 05/KH/UBND -VP`) gets only
// `document-number/spacing`; its safe fix closes the space, and the number
// it leaves (`05/KH/UBND-VP`) is then read another way and gets
// `typeCodeMissing`, an error without a fix, on the text the fix wrote.
// The spacing of a number must not change how its parts are read: the
// checks of the parts should run on the number as it reads once closed up,
// before and after the fix alike. Rare in real numbers (two slashes),
// found with mutated documents.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput } from "../../fuzz/properties.js"

const config = { extends: "recommended" as const, today: "2026-11-23" }
const text =
  "Số: 05/KH/UBND -VP\nQuảng Ngãi, ngày 05 tháng 3 năm 2026\nBÁO CÁO\nKết quả công tác cải cách hành chính"
const numberIds = (t: string) =>
  rules
    .lint(t, config)
    .diagnostics.filter((d) => d.ruleId === "document-number" && d.messageId !== "spacing")
    .map((d) => d.messageId)
    .sort()

describe("closing up the spaces of a number does not change how it is read", () => {
  test("the spacing fix only closes the space (the input is what the test means)", () => {
    const fixed = rules.applyFixes(text, rules.lint(text, config).diagnostics).output
    expect(fixed.split("\n")[0]).toBe("Số: 05/KH/UBND-VP")
  })

  test("the other number findings are the same before and after the fix", () => {
    const fixed = rules.applyFixes(text, rules.lint(text, config).diagnostics).output
    expect(numberIds(text)).toEqual(numberIds(fixed))
  })

  test("every fix property holds", () => {
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })
})
