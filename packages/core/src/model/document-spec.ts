/**
 * The buildable description of a document: what a person or a program
 * writes to produce a Decree-30 document, and what the renderers of
 * `@cchc/format` take. It is the JSON contract of the parsed `Document`
 * minus spans and parse-only fields; everything the layout can derive
 * (type name, section numbers, padding, `Như trên`, the end mark) is left
 * out.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ADMINISTRATIVE_KINDS, type DocumentKindEntry } from "../data/document-kinds.js"
import { isAbbreviatedPlace } from "../text/abbreviated-place.js"
import { lowerCaseCodeGroup } from "../text/code-case.js"
import { SigningMode } from "./signature.js"

const NonBlank = Schema.String.check(
  Schema.makeFilter((s: string) => s.trim().length > 0 || "must not be blank")
)

// Codes are written in capitals; the mixed-case official codes (`TTg`) open
// with one: see `lowerCaseCodeGroup`.
const capitalCode = Schema.makeFilter((s: string) => {
  const group = lowerCaseCodeGroup(s.trim())
  return group === null || `"${group}" must be written in capitals (ký hiệu is upper case)`
})

// The date line never abbreviates its place (`TP. Hồ Chí Minh`).
const Place = NonBlank.check(
  Schema.makeFilter(
    (s: string) =>
      !isAbbreviatedPlace(s) ||
      `"${s.trim()}" is abbreviated: write the place in full ("Thành phố …", "Thị xã …")`
  )
)

const foldKind = (s: string): string => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")

/**
 * The Decree-30 kind a spec's `kind` names: a Vietnamese kind name in any
 * case (`Báo cáo`, `BÁO CÁO`) or a type code exactly as Phụ lục III prints
 * it (`BC`, `QyĐ`, `CTr`); `null` when it names none.
 *
 * @since 0.1.0
 * @category model
 * @example
 * ```ts
 * import { resolveSpecKind } from "@cchc/core"
 * resolveSpecKind("BC")?.name // "Báo cáo"
 * resolveSpecKind("công văn")?.code // null
 * resolveSpecKind("XYZ") // null
 * ```
 */
export const resolveSpecKind = (kind: string): DocumentKindEntry | null => {
  const byCode = ADMINISTRATIVE_KINDS.find((k) => k.code !== null && k.code === kind.trim())
  if (byCode !== undefined) return byCode
  const folded = foldKind(kind)
  return ADMINISTRATIVE_KINDS.find((k) => foldKind(k.name) === folded) ?? null
}

/**
 * The kind of document: a kind name (`Báo cáo`, `Công văn`) or a type
 * code (`BC`, `KH`) of Nghị định 30/2020, Điều 7.
 *
 * @since 0.1.0
 * @category model
 */
export const DocumentSpecKind = Schema.String.check(
  Schema.makeFilter((s: string) => resolveSpecKind(s) !== null || `not a Decree-30 kind or type code: ${s}`)
).annotate({ identifier: "DocumentSpecKind" })

/**
 * The issuing body (ô 2): `name` is its official name (`Ủy ban nhân dân xã
 * Ba Bích`, any case: it is printed upper case) and `parent` the cơ quan
 * chủ quản line, when there is one (`UBND tỉnh Quảng Ngãi`).
 *
 * @since 0.1.0
 * @category model
 */
export const IssuerSpec = Schema.Struct({
  name: NonBlank,
  parent: Schema.optionalKey(Schema.NullOr(Schema.String))
}).annotate({ identifier: "IssuerSpec" })

/** @since 0.1.0 @category model */
export type IssuerSpec = typeof IssuerSpec.Type

/**
 * The sequence of a number: a positive integer (`5` is printed `05`) or
 * digits with a letter suffix as written (`"30c"`).
 *
 * @since 0.1.0
 * @category model
 */
export const SequenceSpec = Schema.Union([
  Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 999_999 })),
  Schema.String.check(Schema.isPattern(/^\d{1,6}[a-zđ]?$/u))
]).annotate({ identifier: "SequenceSpec" })

/** @since 0.1.0 @category model */
export type SequenceSpec = typeof SequenceSpec.Type

/**
 * Số, ký hiệu (ô 3). `sequence` is `null` for an unnumbered draft; `year`
 * is set only for normative documents (`93/2021/NQ-HĐND`); `typeCode` is
 * derived from the kind when absent and `null` for a công văn; `unit` is
 * the drafting unit or field after the issuer code (`12/UBND-VX`).
 *
 * @since 0.1.0
 * @category model
 */
export const NumberSpec = Schema.Struct({
  sequence: Schema.NullOr(SequenceSpec),
  year: Schema.optionalKey(
    Schema.NullOr(Schema.Int.check(Schema.isBetween({ minimum: 1000, maximum: 9999 })))
  ),
  typeCode: Schema.optionalKey(Schema.NullOr(Schema.String)),
  issuerCode: NonBlank.check(capitalCode),
  unit: Schema.optionalKey(Schema.String.check(capitalCode))
}).annotate({ identifier: "NumberSpec" })

/** @since 0.1.0 @category model */
export type NumberSpec = typeof NumberSpec.Type

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * Địa danh và thời gian (ô 4). Each date part may be `null` in a draft
 * whose date is filled in by hand on signing; when all three are given they
 * must form a real date.
 *
 * @since 0.1.0
 * @category model
 */
export const PlaceDateSpec = Schema.Struct({
  place: Place,
  day: Schema.NullOr(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 31 }))),
  month: Schema.NullOr(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 }))),
  year: Schema.NullOr(Schema.Int.check(Schema.isBetween({ minimum: 1000, maximum: 9999 })))
})
  .check(
    Schema.makeFilter((d) =>
      d.day === null || d.month === null || d.day <= daysInMonth(d.year ?? 2000, d.month)
        ? undefined
        : {
            path: ["day"],
            issue: `no day ${d.day} in month ${d.month}${d.year === null ? "" : ` of ${d.year}`}`
          }
    )
  )
  .annotate({ identifier: "PlaceDateSpec" })

/** @since 0.1.0 @category model */
export type PlaceDateSpec = typeof PlaceDateSpec.Type

/**
 * Trích yếu (ô 5a / 5b). The type name comes from the kind; a công văn gets
 * `V/v` in front. `summary` is `null` only for kinds printed without one
 * (Giấy giới thiệu).
 *
 * @since 0.1.0
 * @category model
 */
export const TitleSpec = Schema.Struct({
  summary: Schema.NullOr(Schema.String)
}).annotate({ identifier: "TitleSpec" })

/** @since 0.1.0 @category model */
export type TitleSpec = typeof TitleSpec.Type

/**
 * A heading of the body and what is under it. Without `label` the number
 * is derived from the depth (Structure B: `I.`, `1.`, `a)`, `-`, `+`;
 * Quyết định and Nghị quyết: `Điều 1.`, `1.`, `a)`). The interface is
 * written out because a recursive schema needs its type up front.
 *
 * @since 0.1.0
 * @category model
 */
export interface SectionSpec {
  readonly label?: string
  readonly heading: string
  readonly paragraphs?: ReadonlyArray<string>
  readonly children?: ReadonlyArray<SectionSpec>
}

/**
 * The schema of {@link SectionSpec}.
 *
 * @since 0.1.0
 * @category model
 */
export const SectionSpec: Schema.Codec<SectionSpec> = Schema.Struct({
  label: Schema.optionalKey(Schema.String),
  heading: Schema.String,
  paragraphs: Schema.optionalKey(Schema.Array(Schema.String)),
  children: Schema.optionalKey(Schema.Array(Schema.suspend((): Schema.Codec<SectionSpec> => SectionSpec)))
}).annotate({ identifier: "SectionSpec" })

/**
 * One authority line of the signature: `{ mode: "KT", on: "CHỦ TỊCH" }`
 * is printed `KT. CHỦ TỊCH`.
 *
 * @since 0.1.0
 * @category model
 */
export const AuthoritySpec = Schema.Struct({
  mode: SigningMode,
  on: NonBlank
}).annotate({ identifier: "AuthoritySpec" })

/** @since 0.1.0 @category model */
export type AuthoritySpec = typeof AuthoritySpec.Type

/**
 * The signature block (ô 7a–7b): the authority chain, the signer's own
 * title (`PHÓ CHỦ TỊCH`; `null` when the last authority line already says
 * it, as in `Q. GIÁM ĐỐC`) and the signer's name in normal case.
 *
 * @since 0.1.0
 * @category model
 */
export const SignatureSpec = Schema.Struct({
  authority: Schema.Array(AuthoritySpec),
  title: Schema.NullOr(Schema.String),
  signer: NonBlank
}).annotate({ identifier: "SignatureSpec" })

/** @since 0.1.0 @category model */
export type SignatureSpec = typeof SignatureSpec.Type

/**
 * One Nơi nhận line: `{ text: "UBND tỉnh", purpose: "để b/c" }` is
 * printed `- UBND tỉnh (để b/c);`.
 *
 * @since 0.1.0
 * @category model
 */
export const RecipientSpec = Schema.Struct({
  text: NonBlank,
  purpose: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "RecipientSpec" })

/** @since 0.1.0 @category model */
export type RecipientSpec = typeof RecipientSpec.Type

/**
 * The archive line: `{ units: ["VT", "TH"], copies: 2 }` is printed
 * `- Lưu: VT, TH (2).` (`VT` is added when missing).
 *
 * @since 0.1.0
 * @category model
 */
export const ArchiveSpec = Schema.Struct({
  units: Schema.Array(NonBlank),
  copies: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 999 })))
}).annotate({ identifier: "ArchiveSpec" })

/** @since 0.1.0 @category model */
export type ArchiveSpec = typeof ArchiveSpec.Type

/**
 * Nơi nhận (ô 9b). `Như trên` is put first by the formatter when the
 * document has a Kính gửi block; duplicates are dropped.
 *
 * @since 0.1.0
 * @category model
 */
export const RecipientsSpec = Schema.Struct({
  items: Schema.Array(RecipientSpec),
  archive: ArchiveSpec
}).annotate({ identifier: "RecipientsSpec" })

/** @since 0.1.0 @category model */
export type RecipientsSpec = typeof RecipientsSpec.Type

/**
 * Dấu chỉ độ mật (ô 10a), under the number: the degrees of the law on
 * state secrets.
 *
 * @since 0.2.0
 * @category model
 */
export const SecrecySpec = Schema.Literals(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]).annotate({
  identifier: "SecrecySpec"
})

/** @since 0.2.0 @category model */
export type SecrecySpec = typeof SecrecySpec.Type

/**
 * Dấu chỉ mức độ khẩn (ô 10b), under the độ mật: framed, bold, in red.
 *
 * @since 0.2.0
 * @category model
 */
export const UrgencySpec = Schema.Literals(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]).annotate({
  identifier: "UrgencySpec"
})

/** @since 0.2.0 @category model */
export type UrgencySpec = typeof UrgencySpec.Type

/**
 * Chỉ dẫn về phạm vi lưu hành (ô 11): framed, bold, upper case.
 *
 * @since 0.2.0
 * @category model
 */
export const CirculationSpec = Schema.Literals(["LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI"]).annotate({
  identifier: "CirculationSpec"
})

/** @since 0.2.0 @category model */
export type CirculationSpec = typeof CirculationSpec.Type

/**
 * Ký hiệu người soạn thảo và số lượng bản phát hành (ô 12), printed
 * `PL.(300)` under Nơi nhận: the drafter's initials in capitals and the
 * number of copies issued.
 *
 * @since 0.2.0
 * @category model
 */
export const DrafterSpec = Schema.Struct({
  initials: Schema.String.check(Schema.isPattern(/^\p{Lu}{1,8}$/u)),
  copies: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 99_999 }))
}).annotate({ identifier: "DrafterSpec" })

/** @since 0.2.0 @category model */
export type DrafterSpec = typeof DrafterSpec.Type

/**
 * A phụ lục (Mẫu 2.1): printed after the document on a new page, with its
 * own heading (`Phụ lục`, or `Phụ lục I`, `II`, … when there are several),
 * its title in capitals, the reference `(Kèm theo <kind> số … ngày … của
 * …)` and its own page numbers; the body of the document must refer to it.
 *
 * @since 0.2.0
 * @category model
 */
export const AppendixSpec = Schema.Struct({
  title: NonBlank,
  paragraphs: Schema.optionalKey(Schema.Array(Schema.String)),
  sections: Schema.optionalKey(Schema.Array(SectionSpec))
}).annotate({ identifier: "AppendixSpec" })

/** @since 0.2.0 @category model */
export type AppendixSpec = typeof AppendixSpec.Type

/**
 * A whole document to build. The optional blocks of Phụ lục I: `secrecy`
 * and `urgency` (ô 10a/10b), `circulation` (ô 11), `drafter` (ô 12) and
 * `address` (ô 13), and `appendices` (phụ lục). Decode a JSON file with
 * `Schema.decodeUnknownResult(DocumentSpec)`; render it with the
 * renderers of `@cchc/format`.
 *
 * @since 0.1.0
 * @category model
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * import { DocumentSpec } from "@cchc/core"
 * const result = Schema.decodeUnknownResult(DocumentSpec)({
 *   kind: "Báo cáo",
 *   issuer: { name: "Ủy ban nhân dân xã Ba Bích" },
 *   number: { sequence: 5, issuerCode: "UBND" },
 *   placeDate: { place: "Ba Bích", day: 15, month: 6, year: 2024 },
 *   title: { summary: "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024" },
 *   sections: [{ heading: "KẾT QUẢ THỰC HIỆN", paragraphs: ["…"] }],
 *   signature: { authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", signer: "Phạm Văn Mạnh" },
 *   recipients: { items: [{ text: "UBND tỉnh", purpose: "để b/c" }], archive: { units: ["VT", "VP"] } }
 * })
 * result._tag // "Success"
 * ```
 */
export const DocumentSpec = Schema.Struct({
  /** The JSON Schema an editor completes the file with (`docs/document-spec.schema.json`); not printed. */
  $schema: Schema.optionalKey(Schema.String),
  kind: DocumentSpecKind,
  issuer: IssuerSpec,
  number: NumberSpec,
  placeDate: PlaceDateSpec,
  title: TitleSpec,
  kinhGui: Schema.optionalKey(Schema.Array(NonBlank)),
  preamble: Schema.optionalKey(Schema.Array(Schema.String)),
  sections: Schema.optionalKey(Schema.Array(SectionSpec)),
  closing: Schema.optionalKey(Schema.String),
  signature: SignatureSpec,
  recipients: RecipientsSpec,
  secrecy: Schema.optionalKey(SecrecySpec),
  urgency: Schema.optionalKey(UrgencySpec),
  circulation: Schema.optionalKey(CirculationSpec),
  drafter: Schema.optionalKey(DrafterSpec),
  /** Ô 13, page 1 only under a full-width rule: `Địa chỉ: …`, `ĐT: … Fax: …`, `E-mail: … Website: …`. */
  address: Schema.optionalKey(Schema.Array(NonBlank)),
  appendices: Schema.optionalKey(Schema.Array(AppendixSpec))
}).annotate({ identifier: "DocumentSpec", title: "Buildable Vietnamese administrative document" })

/** @since 0.1.0 @category model */
export type DocumentSpec = typeof DocumentSpec.Type
