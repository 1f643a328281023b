/**
 * Properties of the builders: the Decree-30 padding always holds, every
 * builder's output parses back to its input, and no incoherent signing
 * chain is ever printed.
 */
import {
  type DocumentSpec,
  parseCitation,
  parseDocument,
  parseDocumentNumber,
  parsePlaceDate,
  type SigningMode,
  UNIT_KINDS
} from "@cchc/core"
import * as Result from "effect/Result"
import * as fc from "fast-check"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../__fixtures__/sample-report.js"
import { citationSummary, formatCitation } from "../builders/format-citation.js"
import { formatLongDate, formatShortDate } from "../builders/format-date.js"
import { formatDocumentNumber } from "../builders/format-document-number.js"
import { formatPlaceDate } from "../builders/format-place-date.js"
import { formatRecipients } from "../builders/format-recipients.js"
import { type SignatureInput, formatSignatureBlock } from "../builders/format-signature-block.js"
import { signatureFor } from "../builders/signature-for.js"
import { renderText } from "../render/render-text.js"

const RUNS = Number(process.env.RUNS ?? 500)

/** The place-date pattern of the reference (§3.4). */
const PLACE_DATE = /^\p{Lu}[^,]*, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/u

const arbitraryDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => ({ day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() }))
const arbitraryPlace = fc.constantFrom(
  "Hà Nội",
  "Ba Bích",
  "Thành phố Hồ Chí Minh",
  "Quảng Ngãi",
  "Quận 1",
  "Đắk Lắk",
  "Phú Thọ"
)
const iso = (d: { day: number; month: number; year: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`

describe("dates", () => {
  test("formatPlaceDate always matches the Decree-30 pattern and parses back", () => {
    fc.assert(
      fc.property(arbitraryPlace, arbitraryDate, (place, date) => {
        const line = formatPlaceDate(place, date)
        expect(line).toMatch(PLACE_DATE)
        expect(parsePlaceDate(line)).toMatchObject({ place, ...date })
      }),
      { numRuns: RUNS }
    )
  })

  test("no date builder pads a month 3–12 or leaves a day unpadded", () => {
    fc.assert(
      fc.property(arbitraryDate, (date) => {
        expect(formatLongDate(date)).not.toMatch(/tháng 0[3-9]/u)
        expect(formatLongDate(date)).toMatch(/^ngày \d{2} tháng/u)
        expect(formatShortDate(date)).toMatch(/^\d{2}\/(0[12]|[3-9]|1[0-2])\/\d{4}$/u)
      }),
      { numRuns: RUNS }
    )
  })
})

const CODES = ["BC", "KH", "QĐ", "TB", "TTr", "CTr", "QyĐ", "HD", "GM"]
const ISSUERS = ["UBND", "SNV", "STP", "BNV", "HĐND", "CP", "SGDĐT", "VPCP"]
const UNITS = ["VP", "VX", "TH", "CCHC", "TCCB"]

const arbitraryNumberParts = fc.oneof(
  fc.record({
    sequence: fc.integer({ min: 1, max: 9999 }),
    typeCode: fc.constantFrom(...CODES),
    issuerCode: fc.constantFrom(...ISSUERS)
  }),
  fc.record({
    sequence: fc.integer({ min: 1, max: 9999 }),
    typeCode: fc.constant(null),
    issuerCode: fc.constantFrom(...ISSUERS),
    unit: fc.constantFrom(...UNITS)
  }),
  fc.record({
    sequence: fc.integer({ min: 1, max: 999 }),
    year: fc.integer({ min: 2000, max: 2026 }),
    typeCode: fc.constantFrom("NQ", "QĐ", "NĐ", "TT"),
    issuerCode: fc.constantFrom("HĐND", "UBND", "CP", "BNV")
  })
)

describe("numbers", () => {
  test("numbers below 10 are always padded, and the number parses back", () => {
    fc.assert(
      fc.property(arbitraryNumberParts, (parts) => {
        const line = formatDocumentNumber(parts)
        expect(line).toMatch(/^Số: (0[1-9]|[1-9]\d+)\//u)
        const parsed = parseDocumentNumber(line)
        expect(parsed).toMatchObject({
          sequence: String(parts.sequence).padStart(2, "0"),
          year: "year" in parts ? parts.year : null,
          typeCode: parts.typeCode,
          issuerCode: "unit" in parts ? `${parts.issuerCode}-${parts.unit}` : parts.issuerCode
        })
      }),
      { numRuns: RUNS }
    )
  })
})

const CITED_ISSUERS = [
  "Chính phủ",
  "Thủ tướng Chính phủ",
  "Bộ Nội vụ",
  "Ủy ban nhân dân tỉnh Quảng Ngãi",
  "Sở Nội vụ tỉnh Quảng Ngãi",
  "UBND xã Ba Bích"
]
const SUMMARIES = [
  "Về công tác văn thư",
  "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
  "Tuyên truyền cải cách hành chính năm 2024",
  "Phê duyệt Đề án chuyển đổi số",
  "V/v triển khai dịch vụ công trực tuyến"
]
const CITED_KINDS: ReadonlyArray<readonly [string, string]> = [
  ["Nghị quyết", "NQ"],
  ["Quyết định", "QĐ"],
  ["Chỉ thị", "CT"],
  ["Kế hoạch", "KH"],
  ["Thông báo", "TB"],
  ["Hướng dẫn", "HD"],
  ["Báo cáo", "BC"]
]

describe("citations", () => {
  test("parseCitation ∘ formatCitation gives back kind, number, date, issuer and trích yếu (long and short forms)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CITED_KINDS),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...ISSUERS),
        arbitraryDate,
        fc.constantFrom(...CITED_ISSUERS),
        fc.constantFrom(...SUMMARIES),
        fc.constantFrom("long" as const, "short" as const),
        ([kind, code], sequence, issuerCode, date, issuer, summary, form) => {
          const number = formatDocumentNumber({ sequence, typeCode: code, issuerCode }, { label: false })
          const text = formatCitation({ kind, number, date, issuer, summary }, { form })
          expect(text).not.toMatch(/tháng 0[3-9]|\/0[3-9]\//u)
          expect(parseCitation(`Căn cứ ${text};`)).toMatchObject({
            kind,
            hasSo: true,
            number,
            date: iso(date),
            issuer,
            summary: citationSummary(summary)
          })
          expect(
            parseCitation(formatCitation({ kind, number, date, issuer, summary }, { form: "reference" }))
          ).toMatchObject({ kind, number })
        }
      ),
      { numRuns: RUNS }
    )
  })
})

// ---------------------------------------------------------------------------
// Signing chains against an oracle that knows each line's class from the pool it came from.

type Target = { readonly kind: "body" | "head" | "deputy"; readonly text: string; readonly of?: string }
const BODIES: ReadonlyArray<Target> = [
  "ỦY BAN NHÂN DÂN",
  "HỘI ĐỒNG NHÂN DÂN",
  "CHÍNH PHỦ",
  "BAN CHỈ ĐẠO",
  "HỘI ĐỒNG"
].map((text) => ({ kind: "body", text }))
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  ["GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  ["BỘ TRƯỞNG", "THỨ TRƯỞNG"],
  ["CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
  ["TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
  ["HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
  ["CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"]
]
const HEADS: ReadonlyArray<Target> = PAIRS.map(([head]) => ({ kind: "head", text: head }))
const DEPUTIES: ReadonlyArray<Target> = PAIRS.map(([head, deputy]) => ({
  kind: "deputy",
  text: deputy,
  of: head
}))
const arbitraryTarget = fc.constantFrom(...BODIES, ...HEADS, ...DEPUTIES)
const MODES: ReadonlyArray<SigningMode> = ["TM", "KT", "TL", "TUQ", "Q"]

const arbitraryChain = fc.record({
  authority: fc.array(fc.record({ mode: fc.constantFrom(...MODES), target: arbitraryTarget }), {
    maxLength: 3
  }),
  title: fc.option(arbitraryTarget, { nil: null }),
  signer: fc.constantFrom("Phạm Văn Mạnh", "Lê Thị Hoa", "Nguyễn Văn An")
})

const ORDERS = new Set(["", "TM", "TM KT", "TM Q", "KT", "Q", "TL", "TL KT", "TUQ"])

/** Nghị định 30/2020, Điều 13, restated independently of the formatter. */
const coherent = (chain: typeof arbitraryChain extends fc.Arbitrary<infer T> ? T : never): boolean => {
  const { authority, title } = chain
  if (!ORDERS.has(authority.map((a) => a.mode).join(" "))) return false
  if (!authority.every((a) => (a.mode === "TM" ? a.target.kind === "body" : a.target.kind === "head")))
    return false
  const last = authority[authority.length - 1]
  if (title?.kind === "body") return false
  switch (last?.mode) {
    case undefined:
    case "TM":
      return title?.kind === "head"
    case "KT":
      return title?.kind === "deputy" && title.of === last.target.text
    case "TL":
    case "TUQ":
      return title !== null
    case "Q":
      return true
  }
}

const toInput = (chain: typeof arbitraryChain extends fc.Arbitrary<infer T> ? T : never): SignatureInput => ({
  authority: chain.authority.map((a) => ({ mode: a.mode, on: a.target.text })),
  title: chain.title?.text ?? null,
  signer: chain.signer
})

const withSignature = (signature: DocumentSpec["signature"]): DocumentSpec => ({ ...sampleReport, signature })

describe("signing chains", () => {
  test("a chain is printed if and only if it is coherent, and what is printed parses back", () => {
    fc.assert(
      fc.property(arbitraryChain, (chain) => {
        const input = toInput(chain)
        const result = formatSignatureBlock(input)
        expect(Result.isSuccess(result)).toBe(coherent(chain))
        if (Result.isSuccess(result)) {
          const parsed = parseDocument(renderText(withSignature(input))).signature
          expect(parsed?.authority.map((a) => ({ mode: a.mode, on: a.on }))).toEqual(input.authority)
          expect(parsed?.title ?? null).toBe(input.title)
          expect(parsed?.signer).toBe(input.signer)
        }
      }),
      { numRuns: RUNS * 4 }
    )
  })

  test("signatureFor derives a coherent chain for every kind of issuer in the registry", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNIT_KINDS),
        fc.constantFrom("head" as const, "deputy" as const, "acting" as const),
        (unit, role) => {
          const result = signatureFor({
            issuer: `${unit.namePrefixes[0]} TỈNH QUẢNG NGÃI`,
            signer: "Phạm Văn Mạnh",
            role
          })
          expect(Result.isSuccess(result)).toBe(true)
          if (Result.isSuccess(result)) {
            const { authority, title } = result.success
            const collective = unit.collective ? [{ mode: "TM", on: unit.collectiveName }] : []
            const expected = {
              head: { authority: collective, title: unit.headTitle },
              deputy: {
                authority: [...collective, { mode: "KT", on: unit.headTitle }],
                title: unit.deputyTitle
              },
              acting: { authority: [...collective, { mode: "Q", on: unit.headTitle }], title: null }
            }[role]
            expect({ authority, title }).toEqual(expected)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})

// ---------------------------------------------------------------------------

const RECIPIENT_TEXTS = [
  "Ủy ban nhân dân tỉnh Quảng Ngãi",
  "Sở Nội vụ",
  "Thường trực Đảng ủy xã",
  "Chủ tịch, các Phó Chủ tịch UBND xã",
  "Các ban, ngành, đoàn thể xã",
  "Trang thông tin điện tử xã",
  "Như trên"
]
const PURPOSES = ["để b/c", "để thực hiện", "để biết", "để phối hợp"]

describe("recipients", () => {
  test("formatRecipients: no duplicates, Như trên first with a Kính gửi block, archive last, and it parses back", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.constantFrom(...RECIPIENT_TEXTS),
            purpose: fc.option(fc.constantFrom(...PURPOSES), { nil: undefined })
          }),
          {
            maxLength: 6
          }
        ),
        fc.constantFrom("VP", "TH", "CCHC"),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        fc.boolean(),
        (items, unit, copies, kinhGui) => {
          const recipients = {
            items,
            archive: copies === undefined ? { units: ["VT", unit] } : { units: ["VT", unit], copies }
          }
          const { lines } = formatRecipients({ ...recipients, kinhGui })
          expect(new Set(lines).size).toBe(lines.length)
          expect(lines[lines.length - 1]).toBe(
            `- Lưu: VT, ${unit}${copies === undefined ? "" : ` (${copies})`}.`
          )
          expect(lines.slice(0, -1).every((l) => /^- .+;$/u.test(l))).toBe(true)
          if (kinhGui) expect(lines[0]).toBe("- Như trên;")
          const spec: DocumentSpec = {
            ...sampleReport,
            recipients,
            ...(kinhGui ? { kinhGui: ["Sở Nội vụ tỉnh Quảng Ngãi"] } : { kinhGui: [] })
          }
          const parsed = parseDocument(renderText(spec)).recipients
          expect(parsed?.items.map((i) => i.raw)).toEqual(lines)
          expect(parsed?.archive).toMatchObject({ units: ["VT", unit], copies: copies ?? null })
        }
      ),
      { numRuns: RUNS }
    )
  })
})
