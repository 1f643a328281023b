// Found by the fuzzer on broken inputs: a safe fix that changes the
// parser's reading of the rest of the document, or lets a rule judge a
// line it skipped before. Both are rare and come from mangled text, but a
// safe fix must only correct what it targets.
// - `NƠINHẬN` alone is read as a document: the upper-case line is taken
//   both as the issuer's name and as the Nơi nhận label. The
//   recipients/label fix writes `Nơi nhận:`, and the same text is then not
//   a document (property fix-keeps-structure). A Nơi nhận label, in any
//   spelling, is not an issuer.
// - In a foot whose lines are split by a lone CR, `TM ỦN` / `PHÓ ố` gets
//   `prefixForm`; once its fix writes `TM.`, `deputyWithoutKt` (an error
//   without a fix) appears on the text the fix wrote (property
//   fix-no-new-error). The cause was the notUpperCase fix in the same
//   pass: the lower-case title under the authority line (`PHÓ ố`) was only
//   judged once upper-cased. The rule now judges it as it will be read.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput, PropertyViolation } from "../../fuzz/properties.js"

const violation = (text: string): string | null => {
  try {
    checkInput({ core, rules }, text)
    return null
  } catch (error) {
    return error instanceof PropertyViolation ? error.message : String(error)
  }
}

describe("a safe fix corrects what it targets and nothing else", () => {
  test("a lone upper-case Nơi nhận label is not read as the issuer", () => {
    expect(core.parseDocument("NƠINHẬN").issuer).toBeNull()
    expect(violation("NƠINHẬN")).toBeNull()
  })

  test("the TM. prefix fix does not bring a deputy error with it", () => {
    expect(violation("Noinhận\nTM ỦN\rPHÓ ố\nN")).toBeNull()
  })
})
