/**
 * Every renderer's output, read back as a user's file would be: the text
 * of `renderText`, the Markdown of `renderMarkdown` (through the parser's
 * reading stage), the text content of `renderHtml`, and the .docx of
 * `renderDocx` through the CLI's .docx reader, parses back to the spec's
 * model and lints with no error and no warning. `today` is not pinned:
 * the arbitrary never draws a date later than today.
 */
import { parseDocument } from "@cchc/core"
import { arbitraryDocumentSpec } from "@cchc/core/testing"
import { renderHtml, renderMarkdown, renderText } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"
import { lint } from "@cchc/rules"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { readDocx } from "../packages/cli/src/input/read-docx.js"
import { sampleReport } from "../packages/format/src/__fixtures__/sample-report.js"
import { expectSameModel } from "../packages/format/src/properties/expect-same-model.js"

const RUNS = Number(process.env.RUNS ?? 100)
// A .docx is packed and unpacked: fewer runs keep the suite in its time.
const DOCX_RUNS = Number(process.env.DOCX_RUNS ?? 25)

/** Findings of the recommended preset other than `info`. */
const findings = (text: string) =>
  lint(text, { extends: "recommended" })
    .diagnostics.filter((d) => d.severity !== "info")
    .map((d) => `${d.severity} ${d.ruleId}/${d.messageId}: ${d.message}`)

/**
 * The text content of an HTML page as a browser's "copy all" gives it: a
 * line per paragraph, line break and table cell, tags left out, entities
 * decoded.
 */
const htmlText = (html: string): string =>
  html
    .replace(/<style>[^]*?<\/style>|<title>[^<]*<\/title>/gu, "")
    .replace(/<br>|<\/p>|<\/td>|<\/div>/gu, "\n")
    .replace(/<[^>]*>/gu, "")
    .replace(/&nbsp;/gu, " ")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()

const TEXT_FORMATS = [
  ["text", renderText],
  ["Markdown", renderMarkdown],
  ["HTML (text content)", (spec: Parameters<typeof renderHtml>[0]) => htmlText(renderHtml(spec))]
] as const

describe.each(TEXT_FORMATS)("%s output", (_name, render) => {
  test("of the sample report parses back to its model and lints clean", () => {
    const text = render(sampleReport)
    expectSameModel(sampleReport, parseDocument(text))
    expect(findings(text)).toEqual([])
  })

  test("of any valid spec parses back to its model and lints with no error and no warning", () => {
    fc.assert(
      fc.property(arbitraryDocumentSpec, (spec) => {
        const text = render(spec)
        expectSameModel(spec, parseDocument(text))
        expect(findings(text)).toEqual([])
      }),
      { numRuns: RUNS }
    )
  })
})

describe(".docx output read back by the .docx reader", () => {
  const readBack = async (spec: Parameters<typeof renderDocx>[0]): Promise<string> => {
    const outcome = await readDocx(await renderDocx(spec))
    if (!outcome.ok) throw new Error(outcome.problem.message)
    return outcome.value.text
  }

  test("of the sample report parses back to its model and lints clean", async () => {
    const text = await readBack(sampleReport)
    expectSameModel(sampleReport, parseDocument(text))
    expect(findings(text)).toEqual([])
  })

  test("of any valid spec parses back to its model and lints with no error and no warning", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDocumentSpec, async (spec) => {
        const text = await readBack(spec)
        expectSameModel(spec, parseDocument(text))
        expect(findings(text)).toEqual([])
      }),
      { numRuns: DOCX_RUNS }
    )
  })
})
