/**
 * Round trip: for any valid document, `parseDocument(renderText(spec))`
 * gives back the spec's model.
 */
import { parseDocument } from "@cchc/core"
import { arbitraryCitedDocumentSpec } from "@cchc/core/testing"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { renderText } from "../render/render-text.js"
import { expectSameModel } from "./expect-same-model.js"

const RUNS = Number(process.env.RUNS ?? 300)

describe("parseDocument ∘ renderText", () => {
  test("gives back the sample report", () => {
    expectSameModel(sampleReport, parseDocument(renderText(sampleReport)))
  })

  test("gives back the model of any valid document (kind, number, place-date, title, sections, citations, signature, recipients)", () => {
    fc.assert(
      fc.property(arbitraryCitedDocumentSpec, ({ spec, citations }) => {
        const doc = parseDocument(renderText(spec))
        expectSameModel(spec, doc)
        expect(
          doc.citations.map((c) => ({
            kind: c.kind,
            number: c.number,
            date: c.date,
            issuer: c.issuer,
            summary: c.summary
          }))
        ).toEqual(
          citations.map((c) => ({
            kind: c.kind,
            number: c.number,
            date: c.date,
            issuer: c.issuer,
            summary: c.summary
          }))
        )
      }),
      { numRuns: RUNS }
    )
  })
})
