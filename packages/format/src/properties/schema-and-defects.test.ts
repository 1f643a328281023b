/**
 * The spec schema accepts every valid document and its JSON form; each
 * named defect is caught by the layer that owns it.
 */
import { DocumentSpec, parseDocument, resolveSpecKind } from "@cchc/core"
import {
  arbitraryDocumentSpec,
  arbitraryDocumentSpecWithDefect,
  DOCUMENT_SPEC_DEFECTS
} from "@cchc/core/testing"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { layoutDocument } from "../layout/layout-document.js"
import { renderText } from "../render/render-text.js"

const RUNS = Number(process.env.RUNS ?? 300)
const decode = Schema.decodeUnknownResult(DocumentSpec)

describe("DocumentSpec schema", () => {
  test("decodes every valid spec from its JSON text, unchanged, and the decoded spec lays out", () => {
    fc.assert(
      fc.property(arbitraryDocumentSpec, (spec) => {
        const decoded = decode(JSON.parse(JSON.stringify(spec)))
        expect(Result.isSuccess(decoded)).toBe(true)
        if (Result.isSuccess(decoded)) {
          expect(decoded.success).toEqual(spec)
          expect(Result.isSuccess(layoutDocument(decoded.success))).toBe(true)
        }
      }),
      { numRuns: RUNS }
    )
  })

  test("says where a spec is wrong", () => {
    const result = decode({ kind: "XYZ", issuer: { name: "" } })
    expect(Result.isFailure(result)).toBe(true)
    if (Result.isFailure(result)) expect(result.failure.message).toContain("kind")
  })
})

describe("named defects are caught by their layer", () => {
  test("signing-chain defects are refused by the formatter with that reason; schema defects by decoding and by the layout; lint defects reach the text", () => {
    fc.assert(
      fc.property(arbitraryDocumentSpecWithDefect, ({ spec, defect }) => {
        const layer = DOCUMENT_SPEC_DEFECTS[defect].layer
        const laidOut = layoutDocument(spec)
        if (layer === "format") {
          expect(Result.isFailure(laidOut)).toBe(true)
          if (Result.isFailure(laidOut)) {
            expect(laidOut.failure._tag).toBe("SignatureChainError")
            if (laidOut.failure._tag === "SignatureChainError") expect(laidOut.failure.reason).toBe(defect)
          }
          expect(() => renderText(spec)).toThrow()
        } else if (layer === "schema") {
          expect(Result.isFailure(decode(JSON.parse(JSON.stringify(spec))))).toBe(true)
          expect(Result.isFailure(laidOut) && laidOut.failure._tag).toBe("InvalidDocumentSpecError")
        } else {
          // The formatter prints what it is given; the defect is in the text for the rules to find.
          expect(Result.isSuccess(laidOut)).toBe(true)
          const doc = parseDocument(renderText(spec))
          const kind = resolveSpecKind(spec.kind)!
          switch (defect) {
            case "type-code-mismatch":
            case "legacy-type-code":
              expect(doc.number?.typeCode).not.toBe(kind.code)
              break
            case "district-issuer-after-reform":
              expect(doc.issuer?.name).toMatch(/^ỦY BAN NHÂN DÂN HUYỆN /u)
              expect(
                `${doc.placeDate?.year}-${String(doc.placeDate?.month).padStart(2, "0")}`.localeCompare(
                  "2025-07"
                )
              ).toBeGreaterThanOrEqual(0)
              break
            case "merged-department-after-reform":
              expect(doc.number?.issuerCode?.split("-")[0]).toBe("STTTT")
              break
          }
        }
      }),
      { numRuns: RUNS }
    )
  })
})
