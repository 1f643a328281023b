// Found by the fuzzer (property fix-fixed-point) on a mutated document
// whose motto landed on an authority line: `KT. PHÓ Độc lập - Tự do -
// Hạnh phúc`. Two rules claim the same characters with opposite safe
// fixes: signing-authority/notUpperCase writes the whole authority line in
// capitals, national-header/mottoForm writes the motto back in its Decree
// form (`Độc lập - Tự do - Hạnh phúc`). Each pass undoes the other, so
// `cchc lint --fix` stops after ten passes with either text, by parity.
// Text that one part of the document claims should not get a safe fix
// from a rule that reads it as another part: the parser no longer reads the
// head past a Nơi nhận label or a line opened by `KT.`, `TM.`, `TL.`, `TUQ.`.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput, fixToFixedPoint, MAX_FIX_PASSES } from "../../fuzz/properties.js"

const config = { extends: "recommended" as const, today: "2026-11-23" }
const text = "Kết quả./.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. PHÓ Độc lập - Tự do - Hạnh phúc\nNguyễn Văn A"

describe("safe fixes do not undo each other", () => {
  test("the motto inside the signature line is not read as the head's Tiêu ngữ", () => {
    expect(core.parseDocument(text).nationalHeader.motto).toBeNull()
    const once = rules.applyFixes(text, rules.lint(text, config).diagnostics).output
    expect(core.parseDocument(once).nationalHeader.motto).toBeNull()
  })

  test("fixing reaches a fixed point", () => {
    expect(fixToFixedPoint({ core, rules }, text).passes).toBeLessThan(MAX_FIX_PASSES)
  })

  test("every fix property holds", () => {
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })
})
