import { describe, expect, test } from "vitest"
import { lint } from "../engine/lint.js"
import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./document-number.js"

const withNumber = (number: string, base = SAMPLE_REPORT) => base.replace(/^Số: .*$/mu, number)

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    { name: "a letter suffix is tolerated", text: withNumber("Số: 30c/BC-SNV") },
    { name: "sequences of ten and more, unpadded", text: withNumber("Số: 10/BC-SNV") },
    { name: "a padded sequence below ten", text: withNumber("Số: 09/BC-SNV") },
    {
      // The issuer's own code equals the Tờ trình type code.
      name: "a công văn of a Thanh tra tỉnh numbered 123/TTr-NV1",
      text: withNumber("Số: 123/TTr-NV1", SAMPLE_LETTER).replace(
        "ỦY BAN NHÂN DÂN\nXÃ BA BÍCH",
        "UBND TỈNH KHÁNH HÒA\nTHANH TRA TỈNH"
      )
    },
    { name: "mixed-case official codes", text: withNumber("Số: 15/QyĐ-SNV").replace("BÁO CÁO", "QUY ĐỊNH") },
    {
      name: "legacy code before Nghị định 30 took effect",
      text: withNumber("Số: 05/GT-SNV").replace("BÁO CÁO", "GIẤY GIỚI THIỆU").replace("năm 2024", "năm 2019")
    },
    { name: "party documents follow their own numbering", text: withNumber("Số 36-HD/VPTW") },
    {
      name: "a mixed-case official issuer code opens with a capital",
      text: withNumber("Số: 15/QĐ-TTg").replace("BÁO CÁO", "QUYẾT ĐỊNH")
    },
    { name: "an issuer code with a unit and &", text: withNumber("Số: 05/BC-SNV-CCHC&PC") }
  ],
  invalid: [
    {
      name: "an issuer code in lower case (`05/KH-ubnd`) is upper-cased only as a suggestion",
      text: withNumber("Số: 05/BC-snv"),
      errors: [{ messageId: "issuerCodeCase", line: 3 }],
      // No safe fix: the text is left as it is by --fix.
      output: withNumber("Số: 05/BC-snv")
    },
    {
      name: "a lower-case unit after the issuer code",
      text: withNumber("Số: 05/BC-SNV-vp"),
      errors: [{ messageId: "issuerCodeCase", line: 3 }]
    },
    {
      name: "no number line",
      text: SAMPLE_REPORT.replace("Số: 05/BC-SNV\n", ""),
      errors: [{ messageId: "missing", line: 9 }]
    },
    {
      name: "unnumbered draft",
      text: withNumber("Số: /BC-SNV"),
      errors: [{ messageId: "draft", line: 3, column: 1 }]
    },
    {
      name: "unpadded sequence",
      text: withNumber("Số: 5/BC-SNV"),
      errors: [{ messageId: "unpadded", line: 3 }],
      output: SAMPLE_REPORT
    },
    {
      name: "a zero before a sequence of two digits (ct01: 012/CT-UBND)",
      text: withNumber("Số: 012/BC-SNV"),
      errors: [{ messageId: "overPadded", line: 3 }]
    },
    {
      name: "a zero before a sequence of three digits (kh07: 0124/KH-UBND)",
      text: withNumber("Số: 0124/BC-SNV"),
      errors: [{ messageId: "overPadded", line: 3 }]
    },
    {
      name: "label without colon",
      text: withNumber("Số 05/BC-SNV"),
      errors: [{ messageId: "label", line: 3, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "upper-case label",
      text: withNumber("SỐ: 05/BC-SNV"),
      errors: [{ messageId: "label", line: 3 }],
      output: SAMPLE_REPORT
    },
    {
      name: "spaces inside the number",
      text: withNumber("Số: 05/ BC - SNV"),
      errors: [{ messageId: "spacing", line: 3, column: 5 }],
      output: SAMPLE_REPORT
    },
    {
      name: "text that closes up into no number gets no spacing fix (it would write `-Nhưtrên`)",
      text: withNumber("Số: - Như trên"),
      errors: [{ messageId: "missing", line: 10 }]
    },
    {
      name: "spaces inside a number of the wrong kind: the kind is judged too",
      text: withNumber("Số: 05/ KH - SNV"),
      errors: [
        { messageId: "typeMismatch", line: 3, column: 1 },
        { messageId: "spacing", line: 3, column: 5 }
      ],
      output: withNumber("Số: 05/KH-SNV")
    },
    {
      name: "type code in the wrong case",
      text: withNumber("Số: 05/Bc-SNV"),
      errors: [{ messageId: "typeCodeCase", line: 3 }],
      output: SAMPLE_REPORT
    },
    {
      name: "type code of another kind",
      text: withNumber("Số: 05/KH-SNV"),
      errors: [{ messageId: "typeMismatch", line: 3 }]
    },
    {
      name: "a report numbered like a công văn",
      text: withNumber("Số: 05/SNV-VP"),
      errors: [{ messageId: "typeCodeMissing", line: 3 }]
    },
    {
      name: "a công văn with a type code",
      text: withNumber("Số: 12/CV-UBND", SAMPLE_LETTER).replace("Số: 12/CV-UBND", "Số: 12/BC-UBND"),
      errors: [{ messageId: "congVanTypeCode", line: 3 }]
    },
    {
      name: "a công văn of a Thanh tra numbered with a Tờ trình code still fails when another body issues it",
      text: withNumber("Số: 123/TTr-NV1", SAMPLE_LETTER),
      errors: [{ messageId: "congVanTypeCode", line: 3 }]
    },
    {
      name: "legacy code after Nghị định 30 took effect",
      text: withNumber("Số: 05/GT-SNV").replace("BÁO CÁO", "GIẤY GIỚI THIỆU"),
      errors: [{ messageId: "legacyCode", line: 3 }]
    }
  ]
})

describe("document-number: the suggestion for a lower-case issuer code", () => {
  test("upper-cases only the lower-case group", () => {
    const text = withNumber("Số: 05/BC-snv")
    const found = lint(text, { rules: { "document-number": "error" } }).diagnostics.find(
      (d) => d.messageId === "issuerCodeCase"
    )!
    expect(found.message).toContain('"05/BC-SNV"')
    expect(found.suggestions?.[0]?.edits).toEqual([
      { start: text.indexOf("snv"), end: text.indexOf("snv") + 3, text: "SNV" }
    ])
  })
})
