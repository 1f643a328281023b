/**
 * Convert: a parsed document back to a spec, and through .docx to text.
 * `toDocumentSpec ∘ parseDocument ∘ renderText` is the identity on the
 * model; each seed and example document converted to .docx and read back
 * gives the same model.
 */
import { readdirSync, readFileSync } from "node:fs"
import { type Document, parseDocument, type Section } from "@cchc/core"
import { arbitraryDocumentSpec } from "@cchc/core/testing"
import { layoutDocument, renderText, toDocumentSpec } from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"
import * as fc from "fast-check"
import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { readDocx } from "../packages/cli/src/input/read-docx.js"
import { sampleReport } from "../packages/format/src/__fixtures__/sample-report.js"
import { expectSameModel } from "../packages/format/src/properties/expect-same-model.js"
import { loadSeeds, REPO_ROOT, warnNoSeeds } from "./seeds.js"

const RUNS = Number(process.env.RUNS ?? 100)

const convert = (document: Document) => {
  const converted = toDocumentSpec(document)
  if (Result.isFailure(converted)) throw new Error(converted.failure.message)
  return converted.success
}

const outline = (sections: ReadonlyArray<Section>): Array<unknown> =>
  sections.map((s) => [s.label, s.heading, outline(s.children)])

/** The parts of the model a spec carries, as compared across a conversion. */
const modelOf = (d: Document) => ({
  kind: d.kind,
  issuer: [d.issuer?.name, d.issuer?.parent],
  // The padding is the layout's (`Số: 7/…` is printed `Số: 07/…`).
  number: d.number && [
    d.number.sequence?.replace(/^0+(?=\d)/u, ""),
    d.number.year,
    d.number.typeCode,
    d.number.issuerCode
  ],
  placeDate: d.placeDate && [d.placeDate.place, d.placeDate.day, d.placeDate.month, d.placeDate.year],
  title: d.title && [d.title.form, d.title.name, d.title.summary],
  kinhGui: d.kinhGui?.items.map((i) => i.text) ?? [],
  sections: outline(d.sections),
  endMark: d.endMark?.raw ?? null,
  signature: d.signature && [
    d.signature.authority.map((a) => [a.mode, a.on]),
    d.signature.title,
    d.signature.signer
  ],
  recipients: d.recipients && [
    d.recipients.items.map((i) => [i.text, i.purpose]),
    d.recipients.archive?.units,
    d.recipients.archive?.copies
  ],
  citations: d.citations.map((c) => [c.kind, c.number, c.date])
})

describe("toDocumentSpec", () => {
  test("the sample report comes back as its spec's model", () => {
    const { spec, dropped } = convert(parseDocument(renderText(sampleReport)))
    expect(dropped).toEqual([])
    expectSameModel(sampleReport, parseDocument(renderText(spec)))
  })

  test("toDocumentSpec ∘ parseDocument ∘ renderText is the identity on the model", () => {
    fc.assert(
      fc.property(arbitraryDocumentSpec, (spec) => {
        const { spec: back } = convert(parseDocument(renderText(spec)))
        expectSameModel(spec, parseDocument(renderText(back)))
      }),
      { numRuns: RUNS }
    )
  })

  test("a document without the parts a spec needs is refused, naming them", () => {
    const converted = toDocumentSpec(parseDocument("Một đoạn văn bản không có thể thức."))
    expect(Result.isFailure(converted)).toBe(true)
    if (Result.isFailure(converted)) expect(converted.failure.missing).toContain("the number (Số, ký hiệu)")
  })

  test("what it cannot carry over is listed", () => {
    const text = renderText(sampleReport).replace("- Lưu: VT, VP.", "- Lưu: VT, VP.\n} (để b/c)")
    const { dropped } = convert(parseDocument(text))
    expect(dropped.some((d) => d.includes("grouping note"))).toBe(true)
  })
})

const seeds = loadSeeds()
warnNoSeeds()
const EXAMPLE_DIR = `${REPO_ROOT}/examples/documents`
const documents = [
  ...seeds.map((s) => ({ name: `seed ${s.name}`, text: s.text })),
  ...readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: `example ${f}`, text: readFileSync(`${EXAMPLE_DIR}/${f}`, "utf8") }))
]
/** A document converts when it has every part a spec needs and its signing chain is one the decree allows. */
const converts = (text: string): boolean => {
  const converted = toDocumentSpec(parseDocument(text))
  return Result.isSuccess(converted) && Result.isSuccess(layoutDocument(converted.success.spec))
}
const convertible = documents.filter((d) => converts(d.text))
const refused = documents.filter((d) => !converts(d.text))

describe("a seed or example converted to .docx and read back", () => {
  test("there are documents to convert", () => {
    expect(convertible.length).toBeGreaterThan(0)
  })

  test.each(convertible)("$name gives the same model", async ({ text }) => {
    const original = parseDocument(text)
    const { spec } = convert(original)
    const outcome = await readDocx(await renderDocx(spec))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(modelOf(parseDocument(outcome.value.text))).toEqual(modelOf(original))
  })
})

describe("a seed or example that cannot be printed as it is", () => {
  // The seeds' extracted text has no issuer header, and one example signs
  // `KT. PHÓ CHỦ TỊCH` on purpose: converting must say why, not guess.
  test.each(refused)("$name is refused with the reason", ({ text }) => {
    const converted = toDocumentSpec(parseDocument(text))
    if (Result.isFailure(converted)) {
      expect(converted.failure.missing.length).toBeGreaterThan(0)
      expect(converted.failure.message).toMatch(/^the document has no /u)
    } else {
      const layout = layoutDocument(converted.success.spec)
      expect(Result.isFailure(layout) && layout.failure.message.length).toBeGreaterThan(0)
    }
  })
})
