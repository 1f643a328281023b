/**
 * fast-check arbitraries of the model's atoms: numbers, dates, citations,
 * Vietnamese text and mutated documents, for property tests of tools built
 * on the SDK.
 *
 * @since 0.1.0
 */
import * as fc from "fast-check"

/** Issuer codes that occur in real numbers. */
const ISSUER_CODES = ["UBND", "HĐND", "CP", "TTg", "BNV", "SNV", "STP", "SNgV", "BTC", "VPCP", "SKHCN"]
const UNIT_CODES = ["VP", "VX", "TH", "KT", "NC", "TCCB", "CCHC"]
const ADMIN_TYPE_CODES = [
  "BC",
  "KH",
  "QĐ",
  "TB",
  "CT",
  "HD",
  "CTr",
  "TTr",
  "QyĐ",
  "QC",
  "NQ",
  "GM",
  "GGT",
  "BB",
  "PA",
  "ĐA"
]

/**
 * The written form of a sequence number under Nghị định 30/2020: numbers
 * below 10 take a leading zero.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitrarySequence = fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(2, "0"))

/**
 * A well-formed document number with its parts, in every family.
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryDocumentNumber } from "@cchc/core/testing"
 * fc.sample(arbitraryDocumentNumber, 1)[0].text // e.g. "35/KH-UBND"
 * ```
 */
export const arbitraryDocumentNumber = fc.oneof(
  fc
    .record({
      sequence: arbitrarySequence,
      typeCode: fc.constantFrom(...ADMIN_TYPE_CODES),
      issuerCode: fc.constantFrom(...ISSUER_CODES)
    })
    .map((p) => ({
      text: `${p.sequence}/${p.typeCode}-${p.issuerCode}`,
      family: "administrative" as const,
      sequence: p.sequence,
      year: null,
      typeCode: p.typeCode,
      issuerCode: p.issuerCode
    })),
  fc
    .record({
      sequence: arbitrarySequence,
      issuer: fc.constantFrom(...ISSUER_CODES),
      unit: fc.constantFrom(...UNIT_CODES)
    })
    .map((p) => ({
      text: `${p.sequence}/${p.issuer}-${p.unit}`,
      family: "official-letter" as const,
      sequence: p.sequence,
      year: null,
      typeCode: null,
      issuerCode: `${p.issuer}-${p.unit}`
    })),
  fc
    .record({
      sequence: arbitrarySequence,
      year: fc.integer({ min: 2000, max: 2026 }),
      typeCode: fc.constantFrom("NĐ", "QĐ", "TT", "NQ"),
      issuerCode: fc.constantFrom("CP", "TTg", "BNV", "HĐND", "UBND")
    })
    .map((p) => ({
      text: `${p.sequence}/${p.year}/${p.typeCode}-${p.issuerCode}`,
      family: "normative" as const,
      sequence: p.sequence,
      year: p.year,
      typeCode: p.typeCode,
      issuerCode: p.issuerCode
    })),
  fc
    .record({
      sequence: fc.integer({ min: 1, max: 150 }).map(String),
      year: fc.integer({ min: 2013, max: 2026 }),
      term: fc.integer({ min: 13, max: 16 })
    })
    .map((p) => ({
      text: `${p.sequence}/${p.year}/QH${p.term}`,
      family: "law" as const,
      sequence: p.sequence,
      year: p.year,
      typeCode: null,
      issuerCode: `QH${p.term}`
    })),
  fc
    .record({
      sequence: arbitrarySequence,
      typeCode: fc.constantFrom("NQ", "CT", "KL", "HD"),
      issuerCode: fc.constantFrom("TW", "TU", "HU", "VPTW")
    })
    .map((p) => ({
      text: `${p.sequence}-${p.typeCode}/${p.issuerCode}`,
      family: "party" as const,
      sequence: p.sequence,
      year: null,
      typeCode: p.typeCode,
      issuerCode: p.issuerCode
    }))
)

/**
 * A real calendar date between 2000 and 2025 (never later than today), as parts.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryCalendarDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }))

/**
 * Place names, including ones with digits and hyphens.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryPlace = fc.constantFrom(
  "Hà Nội",
  "Quảng Ngãi",
  "Ba Bích",
  "Đức Phổ",
  "Thành phố Hồ Chí Minh",
  "Thủy Nguyên",
  "Quận 1",
  "Bà Rịa - Vũng Tàu",
  "Huế"
)

/**
 * A place-date line in the Decree-30 form, with its parts.
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryPlaceDateLine } from "@cchc/core/testing"
 * fc.sample(arbitraryPlaceDateLine, 1)[0].text // e.g. "Hà Nội, ngày 05 tháng 3 năm 2024"
 * ```
 */
export const arbitraryPlaceDateLine = fc
  .record({ place: arbitraryPlace, date: arbitraryCalendarDate })
  .map(({ place, date }) => ({
    text: `${place}, ngày ${String(date.day).padStart(2, "0")} tháng ${date.month <= 2 ? String(date.month).padStart(2, "0") : date.month} năm ${date.year}`,
    place,
    ...date
  }))

const CITATION_KINDS: ReadonlyArray<readonly [string, string]> = [
  ["Nghị quyết", "NQ"],
  ["Quyết định", "QĐ"],
  ["Chỉ thị", "CT"],
  ["Kế hoạch", "KH"],
  ["Thông báo", "TB"],
  ["Hướng dẫn", "HD"]
]
const ISSUER_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ["CP", "Chính phủ"],
  ["TTg", "Thủ tướng Chính phủ"],
  ["UBND", "UBND tỉnh Quảng Ngãi"],
  ["BNV", "Bộ Nội vụ"]
]

/**
 * A citation in running text, with the fields a parser must read back.
 * Dates come in the short (`15/7/2021`) or long (`15 tháng 7 năm 2021`)
 * form; `số` may be missing.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryCitationText = fc
  .record({
    kind: fc.constantFrom(...CITATION_KINDS),
    issuer: fc.constantFrom(...ISSUER_PHRASES),
    sequence: arbitrarySequence,
    date: arbitraryCalendarDate,
    withSo: fc.boolean(),
    longDate: fc.boolean(),
    withIssuer: fc.boolean()
  })
  .map((c) => {
    const number = `${c.sequence}/${c.kind[1]}-${c.issuer[0]}`
    const dateText = c.longDate
      ? `${String(c.date.day).padStart(2, "0")} tháng ${c.date.month} năm ${c.date.year}`
      : `${c.date.day}/${c.date.month}/${c.date.year}`
    const text = `${c.kind[0]}${c.withSo ? " số" : ""} ${number} ngày ${dateText}${c.withIssuer ? ` của ${c.issuer[1]}` : ""}`
    return {
      text,
      kind: c.kind[0],
      sequence: c.sequence,
      typeCode: c.kind[1],
      issuerCode: c.issuer[0],
      issuer: c.withIssuer ? c.issuer[1] : null,
      hasSo: c.withSo,
      date: `${c.date.year}-${String(c.date.month).padStart(2, "0")}-${String(c.date.day).padStart(2, "0")}`
    }
  })

const SYLLABLES = [
  "cải",
  "cách",
  "hành",
  "chính",
  "tuyên",
  "truyền",
  "Ủy",
  "ban",
  "nhân",
  "dân",
  "hòa",
  "hoà",
  "kết",
  "quả",
  "năm",
  "số",
  "ngày",
  "tháng",
  "Nơi",
  "nhận",
  "KT.",
  "TM.",
  "CHỦ",
  "TỊCH",
  "đẩy",
  "mạnh"
]

/**
 * Vietnamese-looking text: syllables of the genre, punctuation and line breaks.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryVietnameseText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SYLLABLES),
      fc.constantFrom(" ", " ", ", ", ". ", "\n", "\n\n", ": ", "; ", "./.", "- ")
    ),
    { maxLength: 200 }
  )
  .map((xs) => xs.join(""))

/**
 * The atoms of the genre that a hostile or broken input mixes: labels,
 * prefixes, dates, Markdown, zero-width and combining characters, CR LF,
 * BOM and NUL.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryGenreAtom = fc.constantFrom(
  "Số:",
  "Số: /BC-UBND",
  "Số: 05/KH-UBND",
  "Nơi nhận:",
  "Noi nhận",
  "- Lưu: VT, TH (2).",
  "- Như trên;",
  "KT. CHỦ TỊCH",
  "TM. ỦY BAN NHÂN DÂN",
  "PHÓ CHỦ TỊCH",
  "Nguyễn Văn A",
  "ngày … tháng … năm …",
  "Hà Nội, ngày 05 tháng 01 năm 2020",
  "ngày tháng 03 năm 2024",
  "BÁO CÁO",
  "KẾ HOẠCH",
  "V/v ",
  "Kính gửi:",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "I.",
  "1.",
  "a)",
  "+ ",
  "**",
  "\u200B",
  "\u0300",
  "\u0323",
  "\r\n",
  "\r",
  "\uFEFF",
  "\u0000",
  "./.",
  "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020",
  "3.250 tin, bài",
  "18 hồ sơ (trong đó 11 hồ sơ; 07 hồ sơ)",
  "(((",
  "1/1/1/1/",
  "ngày ngày ngày",
  "}"
)

/**
 * Arbitrary input for a total parser: random Unicode, genre atoms and
 * Vietnamese text mixed together.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryHostileText = fc
  .array(
    fc.oneof(
      arbitraryGenreAtom,
      fc.string({ unit: "binary", maxLength: 12 }),
      arbitraryVietnameseText,
      fc.constantFrom("\n", " ", "\n\n")
    ),
    { maxLength: 40 }
  )
  .map((xs) => xs.join(""))

/**
 * Mutates a document's lines the way extraction and editing break them:
 * lines deleted, duplicated or swapped, atoms injected, CRLF or BOM added.
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryMutation } from "@cchc/core/testing"
 * const mutate = fc.sample(arbitraryMutation, 1)[0]
 * mutate("BÁO CÁO\nKết quả") // a broken variant
 * ```
 */
export const arbitraryMutation: fc.Arbitrary<(text: string) => string> = fc
  .array(
    fc.oneof(
      fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
      fc.record({ op: fc.constant("inject" as const), at: fc.nat(), atom: arbitraryGenreAtom }),
      fc.record({ op: fc.constant("crlf" as const) }),
      fc.record({ op: fc.constant("bom" as const) })
    ),
    { minLength: 1, maxLength: 6 }
  )
  .map((ops) => (text: string) => {
    let lines = text.split("\n")
    let crlf = false
    let bom = false
    for (const o of ops) {
      const n = Math.max(lines.length, 1)
      if (o.op === "delete") lines.splice(o.at % n, 1)
      else if (o.op === "duplicate") lines.splice(o.at % n, 0, lines[o.at % n] ?? "")
      else if (o.op === "swap") {
        const a = o.at % n
        const b = o.with % n
        const t = lines[a] ?? ""
        lines[a] = lines[b] ?? ""
        lines[b] = t
      } else if (o.op === "inject") lines.splice(o.at % (n + 1), 0, o.atom)
      else if (o.op === "crlf") crlf = true
      else bom = true
    }
    lines = lines.filter((l): l is string => typeof l === "string")
    return (bom ? "\uFEFF" : "") + lines.join(crlf ? "\r\n" : "\n")
  })
