import { describe, expect, test } from "vitest"
import endMark from "../rules/end-mark.js"
import recipients from "../rules/recipients.js"
import { SAMPLE_REPORT } from "./sample-documents.js"
import { makeRuleTester } from "./make-rule-tester.js"
import { assertInvalidCase, assertValidCase } from "./rule-case.js"

const NO_LABEL_COLON = SAMPLE_REPORT.replace("Nơi nhận:", "Nơi nhận")

describe("the rule tester's assertions", () => {
  test("a valid case that reports fails", () => {
    expect(() => assertValidCase(recipients, NO_LABEL_COLON, {})).toThrow(
      /expected no diagnostic from recipients/
    )
  })
  test("an invalid case with the wrong message id, line or column fails", () => {
    expect(() =>
      assertInvalidCase(
        recipients,
        { text: NO_LABEL_COLON, errors: [{ messageId: "bullet", line: 27 }], output: SAMPLE_REPORT },
        {}
      )
    ).toThrow(/expected/)
    expect(() =>
      assertInvalidCase(
        recipients,
        { text: NO_LABEL_COLON, errors: [{ messageId: "label", line: 26 }], output: SAMPLE_REPORT },
        {}
      )
    ).toThrow(/expected/)
    expect(() =>
      assertInvalidCase(
        recipients,
        {
          text: NO_LABEL_COLON,
          errors: [{ messageId: "label", line: 27, column: 2 }],
          output: SAMPLE_REPORT
        },
        {}
      )
    ).toThrow(/expected/)
    expect(() =>
      assertInvalidCase(recipients, { text: NO_LABEL_COLON, errors: [], output: SAMPLE_REPORT }, {})
    ).toThrow(/expected/)
  })
  test("a wrong output fails, and a safe fix without an expected output fails", () => {
    expect(() =>
      assertInvalidCase(
        recipients,
        { text: NO_LABEL_COLON, errors: [{ messageId: "label", line: 27 }], output: NO_LABEL_COLON },
        {}
      )
    ).toThrow(/output after safe fixes differs/)
    expect(() =>
      assertInvalidCase(recipients, { text: NO_LABEL_COLON, errors: [{ messageId: "label", line: 27 }] }, {})
    ).toThrow(/add the expected 'output'/)
  })
  test("options that do not fit the rule's schema fail", () => {
    expect(() => assertValidCase(endMark, { text: SAMPLE_REPORT, options: { strict: true } }, {})).toThrow(
      /invalid options for end-mark/
    )
  })
  test("a correct table passes", () => {
    expect(() =>
      assertInvalidCase(
        recipients,
        {
          text: NO_LABEL_COLON,
          errors: [{ messageId: "label", line: 27, column: 1 }],
          output: SAMPLE_REPORT
        },
        {}
      )
    ).not.toThrow()
  })
})

describe("makeRuleTester", () => {
  test("creates one named test per case inside one describe per rule", () => {
    const names: Array<string> = []
    const tester = makeRuleTester({
      describe: (name, body) => (names.push(`describe ${name}`), body()),
      test: (name) => names.push(name)
    })
    tester(recipients).run({
      valid: ["a", { name: "named", text: "b" }],
      invalid: [{ text: "c", errors: [] }]
    })
    expect(names).toEqual(["describe recipients", "valid #1: a", "valid #2: named", "invalid #1: c"])
  })
})
