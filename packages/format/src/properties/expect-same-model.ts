/**
 * What a rendered spec must parse back to: every part of the model the
 * spec fixes (kind, issuer, number, place-date, title, Kính gửi, outline,
 * paragraphs, end mark, signature, Nơi nhận). Shared by the round-trip
 * properties of every renderer.
 */
import { type Document, type DocumentSpec, resolveSpecKind, type Section } from "@cchc/core"
import { expect } from "vitest"

const upper = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleUpperCase("vi")
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
const LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]

interface Outline {
  readonly label: string
  readonly heading: string
  readonly children: ReadonlyArray<Outline>
}

/** The outline the spec describes, numbered as Structure B (the arbitrary's kinds). */
const expectedOutline = (sections: DocumentSpec["sections"], depth = 1): Array<Outline> =>
  (sections ?? []).map((s, i) => ({
    label:
      depth === 1
        ? `${ROMAN[i]}.`
        : depth === 2
          ? `${i + 1}.`
          : depth === 3
            ? `${LETTERS[i]})`
            : depth === 4
              ? "-"
              : "+",
    heading: depth === 1 ? upper(s.heading) : s.heading,
    children: expectedOutline(s.children, depth + 1)
  }))

const parsedOutline = (sections: ReadonlyArray<Section>): Array<Outline> =>
  sections.map((s) => ({ label: s.label, heading: s.heading, children: parsedOutline(s.children) }))

const recipientTexts = (spec: DocumentSpec) => {
  const items = spec.recipients.items.map((i) => ({
    text: i.text,
    purpose: i.purpose === undefined ? null : `(${i.purpose})`
  }))
  return [
    ...(spec.kinhGui !== undefined && spec.kinhGui.length > 0 ? [{ text: "Như trên", purpose: null }] : []),
    ...items
  ]
}

/** Checks every part of the model the spec fixes. */
export const expectSameModel = (spec: DocumentSpec, doc: Document) => {
  const kind = resolveSpecKind(spec.kind)!
  expect(doc.isDocument).toBe(true)
  expect(doc.kind).toEqual({ name: kind.name, code: kind.code })
  expect(doc.issuer?.name).toBe(upper(spec.issuer.name))
  expect(doc.issuer?.parent ?? null).toBe(spec.issuer.parent == null ? null : upper(spec.issuer.parent))
  expect(doc.nationalHeader.country?.raw).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
  expect(doc.nationalHeader.motto?.raw).toBe("Độc lập - Tự do - Hạnh phúc")

  const n = spec.number
  const typeCode = n.typeCode === undefined ? kind.code : n.typeCode
  expect(doc.number).toMatchObject({
    sequence: typeof n.sequence === "number" ? pad2(n.sequence) : n.sequence,
    year: n.year ?? null,
    typeCode,
    issuerCode: [n.issuerCode, ...(n.unit === undefined ? [] : [n.unit])].join("-")
  })

  const d = spec.placeDate
  expect(doc.placeDate).toMatchObject({ place: d.place, day: d.day, month: d.month, year: d.year })
  expect(doc.placeDate?.dayText).toBe(d.day === null ? null : pad2(d.day))
  expect(doc.placeDate?.monthText).toBe(
    d.month === null ? null : d.month <= 2 ? pad2(d.month) : String(d.month)
  )

  if (kind.name === "Công văn") {
    expect(doc.title).toMatchObject({ form: "vv", name: null, summary: spec.title.summary })
  } else {
    expect(doc.title).toMatchObject({ form: "heading", name: upper(kind.name), summary: spec.title.summary })
  }
  expect(doc.kinhGui?.items.map((i) => i.text) ?? []).toEqual(spec.kinhGui ?? [])

  expect(parsedOutline(doc.sections)).toEqual(expectedOutline(spec.sections))
  for (const paragraph of [
    ...(spec.preamble ?? []),
    ...(spec.sections ?? []).flatMap((s) => s.paragraphs ?? [])
  ]) {
    expect(doc.body?.raw).toContain(paragraph)
  }
  expect(doc.endMark?.raw).toBe("./.")
  expect(doc.body?.raw.endsWith(`${spec.closing!.replace(/\.$/u, "")}./.`)).toBe(true)

  expect(doc.signature?.authority.map((a) => ({ mode: a.mode, on: a.on }))).toEqual(
    spec.signature.authority.map((a) => ({ mode: a.mode, on: upper(a.on) }))
  )
  expect(doc.signature?.title ?? null).toBe(
    spec.signature.title === null ? null : upper(spec.signature.title)
  )
  expect(doc.signature?.signer).toBe(spec.signature.signer)

  expect(doc.recipients?.label).toBe("Nơi nhận:")
  const items = doc.recipients?.items ?? []
  expect(items.slice(0, -1).map((i) => ({ text: i.text, purpose: i.purpose }))).toEqual(recipientTexts(spec))
  expect(items.slice(0, -1).every((i) => i.terminator === ";")).toBe(true)
  expect(items[items.length - 1]?.terminator).toBe(".")
  expect(doc.recipients?.archive).toMatchObject({
    units: spec.recipients.archive.units,
    copies: spec.recipients.archive.copies ?? null
  })
}
