// Builders given the wrong shape throw a BuilderInputError that names the
// builder and the field (not a raw TypeError from inside); values of the
// right type but out of range are RangeErrors, NaN included.
import { describe, expect, test } from "vitest"
import { BuilderInputError } from "./builder-input-error.js"
import { formatCitation } from "./format-citation.js"
import { formatDocumentNumber, formatSequence } from "./format-document-number.js"
import { formatIssuerHeader } from "./format-issuer-header.js"
import { formatKinhGui } from "./format-kinh-gui.js"
import { formatPlaceDate } from "./format-place-date.js"
import { formatRecipients } from "./format-recipients.js"
import { checkSignature } from "./format-signature-block.js"
import { formatTitle } from "./format-title.js"

const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (error) {
    return error
  }
  return null
}

describe("formatSequence", () => {
  test.each([NaN, 0, -3, 2.5, Infinity])("%s is a RangeError, never printed", (n) => {
    expect(() => formatSequence(n)).toThrow(RangeError)
    expect(() => formatSequence(n)).toThrow(`sequence ${n} is not a positive integer`)
  })

  test("a value that is neither a number nor a string is a BuilderInputError", () => {
    const error = thrown(() => formatSequence(null as never))
    expect(error).toBeInstanceOf(BuilderInputError)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toBe("formatSequence: sequence must be a number or a string, not null")
  })

  test("good sequences are unchanged", () => {
    expect([formatSequence(5), formatSequence("7a"), formatSequence(2113)]).toEqual(["05", "07a", "2113"])
  })
})

describe("builders given the wrong shape", () => {
  test.each([
    [
      "formatDocumentNumber",
      () => formatDocumentNumber(42 as never),
      "formatDocumentNumber: parts must be an object, not a number"
    ],
    [
      "formatDocumentNumber",
      () => formatDocumentNumber({ sequence: 5 } as never),
      "formatDocumentNumber: parts.issuerCode must be a string, not undefined"
    ],
    [
      "formatIssuerHeader",
      () => formatIssuerHeader(null as never),
      "formatIssuerHeader: issuer must be an object, not null"
    ],
    [
      "formatIssuerHeader",
      () => formatIssuerHeader({ name: ["UBND"] } as never),
      "formatIssuerHeader: issuer.name must be a string, not an array"
    ],
    [
      "formatKinhGui",
      () => formatKinhGui("Sở Nội vụ" as never),
      "formatKinhGui: recipients must be an array, not a string"
    ],
    [
      "formatKinhGui",
      () => formatKinhGui([7] as never),
      "formatKinhGui: recipients[0] must be a string, not a number"
    ],
    [
      "formatPlaceDate",
      () => formatPlaceDate(undefined as never, null),
      "formatPlaceDate: place must be a string, not undefined"
    ],
    [
      "formatRecipients",
      () => formatRecipients({} as never),
      "formatRecipients: input.items must be an array, not undefined"
    ],
    [
      "formatRecipients",
      () => formatRecipients({ items: [{ text: "Sở Nội vụ" }], archive: { units: "VT" } } as never),
      "formatRecipients: input.archive.units must be an array, not a string"
    ],
    [
      "formatTitle",
      () => formatTitle(null as never, null),
      "kindEntry: kind must be a string or an object, not null"
    ],
    [
      "formatTitle",
      () => formatTitle("Báo cáo", 5 as never),
      "formatTitle: summary must be a string or null, not a number"
    ],
    [
      "formatCitation",
      () => formatCitation({} as never),
      "formatCitation: citation.kind must be a string, not undefined"
    ],
    [
      "checkSignature",
      () => checkSignature({ authority: [{ mode: "TM" }], title: null, signer: "A" } as never),
      "checkSignature: input.authority[0].on must be a string, not undefined"
    ]
  ])("%s: %s", (_, f, message) => {
    const error = thrown(f)
    expect(error).toBeInstanceOf(BuilderInputError)
    expect((error as Error).message).toBe(message)
  })
})
