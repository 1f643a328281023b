// Found by the fuzzer (property fix-no-new-error, seed 6003) on a mutated
// report whose head had a stray `Số:` line above the number line and the
// issuer's `ỦY BAN Số:NHÂN DÂN` below it. The parser reads the issuer
// only above the number line; issuer-header looked for a lower-case issuer
// anywhere up to the title, so it called that line the issuer and offered
// to upper-case it, after which the line was still not read as the issuer
// and the rule reported issuer-header/missing on the fixed text. The rule
// now looks where the parser does: above the number line when there is one.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput } from "../../fuzz/properties.js"

const issuerFindings = (text: string) =>
  rules
    .lint(text, { extends: "recommended", today: "2026-11-23" })
    .diagnostics.filter((d) => d.ruleId === "issuer-header")
    .map((d) => d.messageId)

describe("a body named below the number line", () => {
  const text =
    "Số: 07/BC-UBND\nỦy ban nhân dân xã Tịnh Khê\n\nBÁO CÁO\nKết quả công tác cải cách hành chính\n"

  test("is not the issuer: no upper-case fix, the issuer is missing", () => {
    expect(core.parseDocument(text).issuer).toBeNull()
    expect(issuerFindings(text)).toEqual(["missing"])
  })

  test("every fix property holds", () => {
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })

  test("the input the fuzzer found, minimised, passes every property", () => {
    expect(() => checkInput({ core, rules }, "Số/D\nBAN ố\nngàythángnăm")).not.toThrow()
  })
})
