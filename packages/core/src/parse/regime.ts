/**
 * Recognising the regime that governs a document (rule-pack-corrections
 * (a), (h.1)) from several signals together, never from one: a state
 * document that signs `T/M` stays a state document and keeps its error
 * (Phụ lục I, mục II.7.b); a Party document has the Party header, the
 * hyphenated number and the slashed prefixes together.
 *
 * @since 0.2.0
 */
import { ADMINISTRATIVE_KINDS, COPY_KINDS, NORMATIVE_KINDS } from "../data/document-kinds.js"
import { bodyMentions } from "../data/issuer-codes.js"
import type { RegimeKindName } from "../data/regimes.js"
import type { CopyBlock } from "../model/copy-block.js"
import type { DocumentNumber } from "../model/document-number.js"
import type { IssuerHeader, NationalHeader, Title } from "../model/document.js"
import type { Regime, RegimeSignal } from "../model/regime.js"
import type { SignatureBlock } from "../model/signature.js"
import type { RecipientList } from "../model/recipients.js"
import type { Span } from "../model/span.js"
import { foldKey } from "../text/fold.js"
import type { Line } from "./lines.js"

type SpanOf = (start: number, end: number) => Span

/** What the parser found, as the regime is judged from it. */
export interface RegimeEvidence {
  readonly nationalHeader: NationalHeader
  readonly issuer: IssuerHeader | null
  readonly number: DocumentNumber | null
  readonly title: Title | null
  /** The title is a type heading outside the 29 kinds (see `readTypeHeading`). */
  readonly headingOutsideKinds: boolean
  readonly headingIsNormative: boolean
  readonly signature: SignatureBlock | null
  readonly recipients: RecipientList | null
  readonly bodyLines: ReadonlyArray<Line>
  readonly copy: CopyBlock | null
  readonly spanOf: SpanOf
}

// A pattern of words compared with `foldKey` text: the words are folded
// the same way (`đoàn` becomes `đòan`), so tone placement never decides.
// Plain alternatives of literal words: nothing can backtrack.
function foldedWords(words: ReadonlyArray<string>, before: string, after: string): RegExp {
  return new RegExp(`${before}(?:${words.map(foldKey).join("|")})${after}`, "u")
}

// Two different cues decide a regime; one is a defect to report, not a regime.
const DECIDING_CUES = 2

const PARTY_HEADER = "đảng cộng sản việt nam"
// Party bodies heading a document (Hướng dẫn 36-HD/VPTW): committees,
// their standing bodies and their advisory boards.
const PARTY_BODY = foldedWords(
  [
    "ban chấp hành trung ương",
    "bộ chính trị",
    "ban bí thư",
    "đảng bộ",
    "đảng ủy",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "chi bộ",
    "văn phòng trung ương đảng",
    "ủy ban kiểm tra"
  ],
  "(?:^| )",
  "(?!\\p{L})"
)
const ASSEMBLY_BODY = foldedWords(["ủy ban thường vụ quốc hội", "quốc hội"], "(?:^| )", "$")
const ASSEMBLY_CODE = /^(?:QH|UBTVQH)\d{0,2}$/u
// Mặt trận, trade unions, Đoàn and the mass associations (Điều 2 khoản 2).
const ORGANISATION_BODY = foldedWords(
  [
    "mặt trận tổ quốc",
    "công đoàn",
    "liên đoàn lao động",
    "đoàn thanh niên",
    "hội liên hiệp phụ nữ",
    "hội nông dân",
    "hội cựu chiến binh"
  ],
  "(?:^| )",
  "(?!\\p{L})"
)
const ORGANISATION_CODE = /^(?:MTTQ|CĐ|CĐCS|LĐLĐ|ĐTN|ĐTNCS|HLHPN|HPN|HND|HCCB|CCB)$/u
// The leading collectives of those organisations, named `BAN …` (b.1).
const ORGANISATION_COLLECTIVE = foldedWords(
  ["ban thường trực", "ban chấp hành", "ban thường vụ"],
  "^",
  "(?!\\p{L})"
)
const NORMATIVE_CODES = new Set(NORMATIVE_KINDS.flatMap((k) => (k.code === null ? [] : [k.code])))
const KIND_CODES = new Set(
  [...ADMINISTRATIVE_KINDS, ...COPY_KINDS, ...NORMATIVE_KINDS].flatMap((k) =>
    k.code === null ? [] : [k.code]
  )
)
const LAW_ON_NORMATIVE_DOCUMENTS = /^Căn cứ Luật Ban hành văn bản quy phạm pháp luật(?!\p{L})/iu
// The closing line of a resolution QPPL of a Hội đồng nhân dân (a.2).
const COUNCIL_ADOPTION = /^Nghị quyết này đã được Hội đồng nhân dân(?!\p{L}).{0,200}thông qua(?!\p{L})/u

const issuerText = (issuer: IssuerHeader): string =>
  foldKey([issuer.parent, issuer.name].filter((x) => x !== null).join(" "))

/**
 * Judges the regime of a document from what the parser read.
 *
 * @since 0.2.0
 * @category parsing
 */
export const recogniseRegime = (evidence: RegimeEvidence): Regime => {
  const signals: Array<RegimeSignal> = []
  const add = (points: RegimeKindName, cue: string, text: string, span: Span) =>
    signals.push({ cue, points, text, span })
  const { nationalHeader, issuer, number, signature, spanOf } = evidence

  const country = nationalHeader.country
  const stateHeader = country !== null && foldKey(country.raw) !== PARTY_HEADER
  if (country !== null && !stateHeader) add("party", "party-header", country.raw, country.span)
  if (number !== null && number.family === "party") add("party", "party-number", number.raw, number.span)
  for (const a of signature?.authority ?? []) {
    if (a.prefix.includes("/")) add("party", "party-signing", `${a.prefix} ${a.on}`, a.span)
    const on = foldKey(a.on)
    if (/quốc hội(?!\p{L})/u.test(on))
      add("national-assembly", "assembly-signing", `${a.prefix} ${a.on}`, a.span)
    if (!a.prefix.includes("/") && a.mode === "TM" && ORGANISATION_COLLECTIVE.test(on))
      add("socio-political", "collective-signing", `${a.prefix} ${a.on}`, a.span)
  }
  if (issuer !== null) {
    const text = issuerText(issuer)
    const raw = [issuer.parent, issuer.name].filter((x) => x !== null).join(" / ")
    if (PARTY_BODY.test(text)) add("party", "party-issuer", raw, issuer.span)
    if (ASSEMBLY_BODY.test(text)) add("national-assembly", "assembly-issuer", raw, issuer.span)
    if (ORGANISATION_BODY.test(text)) add("socio-political", "organisation-issuer", raw, issuer.span)
  }
  const archive = evidence.recipients?.archive
  if (archive && /^Lưu[ ]+Văn phòng(?!\p{L})/iu.test(archive.raw.replace(/^[-–—•+][ ]*/u, "")))
    add("party", "party-archive", archive.raw, archive.span)
  if (number !== null) {
    const groups = (number.issuerCode ?? "").split("-")
    if (groups.some((g) => ASSEMBLY_CODE.test(g)))
      add("national-assembly", "assembly-number", number.raw, number.span)
    if (groups.some((g) => ORGANISATION_CODE.test(g)))
      add("socio-political", "organisation-number", number.raw, number.span)
    if (number.family === "normative" || number.family === "law")
      add("normative", "normative-number", number.raw, number.span)
    if (number.typeCode !== null && NORMATIVE_CODES.has(number.typeCode))
      add("normative", "normative-type-code", number.raw, number.span)
    // Under a type heading outside the 29 kinds, a letter-style number whose
    // first group is no kind's type code nor a known issuer's (`05/KL-TTr`)
    // carries the sector's own type code.
    const first = groups[0]
    if (
      evidence.headingOutsideKinds &&
      number.family === "official-letter" &&
      first !== undefined &&
      groups.length > 1 &&
      isSectorCode(first)
    )
      add("specialised", "type-code-outside-kinds", number.raw, number.span)
  }
  const title = evidence.title
  if (title !== null && title.name !== null && title.nameSpan !== null) {
    if (evidence.headingIsNormative) add("normative", "normative-type", title.name, title.nameSpan)
    else if (evidence.headingOutsideKinds) {
      add("specialised", "type-outside-kinds", title.name, title.nameSpan)
      add("specialised", "no-vv", title.name, title.nameSpan)
    }
  }
  for (const line of evidence.bodyLines) {
    const text = line.text.replace(/^[*_]+/u, "")
    if (LAW_ON_NORMATIVE_DOCUMENTS.test(text))
      add("normative", "normative-basis", line.text, spanOf(line.textStart, line.end))
    else if (COUNCIL_ADOPTION.test(text))
      add("normative", "normative-adoption", line.text, spanOf(line.textStart, line.end))
  }
  const copy = evidence.copy
  if (copy !== null) {
    add("copy", "copy-form", copy.form, copy.formSpan)
    if (copy.number !== null) add("copy", "copy-number", copy.number.raw, copy.number.span)
  }

  const decided = (kind: RegimeKindName): boolean =>
    new Set(signals.filter((s) => s.points === kind).map((s) => s.cue)).size >= DECIDING_CUES
  // The Party header stands where the Quốc hiệu stands: a document with the
  // state Quốc hiệu is never a Party document, whatever its prefixes.
  const original: RegimeKindName =
    !stateHeader && decided("party")
      ? "party"
      : decided("national-assembly")
        ? "national-assembly"
        : decided("normative")
          ? "normative"
          : decided("socio-political")
            ? "socio-political"
            : decided("specialised") && signals.some((s) => s.cue === "type-outside-kinds")
              ? "specialised"
              : "state"
  return decided("copy") ? { kind: "copy", original, signals } : { kind: original, original: null, signals }
}

// Codes that are no kind's: a sector's type code sits where the type code
// of an administrative document would (`KL` Kết luận thanh tra).
const isSectorCode = (code: string): boolean =>
  /^\p{Lu}{2,4}$/u.test(code) && !KIND_CODES.has(code) && bodyMentions(code).length === 0
