// Found by the fuzzer (property fix-fixed-point, seed 3003) on a mutated
// plan whose Markdown bold was left half-closed: the last line of the body
// ended in ` *`. The end-mark rule reads a line without its trailing
// asterisks and wrote `./.` before the ` *`; the parser took only a line
// that ends in `./.` as the end mark, so each pass of `cchc lint --fix`
// wrote another one. The parser now reads the line as the rule does.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { checkInput, MAX_FIX_PASSES } from "../../fuzz/properties.js"

const config = { extends: "recommended" as const, today: "2026-11-23" }
const example = readFileSync(
  new URL("../../examples/documents/bao-cao-cchc-quy-iii-2026.txt", import.meta.url),
  "utf8"
)

describe("an end mark before stray asterisks", () => {
  test("is the end mark", () => {
    const document = core.parseDocument(example.replace("xã Tịnh Khê./.", "xã Tịnh Khê./. *"))
    expect(document.endMark?.raw).toBe("./.")
  })

  test("is written once", () => {
    let current = example.replace("xã Tịnh Khê./.", "xã Tịnh Khê *")
    let passes = 0
    for (; passes < MAX_FIX_PASSES; passes++) {
      const { output } = rules.applyFixes(current, rules.lint(current, config).diagnostics)
      if (output === current) break
      current = output
    }
    expect(passes).toBeLessThan(MAX_FIX_PASSES)
    expect(current).toContain("xã Tịnh Khê./. *")
  })

  test("every fix property holds", () => {
    expect(() =>
      checkInput({ core, rules }, example.replace("xã Tịnh Khê./.", "xã Tịnh Khê *"))
    ).not.toThrow()
  })
})
