// Found by the fuzzer (property fix-no-new-error) on a two-line hostile
// input. `Noinhận(b/c)` followed by the motto is read as a document (a
// Nơi nhận label and the motto); the recipients/label fix writes
// `Nơi nhận:(b/c)`, and the same two lines are then read as not a
// document: the label is no longer taken, the motto is lost with it, and
// `not-a-document` (an error) appears on the text the fix wrote. In a whole
// document both forms are read correctly; only a short input flips, but the
// verdict of a text must not depend on which spelling of the label it has.
// Since the head is no longer read past a Nơi nhận label (the foot has
// begun), the motto under it is no Tiêu ngữ, and neither spelling makes
// the two lines a document.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput } from "../../fuzz/properties.js"

const motto = "\nĐộc lập - Tự do - Hạnh phúc"

describe("the spelling of the Nơi nhận label does not change the verdict", () => {
  const mangled = core.parseDocument(`Noinhận(b/c)${motto}`)
  const corrected = core.parseDocument(`Nơi nhận:(b/c)${motto}`)

  test("both spellings get the same verdict", () => {
    expect(mangled.isDocument).toBe(corrected.isDocument)
  })

  test("a motto under the Nơi nhận label is not the head's Tiêu ngữ", () => {
    expect(mangled.nationalHeader.motto).toBeNull()
    expect(corrected.nationalHeader.motto).toBeNull()
  })

  test("every fix property holds", () => {
    expect(() => checkInput({ core, rules }, `Noinhận(b/c)${motto}`)).not.toThrow()
  })
})
