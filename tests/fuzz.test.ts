// The fuzzer's properties (fuzz/properties.ts, and fuzz/cli-layers.ts for
// the CLI's decoder, reporters, writer and binary readers) on a small
// budget, on the sources: `pnpm fuzz` runs the same checks for as long as it is asked to.
// fast-check picks a new seed on each run and prints it with any failure;
// CCHC_FUZZ_SEED replays one, CCHC_FUZZ_RUNS sets the budget.
import * as core from "@cchc/core"
import * as testing from "@cchc/core/testing"
import { renderText } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"
import * as rules from "@cchc/rules"
import * as fc from "fast-check"
import { writeFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import * as cli from "../packages/cli/src/index.js"
import { checkCliLayers, type CliLayers } from "../fuzz/cli-layers.js"
import { binaryReaders } from "../fuzz/readers.js"
import { arbitraryFuzzInput, baseDocuments, DOCUMENT_FAMILIES } from "../fuzz/inputs.js"
import { KNOWN_ISSUES } from "../fuzz/known-issues.js"
import { checkInput, checkSpans, PropertyViolation } from "../fuzz/properties.js"

const legacy = core as unknown as {
  detectLegacyEncoding?: (text: string) => { kind: string; confidence: number }
  convertLegacyText?: (text: string, from: "tcvn3" | "vni") => string
  encodeLegacyText?: (text: string, to: "tcvn3" | "vni") => string
}
const sdk = { core, rules, legacy }
const runs = Number(process.env.CCHC_FUZZ_RUNS ?? 300)
const seed = process.env.CCHC_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.CCHC_FUZZ_SEED) }
const input = arbitraryFuzzInput({
  testing,
  render: renderText as (spec: unknown) => string,
  encodeLegacy: legacy.encodeLegacyText ?? null
})

describe("fuzz: parse, lint and fix on hostile and broken input", () => {
  test("the generator covers every family of input", () => {
    const families = new Set(fc.sample(input, { seed: 7, numRuns: 400 }).map((x) => x.family))
    expect([...families].sort()).toEqual(
      expect.arrayContaining([
        "hostile-text",
        "lost-diacritics",
        "mutated-document",
        "random-unicode",
        "rendered-spec",
        "legacy-tcvn3",
        "legacy-vni"
      ])
    )
  })

  test("the example documents pass every property", () => {
    for (const text of baseDocuments()) expect(checkInput(sdk, text, KNOWN_ISSUES).knownIssues).toEqual([])
  })

  test(`every property holds on ${runs} generated inputs`, () => {
    fc.assert(
      fc.property(input, ({ family, text }) => {
        checkInput(sdk, text, KNOWN_ISSUES, { fixSemantics: DOCUMENT_FAMILIES.has(family) })
      }),
      { numRuns: runs, ...seed }
    )
  })
})

describe("fuzz: legacy encodings round-trip", () => {
  // TCVN3 has no upper-case toned vowels (capitals came from a companion
  // font), so its round trip holds for lower-case text; VNI's for any text.
  test.each([
    ["vni", false],
    ["tcvn3", true]
  ] as const)(
    "%s: converting what was encoded gives the NFC text back (lower case only: %s)",
    (encoding, lowerCaseOnly) => {
      const { encodeLegacyText, convertLegacyText } = legacy
      expect(encodeLegacyText).toBeTypeOf("function")
      fc.assert(
        fc.property(testing.arbitraryVietnameseText, (raw) => {
          const text = (lowerCaseOnly ? raw.toLowerCase() : raw).normalize("NFC")
          expect(convertLegacyText!(encodeLegacyText!(text, encoding), encoding)).toBe(text)
        }),
        { numRuns: runs, ...seed }
      )
    }
  )
})

// The properties must be able to fail: each check is shown catching a
// broken result, so that a passing fuzz run means something.
describe("fuzz: the properties catch what they claim to", () => {
  const text = "Số: 5/BC-UBND\nHà Nội, ngày 05 tháng 03 năm 2024\nBÁO CÁO\nKết quả"
  const violation = (f: () => unknown) => {
    try {
      f()
    } catch (error) {
      return error instanceof PropertyViolation ? error.property : `unexpected ${String(error)}`
    }
    return null
  }

  test("a span outside the input", () => {
    const position = { offset: text.length + 1, line: 4, column: 9 }
    expect(violation(() => checkSpans({ span: { start: position, end: position } }, text))).toBe(
      "span-inside-input"
    )
  })

  test("a span with a wrong line", () => {
    const position = { offset: 0, line: 2, column: 1 }
    expect(violation(() => checkSpans({ span: { start: position, end: position } }, text))).toBe(
      "span-line-column"
    )
  })

  test("a parser that throws", () => {
    const broken = {
      ...sdk,
      core: {
        ...core,
        parseDocument: () => {
          throw new Error("boom")
        }
      }
    }
    expect(violation(() => checkInput(broken, text))).toBe("parse-total")
  })

  test("a fix that edits outside its edits", () => {
    const broken = {
      ...sdk,
      rules: {
        ...rules,
        applyFixes: (t: string, d: ReadonlyArray<rules.Diagnostic>) => ({
          ...rules.applyFixes(t, d),
          output: rules.applyFixes(t, d).output + " "
        })
      }
    }
    expect(violation(() => checkInput(broken, text))).toBe("fix-outside-edits")
  })

  test("fixes that never reach a fixed point", () => {
    // Each pass appends a character, so a safe fix is always pending.
    const looping = {
      ...sdk,
      rules: {
        ...rules,
        lintDocument: (d: core.Document, t: string, c?: rules.LintConfig) => {
          const result = rules.lintDocument(d, t, c)
          const fix = {
            tier: "safe" as const,
            description: "grow",
            edits: [{ start: t.length, end: t.length, text: "." }]
          }
          return { ...result, diagnostics: [{ ...result.diagnostics[0]!, severity: "info" as const, fix }] }
        }
      }
    }
    expect(violation(() => checkInput(looping, text))).toBe("fix-fixed-point")
  })
})

describe("fuzz: the CLI's layers (decoder, reporters, writer, binary readers)", () => {
  const layers = async (): Promise<CliLayers> => ({
    decodeText: cli.decodeText,
    toMessages: cli.toMessages,
    formatReport: cli.formatReport,
    reportFormats: cli.REPORT_FORMATS,
    writeFixedFile: cli.writeFixedFile,
    readInputFile: cli.readInputFile,
    workingTree: cli.workingTree,
    readers: await binaryReaders(cli, { renderDocx })
  })
  const violation = async (check: Promise<void>): Promise<string> => {
    try {
      await check
    } catch (error) {
      if (error instanceof PropertyViolation) return error.property
      throw error
    }
    return "none"
  }

  test(`every property holds on ${Math.ceil(runs / 3)} generated inputs`, async () => {
    const real = await layers()
    expect(real.readers.map((r) => [r.name, r.samples.length])).toEqual([["docx", 1]])
    await fc.assert(
      fc.asyncProperty(input, async ({ family, text }) => {
        const report = checkInput(sdk, text, KNOWN_ISSUES, { fixSemantics: DOCUMENT_FAMILIES.has(family) })
        await checkCliLayers(real, text, report.findings, report.fixedText)
      }),
      { numRuns: Math.ceil(runs / 3), ...seed }
    )
  })

  const text = "Số: 5/BC-UBND\nNoi nhận\n"
  const findings = rules.lint(text).diagnostics

  test("a decoder that replaces what it cannot read", async () => {
    const real = await layers()
    const template = real.decodeText(new TextEncoder().encode("x"), { convertLegacy: false })
    if (!template.ok) throw new Error("the template text was refused")
    // What a non-fatal TextDecoder does: U+FFFD for every malformed byte.
    const lossy: CliLayers = {
      ...real,
      decodeText: (bytes) => ({
        ok: true,
        value: { ...template.value, text: new TextDecoder().decode(bytes) }
      })
    }
    expect(await violation(checkCliLayers(lossy, text, findings, text))).toBe("decode-exact")
  })

  test("a reporter that drops findings", async () => {
    const real = await layers()
    const dropping: CliLayers = {
      ...real,
      formatReport: (format, report, options) =>
        real.formatReport(
          format,
          { ...report, files: report.files.map((f) => ({ ...f, messages: f.messages.slice(1) })) },
          options
        )
    }
    expect(await violation(checkCliLayers(dropping, text, findings, text))).toBe("report-complete")
  })

  test("a writer that overwrites an edit saved meanwhile", async () => {
    const real = await layers()
    const careless: CliLayers = {
      ...real,
      writeFixedFile: async (path, data) => {
        writeFileSync(path, data)
        return { written: true }
      }
    }
    expect(await violation(checkCliLayers(careless, text, findings, text))).toBe("write-no-lost-edit")
  })

  test("a binary reader that throws", async () => {
    const real = await layers()
    const throwing: CliLayers = {
      ...real,
      readers: [{ name: "docx", samples: [], read: async () => Promise.reject(new Error("bad zip")) }]
    }
    expect(await violation(checkCliLayers(throwing, text, findings, text))).toBe("docx-read-total")
  })
})
