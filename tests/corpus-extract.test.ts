import { parseDocument, type Document } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { hasSeeds, loadSeeds, warnNoSeeds } from "./seeds.js"

warnNoSeeds()

/** The `extract` view of a parsed document, in the names of the expected files. */
const extractOf = (d: Document) => ({
  kind: d.kind?.code ?? null,
  issuer: d.issuer?.name ?? null,
  number:
    d.number === null
      ? null
      : {
          raw: d.number.raw,
          sequence: d.number.sequence,
          year: d.number.year,
          typeCode: d.number.typeCode,
          issuerCode: d.number.issuerCode
        },
  placeDate:
    d.placeDate === null
      ? null
      : { place: d.placeDate.place, day: d.placeDate.day, month: d.placeDate.month, year: d.placeDate.year },
  titleSummary: d.title?.summary ?? null,
  sections: d.sections.map((s) => s.label),
  signature:
    d.signature === null
      ? null
      : {
          authority: d.signature.authority.map((a) => `${a.mode}. ${a.on}`),
          title: d.signature.title,
          signer: d.signature.signer
        },
  recipients:
    d.recipients === null
      ? null
      : { items: d.recipients.items.length, archive: d.recipients.archive?.raw ?? null },
  citations: uniqueBy(d.citations, (c) => c.raw).map((c) => ({
    raw: c.raw,
    kind: c.kind,
    sequence: c.sequence,
    year: c.year,
    typeCode: c.typeCode,
    issuerCode: c.issuerCode,
    date: c.date
  }))
})

const uniqueBy = <T>(xs: ReadonlyArray<T>, key: (x: T) => string): Array<T> => {
  const seen = new Set<string>()
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)))
}

describe.skipIf(!hasSeeds)("seed corpus: every extract field", () => {
  for (const seed of loadSeeds()) {
    describe(seed.name, () => {
      const document = parseDocument(seed.text)
      const actual = extractOf(document) as Record<string, unknown>
      test("isDocument", () => expect(document.isDocument).toBe(seed.expected.isDocument))
      for (const [field, expected] of Object.entries(seed.expected.extract as Record<string, unknown>)) {
        test(field, () => {
          if (field === "metrics") {
            // Expected figures as [value, unit prefix]; each must be found.
            const pool = document.metrics.map((m) => ({ value: m.value, unit: m.unit }))
            for (const [value, unit] of expected as Array<[number, string]>) {
              const at = pool.findIndex((m) => m.value === value && m.unit.startsWith(unit))
              expect(at, `metric ${value} ${unit}`).not.toBe(-1)
              pool.splice(at, 1)
            }
          } else {
            expect(actual[field]).toEqual(expected)
          }
        })
      }
    })
  }
})

/** The score printed in CI logs: fields matched / fields expected. */
test.skipIf(!hasSeeds)("extraction score", () => {
  let total = 0
  let matched = 0
  for (const seed of loadSeeds()) {
    const d = parseDocument(seed.text)
    const actual = extractOf(d) as Record<string, unknown>
    for (const [field, expected] of Object.entries(seed.expected.extract as Record<string, unknown>)) {
      total++
      if (field === "metrics") {
        const pool = d.metrics.map((m) => ({ value: m.value, unit: m.unit }))
        const ok = (expected as Array<[number, string]>).every(([v, u]) => {
          const at = pool.findIndex((m) => m.value === v && m.unit.startsWith(u))
          if (at === -1) return false
          pool.splice(at, 1)
          return true
        })
        if (ok) matched++
      } else if (JSON.stringify(actual[field]) === JSON.stringify(expected)) matched++
    }
  }
  console.info(`[cchc] seed extraction score: ${matched}/${total} fields`)
  expect(matched).toBe(total)
})
