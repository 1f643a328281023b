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
import { checkInput, fixToFixedPoint, MAX_FIX_PASSES } from "../../fuzz/properties.js"

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
    const { output, passes } = fixToFixedPoint(
      { core, rules },
      example.replace("xã Tịnh Khê./.", "xã Tịnh Khê *")
    )
    expect(passes).toBeLessThan(MAX_FIX_PASSES)
    expect(output).toContain("xã Tịnh Khê./. *")
  })

  test("every fix property holds", () => {
    expect(() =>
      checkInput({ core, rules }, example.replace("xã Tịnh Khê./.", "xã Tịnh Khê *"))
    ).not.toThrow()
  })
})
