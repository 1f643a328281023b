// Found by the fuzzer (property fix-fixed-point). When the last sentence
// ends in a full stop followed by a stray combining mark (`Tịnh Khê.̣`,
// U+0323 after the `.`, as a slip of a Telex or VNI keyboard leaves it),
// the end-mark rule's safe fix writes `./.` over the `.` and leaves the
// mark after it. The parser only takes a line that ends in `./.` as the
// end mark, so the next pass reports `end-mark/missing` again and inserts
// another `./`: `cchc lint --fix` stops after ten passes and writes
// `Tịnh Khê./././././././././.̣`. Found again (after the first case was
// fixed) with a space between the full stop and the mark: `Tịnh Khê. ̣`.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { checkInput, fixToFixedPoint, MAX_FIX_PASSES } from "../../fuzz/properties.js"

const example = readFileSync(
  new URL("../../examples/documents/bao-cao-cchc-quy-iii-2026.txt", import.meta.url),
  "utf8"
)
const ENDINGS = {
  "a mark right after the full stop": "xã Tịnh Khê.\u0323",
  "a space, then a mark": "xã Tịnh Khê. \u0323"
}

describe.each(Object.entries(ENDINGS))("the end-mark fix reaches a fixed point: %s", (_name, ending) => {
  const text = example.replace("xã Tịnh Khê./.", ending)

  test("the input is what the test means", () => {
    expect(text).toContain(`${ending}\n`)
  })

  test("fixing writes one end mark and stops", () => {
    const { output, passes } = fixToFixedPoint({ core, rules }, text)
    expect(output).not.toContain("././")
    expect(passes).toBeLessThan(MAX_FIX_PASSES)
  })

  test("every fix property holds", () => {
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })
})
