// Found by the fuzzer (property fix-no-new-error: upper-casing a line of
// the signature block made the Nơi nhận block disappear). The cause is in
// findFooterStart (packages/core/src/parse/parse-document.ts): the foot is
// found by walking up from the bottom over "foot-like" lines, then
// looking down from there for the Nơi nhận label or an authority line. A
// long recipient wrapped onto a second line, as Word wraps it, is not
// foot-like, so the walk stops inside the Nơi nhận list, the label is never
// seen and the foot starts at `KT. GIÁM ĐỐC`: the whole list is read as
// body, and lint reports `recipients/missing` and `end-mark/missing` on a
// document that has both.
import { parseDocument } from "@cchc/core"
import { lint } from "@cchc/rules"
import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"

const plan = readFileSync(
  new URL("../../examples/documents/ke-hoach-tuyen-truyen-cchc-2026.txt", import.meta.url),
  "utf8"
)
const wrapped = plan.replace(
  "- UBND tỉnh (để b/c);",
  "- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh,\n  Ủy ban MTTQ Việt Nam tỉnh (để b/c);"
)

describe("a wrapped Nơi nhận item keeps the Nơi nhận block", () => {
  test("the input is what the test means: one item on two lines", () => {
    expect(wrapped).toContain("Nơi nhận:\n- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh,\n  Ủy ban MTTQ")
    expect(parseDocument(plan).recipients?.items).toHaveLength(4)
  })

  test("the parser still finds the Nơi nhận block, its four items and the end mark", () => {
    const document = parseDocument(wrapped)
    expect(document.recipients?.items).toHaveLength(4)
    expect(document.recipients?.archive?.raw).toBe("Lưu: VT, VP.")
    expect(document.endMark).not.toBeNull()
  })

  test("lint reports neither a missing Nơi nhận nor a missing end mark", () => {
    const ids = lint(wrapped, { extends: "recommended", today: "2026-11-23" }).diagnostics.map(
      (d) => `${d.ruleId}/${d.messageId}`
    )
    expect(ids).not.toContain("recipients/missing")
    expect(ids).not.toContain("end-mark/missing")
  })
})
