import { describe, expect, test } from "vitest"
import { lint } from "../engine/lint.js"
import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./recipients.js"

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    { name: "archive with copies", text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, TH (2).") },
    { name: "archive with the registry only", text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT.") },
    { name: "purpose notes", text: SAMPLE_REPORT.replace("- UBND tỉnh;", "- UBND tỉnh (để b/c);") },
    {
      name: "the drafter's initials and copies after the archive line's period (cv09, cv10, tb01)",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, CN (2). Ha")
    },
    {
      name: "initials with a copy count",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, QLDN3. H(4)")
    },
    {
      name: "an addressee whose units follow in a + sub-list (qd05)",
      text: SAMPLE_REPORT.replace(
        "- Sở Tư pháp;",
        "- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ TTTT: 01 bản giấy (đăng Công báo);"
      )
    },
    {
      name: "an item wrapped before an upper-case word that closes it (tb02)",
      text: SAMPLE_REPORT.replace(
        "- Sở Tư pháp;",
        "- VPCP: BTCN, các Vụ: QHĐP, KTTH, Cục KSTTHC, Cổng\nTTĐTCP;"
      )
    },
    {
      name: "a sentence about a recipient above the block is no repeated label",
      text: SAMPLE_REPORT.replace("Nơi nhận:", "Nơi nhận hồ sơ là Bộ phận một cửa.\n\nNơi nhận:")
    }
  ],
  invalid: [
    {
      name: "label without diacritic",
      text: SAMPLE_REPORT.replace("Nơi nhận:", "Noi nhận:"),
      errors: [{ messageId: "label", line: 27, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "label without colon",
      text: SAMPLE_REPORT.replace("Nơi nhận:", "Nơi nhận"),
      errors: [{ messageId: "label", line: 27 }],
      output: SAMPLE_REPORT
    },
    {
      name: "an item ending with a comma",
      text: SAMPLE_REPORT.replace("- UBND tỉnh;", "- UBND tỉnh,"),
      errors: [{ messageId: "terminator", line: 28 }],
      output: SAMPLE_REPORT
    },
    {
      name: "an item without punctuation",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;", "- Sở Tư pháp"),
      errors: [{ messageId: "terminator", line: 29 }],
      output: SAMPLE_REPORT
    },
    {
      name: "an item with a plus bullet",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;", "+ Sở Tư pháp;"),
      errors: [{ messageId: "bullet", line: 29 }],
      output: SAMPLE_REPORT
    },
    {
      name: "initials without the archive line's period are still a missing period (cv11)",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, V.I (3), Thiện"),
      errors: [{ messageId: "archiveTerminator", line: 30 }],
      output: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, V.I (3), Thiện.")
    },
    {
      name: "a + item with no group line above it keeps its bullet finding",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;", "- VP UBND tỉnh;\n+ LĐVP, KGVX;"),
      errors: [{ messageId: "bullet", line: 30 }],
      output: SAMPLE_REPORT.replace("- Sở Tư pháp;", "- VP UBND tỉnh;\n- LĐVP, KGVX;")
    },
    {
      name: "the archive line written with Văn thư in full (tb02)",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: Văn thư, TCCV (02). CMP"),
      errors: [{ messageId: "archiveForm", line: 30 }]
    },
    {
      name: "archive line ending with a semicolon",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, TH;"),
      errors: [{ messageId: "archiveTerminator", line: 30 }],
      output: SAMPLE_REPORT
    },
    {
      // A real archive line written without its colon: it is the archive
      // line, so the fix restores the colon and never turns "." into ";".
      name: "archive line without its colon",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu VT, CCHC."),
      errors: [{ messageId: "archiveColon", line: 30, column: 1 }],
      output: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, CCHC.")
    },
    {
      name: "archive line without its colon, next to a recipient ending with a comma",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;\n- Lưu: VT, TH.", "- Sở Tư pháp,\n- Lưu VT, CCHC."),
      errors: [
        { messageId: "terminator", line: 29 },
        { messageId: "archiveColon", line: 30 }
      ],
      output: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: VT, CCHC.")
    },
    {
      name: "a body named Lưu trữ is a recipient, not the archive line",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;\n- Lưu: VT, TH.", "- Lưu trữ lịch sử tỉnh;"),
      errors: [{ messageId: "archiveMissing", line: 29 }]
    },
    {
      name: "no archive line",
      text: SAMPLE_REPORT.replace("\n- Lưu: VT, TH.", ""),
      errors: [{ messageId: "archiveMissing", line: 29 }]
    },
    {
      name: "archive line not last",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;\n- Lưu: VT, TH.", "- Lưu: VT, TH.\n- Sở Tư pháp;"),
      errors: [{ messageId: "archiveNotLast", line: 29 }]
    },
    {
      name: "archive without VT",
      text: SAMPLE_REPORT.replace("- Lưu: VT, TH.", "- Lưu: TH."),
      errors: [{ messageId: "archiveForm", line: 30 }]
    },
    {
      name: "the same recipient twice",
      text: SAMPLE_REPORT.replace("- Sở Tư pháp;", "- Sở Tư pháp;\n- Sở Tư pháp;"),
      errors: [{ messageId: "duplicate", line: 30 }]
    },
    {
      name: "a mangled copy of the label above it",
      text: SAMPLE_REPORT.replace("Nơi nhận:", "Noi nhận\n\nNơi nhận:"),
      errors: [{ messageId: "duplicateLabel", line: 27, column: 1 }]
    },
    {
      name: "the label written three times",
      text: SAMPLE_REPORT.replace("Nơi nhận:", "Nơi nhận:\nNOI NHAN\n\nNơi nhận:"),
      errors: [
        { messageId: "duplicateLabel", line: 27 },
        { messageId: "duplicateLabel", line: 28 }
      ]
    },
    {
      name: "no Nơi nhận",
      text: SAMPLE_REPORT.replace("Nơi nhận:\n- UBND tỉnh;\n- Sở Tư pháp;\n- Lưu: VT, TH.\n\n", ""),
      errors: [{ messageId: "missing", line: 27 }]
    }
  ]
})

describe("recipients: a repeated label", () => {
  test("deleting the repeated line is offered, not applied", () => {
    const text = SAMPLE_REPORT.replace("Nơi nhận:", "Noi nhận\n\nNơi nhận:")
    const [d] = lint(text, { rules: { recipients: "error" }, today: "2026-01-15" }).diagnostics.filter(
      (x) => x.messageId === "duplicateLabel"
    )
    expect(d?.fix).toBeNull()
    expect(d?.message).toContain("dòng 29")
    const edit = d!.suggestions[0]!.edits[0]!
    expect(text.slice(edit.start, edit.end)).toBe("Noi nhận")
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(
      SAMPLE_REPORT.replace("Nơi nhận:", "\n\nNơi nhận:")
    )
  })
})
