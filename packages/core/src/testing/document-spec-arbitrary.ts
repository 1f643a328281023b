/**
 * fast-check arbitraries of buildable documents ({@link DocumentSpec}):
 * realistic, Decree-30 conforming reports, plans, official letters,
 * submissions and notices of a UBND xã or tỉnh or a Sở, and the same with
 * one named defect.
 *
 * @since 0.1.0
 */
import * as fc from "fast-check"
import type {
  AuthoritySpec,
  DocumentSpec,
  RecipientSpec,
  SectionSpec,
  SignatureSpec
} from "../model/document-spec.js"

// ---------------------------------------------------------------------------
// Reference vocabulary

/** Provinces and cities that kept their name through the 2025 merger. */
const PROVINCES = [
  "Quảng Ngãi",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Lạng Sơn",
  "Cao Bằng",
  "Sơn La",
  "Điện Biên",
  "Lai Châu",
  "Tuyên Quang",
  "Lào Cai",
  "Thái Nguyên",
  "Phú Thọ",
  "Bắc Ninh",
  "Hưng Yên",
  "Ninh Bình",
  "Quảng Trị",
  "Gia Lai",
  "Khánh Hòa",
  "Lâm Đồng",
  "Đắk Lắk",
  "Đồng Nai",
  "Tây Ninh",
  "Vĩnh Long",
  "Đồng Tháp",
  "Cà Mau",
  "An Giang"
] as const

const COMMUNES = [
  "Ba Bích",
  "Tịnh Khê",
  "Nghĩa Kỳ",
  "Tân An",
  "Bình Minh",
  "Phú Lộc",
  "Đông Sơn",
  "Quảng Phú",
  "Yên Lạc",
  "Mỹ Hòa",
  "Long Phước",
  "Thanh Xuân",
  "Cẩm Thành"
] as const

/** Provincial departments that exist before and after the 2025 mergers, with their codes. */
const DEPARTMENTS: ReadonlyArray<readonly [string, string]> = [
  ["Sở Nội vụ", "SNV"],
  ["Sở Tư pháp", "STP"],
  ["Sở Tài chính", "STC"],
  ["Sở Y tế", "SYT"],
  ["Sở Xây dựng", "SXD"],
  ["Sở Công Thương", "SCT"],
  ["Sở Giáo dục và Đào tạo", "SGDĐT"],
  ["Sở Khoa học và Công nghệ", "SKHCN"]
]

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý"
]
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thị Thu", "Văn Quốc"]
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hùng",
  "Lan",
  "Mạnh",
  "Nam",
  "Phương",
  "Quân",
  "Sơn",
  "Thảo",
  "Trung",
  "Tuấn",
  "Yến",
  "Hoa",
  "Long"
]

/**
 * A Vietnamese personal name in normal case (`Phạm Văn Mạnh`).
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryPersonName = fc
  .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN))
  .map((parts) => parts.join(" "))

// ---------------------------------------------------------------------------
// Issuers

/**
 * How an issuer of the arbitrary works: its name and parent line, its
 * place, number code, the collective name (`ỦY BAN NHÂN DÂN`) when it works
 * collectively, its head's and deputy's titles, and the recipients it
 * usually writes to.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export interface IssuerProfile {
  readonly level: "xa" | "tinh" | "so"
  readonly name: string
  readonly parent: string | null
  readonly place: string
  readonly province: string
  readonly code: string
  readonly collective: string | null
  readonly head: string
  readonly deputy: string
  readonly superiors: ReadonlyArray<string>
  readonly leadership: string
  readonly implementers: string
  readonly units: ReadonlyArray<string>
}

const communeIssuer = fc
  .record({
    commune: fc.constantFrom(...COMMUNES),
    province: fc.constantFrom(...PROVINCES),
    ward: fc.boolean()
  })
  .map(({ commune, province, ward }): IssuerProfile => {
    const level = ward ? "phường" : "xã"
    return {
      level: "xa",
      name: `Ủy ban nhân dân ${level} ${commune}`,
      parent: null,
      place: commune,
      province,
      code: "UBND",
      collective: "ỦY BAN NHÂN DÂN",
      head: "CHỦ TỊCH",
      deputy: "PHÓ CHỦ TỊCH",
      superiors: [
        `Ủy ban nhân dân tỉnh ${province}`,
        `Sở Nội vụ tỉnh ${province}`,
        `Thường trực Đảng ủy ${level}`
      ],
      leadership: `Chủ tịch, các Phó Chủ tịch UBND ${level}`,
      implementers: `Các ban, ngành, đoàn thể ${level}`,
      units: ["VP", "VHXH", "KT"]
    }
  })

const provinceIssuer = fc.constantFrom(...PROVINCES).map((province): IssuerProfile => ({
  level: "tinh",
  name: `Ủy ban nhân dân tỉnh ${province}`,
  parent: null,
  place: province,
  province,
  code: "UBND",
  collective: "ỦY BAN NHÂN DÂN",
  head: "CHỦ TỊCH",
  deputy: "PHÓ CHỦ TỊCH",
  superiors: ["Bộ Nội vụ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"],
  leadership: "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
  implementers: "Các sở, ban, ngành tỉnh",
  units: ["VP", "NC", "KGVX", "TH"]
}))

const departmentIssuer = fc
  .record({ department: fc.constantFrom(...DEPARTMENTS), province: fc.constantFrom(...PROVINCES) })
  .map(({ department, province }): IssuerProfile => ({
    level: "so",
    name: department[0],
    parent: `UBND tỉnh ${province}`,
    place: province,
    province,
    code: department[1],
    collective: null,
    head: "GIÁM ĐỐC",
    deputy: "PHÓ GIÁM ĐỐC",
    superiors: [`Ủy ban nhân dân tỉnh ${province}`, "Bộ Nội vụ"],
    leadership: "Giám đốc, các Phó Giám đốc Sở",
    implementers: "Các phòng, đơn vị thuộc Sở",
    units: ["VP", "TCCB", "CCHC", "KHTC"]
  }))

/**
 * An issuer: a UBND xã or phường, a UBND tỉnh, or a Sở under a UBND tỉnh.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const arbitraryIssuerProfile: fc.Arbitrary<IssuerProfile> = fc.oneof(
  communeIssuer,
  provinceIssuer,
  departmentIssuer
)

// ---------------------------------------------------------------------------
// Dates and citations

interface Day {
  readonly day: number
  readonly month: number
  readonly year: number
}

// The last day drawn is fixed and already past: the `place-date` rule
// reports a date later than today, so a property "a rendered spec lints
// clean" must hold on any day it runs without pinning `today`, and a seed
// must draw the same spec next year.
const arbitraryDay = fc
  .date({ min: new Date(Date.UTC(2021, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true })
  .map((d): Day => ({ day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() }))

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
const longDate = (d: Day): string =>
  `ngày ${pad2(d.day)} tháng ${d.month <= 2 ? pad2(d.month) : d.month} năm ${d.year}`
const iso = (d: Day): string => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`
const before = (a: Day, b: Day): boolean => iso(a) < iso(b)

/**
 * A document cited in a căn cứ line, with what a parser must read back:
 * `date` is ISO, `summary` the trích yếu as it follows the citation.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export interface CitedDocument {
  readonly kind: string
  readonly number: string
  readonly date: string
  readonly issuer: string
  readonly summary: string
  /** The căn cứ line as printed (long form). */
  readonly text: string
}

const NATIONAL_CITATIONS: ReadonlyArray<Omit<CitedDocument, "text" | "date"> & { readonly day: Day }> = [
  {
    kind: "Nghị quyết",
    number: "76/NQ-CP",
    day: { day: 15, month: 7, year: 2021 },
    issuer: "Chính phủ",
    summary: "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
  },
  {
    kind: "Chỉ thị",
    number: "23/CT-TTg",
    day: { day: 2, month: 9, year: 2021 },
    issuer: "Thủ tướng Chính phủ",
    summary: "về đẩy mạnh triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
  },
  {
    kind: "Nghị định",
    number: "30/2020/NĐ-CP",
    day: { day: 5, month: 3, year: 2020 },
    issuer: "Chính phủ",
    summary: "về công tác văn thư"
  },
  {
    kind: "Quyết định",
    number: "251/QĐ-BNV",
    day: { day: 29, month: 3, year: 2022 },
    issuer: "Bộ Nội vụ",
    summary: "ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2022"
  }
]

const citationText = (c: Omit<CitedDocument, "text" | "date">, day: Day): string =>
  `${c.kind} số ${c.number} ${longDate(day)} của ${c.issuer} ${c.summary}`

const cited = (c: Omit<CitedDocument, "text" | "date">, day: Day): CitedDocument => ({
  ...c,
  date: iso(day),
  text: citationText(c, day)
})

/** The plan of the period's year that the document reports on, dated before the document. */
const localPlan = (issuer: IssuerProfile, date: Day, period: Period, topic: string) =>
  fc
    .record({
      sequence: fc.integer({ min: 1, max: 250 }),
      month: fc.integer({ min: 1, max: period.year < date.year ? 12 : Math.max(1, date.month - 1) }),
      day: fc.integer({ min: 1, max: 28 })
    })
    .map(({ sequence, month, day }): CitedDocument | null => {
      const planDay: Day = { day, month, year: period.year }
      if (!before(planDay, date)) return null
      const author = issuer.level === "tinh" ? issuer.name : `Ủy ban nhân dân tỉnh ${issuer.province}`
      return cited(
        {
          kind: "Kế hoạch",
          number: `${pad2(sequence)}/KH-UBND`,
          issuer: author,
          summary: `về ${topic} năm ${period.year}`
        },
        planDay
      )
    })

// ---------------------------------------------------------------------------
// Content

const TOPICS = [
  "tuyên truyền cải cách hành chính",
  "cải cách hành chính",
  "kiểm soát thủ tục hành chính",
  "chuyển đổi số",
  "nâng cao chỉ số hài lòng của người dân"
] as const

/** The reporting period a document dated `date` covers: the one that ended last (or is ending). */
interface Period {
  /** `quý I năm 2024`, `6 tháng đầu năm 2024`, `năm 2023`. */
  readonly text: string
  readonly year: number
}

const periodOf = (date: Day): Period => {
  if (date.month <= 3) return { text: `năm ${date.year - 1}`, year: date.year - 1 }
  if (date.month <= 5) return { text: `quý I năm ${date.year}`, year: date.year }
  if (date.month <= 8) return { text: `6 tháng đầu năm ${date.year}`, year: date.year }
  if (date.month <= 10) return { text: `9 tháng đầu năm ${date.year}`, year: date.year }
  return { text: `năm ${date.year}`, year: date.year }
}

const sentence = (template: string, n: number, m: number): string =>
  template.replace("{n}", String(n)).replace("{m}", String(m))

const FIGURE_SENTENCES = [
  "Đăng tải {n} tin, bài trên trang thông tin điện tử.",
  "Phát {n} lượt tin trên hệ thống truyền thanh cơ sở, thời lượng {m} phút/chương trình.",
  "Tổ chức {n} hội nghị với trên {m} lượt người tham dự.",
  "Tiếp nhận {n} hồ sơ thủ tục hành chính, giải quyết đúng hạn {m} hồ sơ.",
  "Cấp phát {n} tờ gấp, treo {m} băng rôn tuyên truyền tại nơi công cộng."
] as const

const PLAIN_SENTENCES = [
  "Công tác chỉ đạo, điều hành được triển khai kịp thời, đúng kế hoạch.",
  "Cán bộ, công chức tại bộ phận một cửa thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
  "Hình thức tuyên truyền còn ít đổi mới, chưa thu hút người dân tham gia.",
  "Một số thủ tục hành chính còn giải quyết chậm so với quy định.",
  "Tiếp tục đẩy mạnh dịch vụ công trực tuyến và thanh toán trực tuyến.",
  "Tăng cường kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các đơn vị.",
  "Đội ngũ làm công tác cải cách hành chính còn kiêm nhiệm nhiều việc."
] as const

const arbitrarySentence = fc.oneof(
  fc
    .record({
      t: fc.constantFrom(...FIGURE_SENTENCES),
      n: fc.integer({ min: 10, max: 480 }),
      m: fc.integer({ min: 10, max: 900 })
    })
    .map(({ t, n, m }) => sentence(t, n, m)),
  fc.constantFrom(...PLAIN_SENTENCES)
)

const arbitraryParagraph = fc.array(arbitrarySentence, { minLength: 1, maxLength: 2 }).map((s) => s.join(" "))

const leaf: fc.Arbitrary<SectionSpec> = arbitrarySentence.map((s) => ({ heading: s }))

const subsection = (headings: ReadonlyArray<string>): fc.Arbitrary<SectionSpec> =>
  fc.oneof(
    fc.record({
      heading: fc.constantFrom(...headings),
      paragraphs: fc.array(arbitraryParagraph, { minLength: 1, maxLength: 2 })
    }),
    fc.record({
      heading: fc.constantFrom(...headings),
      children: fc.array(leaf, { minLength: 1, maxLength: 3 })
    })
  )

/** A part of an outline: its heading, the headings its numbered items may take, and whether it is always there. */
type Part = readonly [heading: string, items: ReadonlyArray<string>, required: boolean]

const RESULT_ITEMS = [
  "Nội dung tuyên truyền",
  "Hình thức tuyên truyền",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy",
  "Xây dựng chính quyền số"
]
const ASSESSMENT_ITEMS = ["Ưu điểm", "Tồn tại, hạn chế", "Nguyên nhân"]
const TASK_ITEMS = ["Nhiệm vụ trọng tâm", "Giải pháp thực hiện"]

// The outlines the rule pack expects (reference §10): a report has results,
// an assessment and tasks ahead; a plan has purpose, content, forms,
// funding and organisation.
const REPORT_PARTS: ReadonlyArray<Part> = [
  ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ["Ban hành văn bản", "Kiểm tra, đôn đốc"], false],
  ["KẾT QUẢ THỰC HIỆN", RESULT_ITEMS, true],
  ["ĐÁNH GIÁ CHUNG", ASSESSMENT_ITEMS, true],
  ["PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", TASK_ITEMS, true],
  ["ĐỀ XUẤT, KIẾN NGHỊ", ["Đối với Ủy ban nhân dân tỉnh", "Đối với các sở, ngành"], false]
]
const PLAN_PARTS: ReadonlyArray<Part> = [
  ["MỤC ĐÍCH, YÊU CẦU", ["Mục đích", "Yêu cầu"], true],
  ["NỘI DUNG", RESULT_ITEMS, true],
  ["HÌNH THỨC", ["Tuyên truyền trên cổng thông tin điện tử", "Tuyên truyền qua hội nghị, tập huấn"], true],
  ["KINH PHÍ", ["Nguồn kinh phí"], true],
  ["TỔ CHỨC THỰC HIỆN", ["Văn phòng", "Các đơn vị có liên quan"], true]
]
const SUBMISSION_PARTS: ReadonlyArray<Part> = [
  ["SỰ CẦN THIẾT", ["Cơ sở pháp lý", "Cơ sở thực tiễn"], true],
  ["NỘI DUNG ĐỀ XUẤT", ["Dự toán kinh phí", "Nguồn kinh phí"], true],
  ["KIẾN NGHỊ", ["Phê duyệt kinh phí"], false]
]

const part = ([heading, items]: Part): fc.Arbitrary<SectionSpec> =>
  fc.oneof(
    fc
      .array(arbitraryParagraph, { minLength: 1, maxLength: 2 })
      .map((paragraphs) => ({ heading, paragraphs })),
    fc
      .uniqueArray(subsection(items), {
        minLength: 1,
        maxLength: Math.min(3, items.length),
        selector: (s) => s.heading
      })
      .map((children) => ({ heading, children }))
  )

const outline = (parts: ReadonlyArray<Part>): fc.Arbitrary<ReadonlyArray<SectionSpec>> =>
  fc
    .tuple(
      ...parts.map((p) =>
        p[2]
          ? part(p).map((s) => [s])
          : fc.option(part(p), { nil: undefined }).map((s) => (s === undefined ? [] : [s]))
      )
    )
    .map((chosen) => chosen.flat())

// ---------------------------------------------------------------------------
// Signatures and recipients

const arbitrarySignature = (issuer: IssuerProfile, kind: string): fc.Arbitrary<SignatureSpec> =>
  fc.record({ signer: arbitraryPersonName, form: fc.nat(99) }).map(({ signer, form }) => {
    const tm: ReadonlyArray<AuthoritySpec> =
      issuer.collective === null ? [] : [{ mode: "TM", on: issuer.collective }]
    if (form < 45) return { authority: tm, title: issuer.head, signer }
    if (form < 90 || kind === "Tờ trình")
      return { authority: [...tm, { mode: "KT", on: issuer.head }], title: issuer.deputy, signer }
    if (issuer.collective === null)
      return { authority: [{ mode: "Q", on: issuer.head }], title: null, signer }
    if (issuer.level === "tinh" && (kind === "Công văn" || kind === "Thông báo")) {
      return { authority: [{ mode: "TL", on: issuer.head }], title: "CHÁNH VĂN PHÒNG", signer }
    }
    return { authority: tm, title: issuer.head, signer }
  })

const arbitraryRecipients = (issuer: IssuerProfile, kind: string) =>
  fc
    .record({
      superiors: fc.subarray([...issuer.superiors], {
        minLength: kind === "Báo cáo" || kind === "Tờ trình" ? 1 : 0
      }),
      leadership: fc.boolean(),
      implementers: fc.boolean(),
      unit: fc.constantFrom(...issuer.units),
      copies: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined })
    })
    .map(({ superiors, leadership, implementers, unit, copies }) => {
      const items: Array<RecipientSpec> = superiors.map((text) => ({ text, purpose: "để b/c" }))
      if (leadership) items.push({ text: issuer.leadership })
      if (implementers && kind !== "Báo cáo" && kind !== "Tờ trình")
        items.push({ text: issuer.implementers, purpose: "để thực hiện" })
      return {
        items,
        archive: copies === undefined ? { units: ["VT", unit] } : { units: ["VT", unit], copies }
      }
    })

// ---------------------------------------------------------------------------
// Documents

/**
 * A valid spec together with the documents its căn cứ lines cite, so that
 * a round trip can check the citations too.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export interface CitedDocumentSpec {
  readonly spec: DocumentSpec
  readonly citations: ReadonlyArray<CitedDocument>
  readonly issuer: IssuerProfile
}

const KINDS = ["Báo cáo", "Kế hoạch", "Công văn", "Tờ trình", "Thông báo"] as const

const nationalCitations = (date: Day): fc.Arbitrary<ReadonlyArray<CitedDocument>> => {
  const earlier = NATIONAL_CITATIONS.filter((c) => before(c.day, date))
  return fc
    .subarray([...earlier], { maxLength: Math.min(2, earlier.length) })
    .map((xs) => xs.map(({ day, ...c }) => cited(c, day)))
}

/** Căn cứ lines, each ending `;`; the last ends `.` when nothing follows it in the preamble. */
const basisLines = (citations: ReadonlyArray<CitedDocument>, last: ";" | "."): Array<string> =>
  citations.map((c, i) => `Căn cứ ${c.text}${i === citations.length - 1 ? last : ";"}`)

/**
 * A valid spec with its citations: one of Báo cáo, Kế hoạch, Công văn, Tờ
 * trình, Thông báo of a UBND xã/phường, a UBND tỉnh or a Sở; dated
 * 2021–2025 (never later than today); numbered (numbers below 10 are written padded by the
 * formatter); căn cứ lines citing real national documents or the year's
 * plan; a Structure-B outline; a coherent signing chain for the issuer;
 * Nơi nhận with purpose notes and an archive line naming the drafting unit.
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryCitedDocumentSpec } from "@cchc/core/testing"
 * const [{ spec, citations }] = fc.sample(arbitraryCitedDocumentSpec, 1)
 * spec.kind // e.g. "Báo cáo"
 * ```
 */
export const arbitraryCitedDocumentSpec: fc.Arbitrary<CitedDocumentSpec> = fc
  .record({
    issuer: arbitraryIssuerProfile,
    kind: fc.constantFrom(...KINDS),
    date: arbitraryDay,
    topic: fc.constantFrom(...TOPICS)
  })
  .chain(({ issuer, kind, date, topic }) =>
    fc
      .record({
        sequence: fc.integer({ min: 1, max: 1999 }),
        national: nationalCitations(date),
        plan: localPlan(issuer, date, periodOf(date), topic),
        usePlan: fc.boolean(),
        signature: arbitrarySignature(issuer, kind),
        recipients: arbitraryRecipients(issuer, kind),
        reportOutline: outline(REPORT_PARTS),
        planOutline: outline(PLAN_PARTS),
        submissionOutline: outline(SUBMISSION_PARTS),
        letterBody: fc.array(arbitraryParagraph, { minLength: 1, maxLength: 3 }),
        kinhGuiUpward: fc.boolean(),
        addressees: fc.subarray([...issuer.superiors], { minLength: 1, maxLength: 2 })
      })
      .map((x): CitedDocumentSpec => {
        // A report cites the plan it reports on; other kinds cite national documents.
        const citations = [
          ...x.national,
          ...(kind === "Báo cáo" && x.usePlan && x.plan !== null ? [x.plan] : [])
        ]
        const base = {
          issuer: { name: issuer.name, parent: issuer.parent },
          number: { sequence: x.sequence, issuerCode: issuer.code },
          placeDate: { place: issuer.place, day: date.day, month: date.month, year: date.year },
          signature: x.signature,
          recipients: x.recipients
        }
        const period = periodOf(date)
        const subject = `${topic} ${period.text}`
        const who = issuer.name
        let spec: DocumentSpec
        switch (kind) {
          case "Báo cáo":
            spec = {
              ...base,
              kind,
              title: { summary: `Kết quả ${subject}` },
              ...(x.kinhGuiUpward ? { kinhGui: [issuer.superiors[0]!] } : {}),
              preamble: [...basisLines(citations, ";"), `${who} báo cáo kết quả ${subject} như sau:`],
              sections: x.reportOutline,
              closing: `Trên đây là báo cáo kết quả ${subject} của ${who}.`
            }
            break
          case "Kế hoạch":
            spec = {
              ...base,
              kind,
              title: { summary: `${topic[0]!.toUpperCase()}${topic.slice(1)} năm ${date.year}` },
              preamble: [
                ...basisLines(citations, ";"),
                `${who} ban hành Kế hoạch ${topic} năm ${date.year} như sau:`
              ],
              sections: x.planOutline,
              closing:
                "Trên đây là Kế hoạch của đơn vị, đề nghị các cơ quan, đơn vị có liên quan triển khai thực hiện."
            }
            break
          case "Công văn":
            spec = {
              ...base,
              kind,
              number: { sequence: x.sequence, issuerCode: issuer.code, unit: x.recipients.archive.units[1]! },
              title: { summary: `triển khai ${subject}` },
              kinhGui: x.addressees,
              preamble: x.letterBody,
              closing: `${who} đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện.`
            }
            break
          case "Tờ trình":
            spec = {
              ...base,
              kind,
              title: { summary: `Về việc phê duyệt kinh phí ${topic} năm ${date.year}` },
              kinhGui: [issuer.superiors[0]!],
              preamble: basisLines(citations, "."),
              sections: x.submissionOutline,
              closing: `Kính trình ${issuer.superiors[0]!} xem xét, phê duyệt.`
            }
            break
          case "Thông báo":
            spec = {
              ...base,
              kind,
              title: { summary: `Kết quả kiểm tra ${subject}` },
              preamble: x.letterBody,
              closing: `${who} thông báo để các cơ quan, đơn vị biết, thực hiện.`
            }
            break
        }
        return { spec, citations: kind === "Công văn" || kind === "Thông báo" ? [] : citations, issuer }
      })
  )

/**
 * A valid, Decree-30 conforming {@link DocumentSpec}: see
 * {@link arbitraryCitedDocumentSpec}.
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryDocumentSpec } from "@cchc/core/testing"
 * fc.sample(arbitraryDocumentSpec, 1)[0].recipients.archive.units[0] // "VT"
 * ```
 */
export const arbitraryDocumentSpec: fc.Arbitrary<DocumentSpec> = arbitraryCitedDocumentSpec.map((x) => x.spec)

// ---------------------------------------------------------------------------
// Defects

/**
 * Where a defect is caught: `schema` (decoding the spec fails), `format`
 * (the formatter refuses to print it) or `lint` (it prints, and the rules
 * report it).
 *
 * @since 0.1.0
 * @category arbitraries
 */
export type DefectLayer = "schema" | "format" | "lint"

/**
 * The named defects of {@link arbitraryDocumentSpecWithDefect}, with the
 * layer that must catch each.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const DOCUMENT_SPEC_DEFECTS = {
  "tm-before-title": { layer: "format", description: "TM. before a person's title (TM. CHỦ TỊCH)" },
  "delegation-before-body": {
    layer: "format",
    description: "KT. before a body's name (KT. ỦY BAN NHÂN DÂN)"
  },
  "tuq-redelegated": { layer: "format", description: "TUQ. followed by KT." },
  "head-title-after-kt": {
    layer: "format",
    description: "the head's title under KT. (KT. GIÁM ĐỐC / GIÁM ĐỐC)"
  },
  "deputy-title-on-authority": {
    layer: "format",
    description: "the deputy's title on the KT. line (KT. PHÓ CHỦ TỊCH)"
  },
  "deputy-without-kt": {
    layer: "format",
    description: "a deputy signing without KT. (TM. ỦY BAN NHÂN DÂN / PHÓ CHỦ TỊCH)"
  },
  "signer-upper-case": { layer: "format", description: "the signer's name in upper case" },
  "signer-degree": { layer: "format", description: "a degree before the signer's name (TS.)" },
  "impossible-date": { layer: "schema", description: "a day the month does not have (31 tháng 4)" },
  "unknown-kind": { layer: "schema", description: "a kind that is not one of the 29 of Điều 7" },
  "type-code-mismatch": {
    layer: "lint",
    description: "a type code that is not the kind's (BÁO CÁO numbered …/KH-…)"
  },
  "legacy-type-code": {
    layer: "lint",
    description: "a Bản ghi nhớ numbered with the repealed code GN instead of BGN"
  },
  "district-issuer-after-reform": { layer: "lint", description: "a UBND huyện issuing after 1 July 2025" },
  "merged-department-after-reform": {
    layer: "lint",
    description: "Sở Thông tin và Truyền thông (STTTT) issuing after 1 March 2025"
  }
} as const satisfies Record<string, { readonly layer: DefectLayer; readonly description: string }>

/**
 * The name of a defect.
 *
 * @since 0.1.0
 * @category arbitraries
 */
export type DocumentSpecDefect = keyof typeof DOCUMENT_SPEC_DEFECTS

const withSignature = (spec: DocumentSpec, signature: SignatureSpec): DocumentSpec => ({ ...spec, signature })

const stripKey = <K extends keyof DocumentSpec>(spec: DocumentSpec, key: K): DocumentSpec => {
  const { [key]: _dropped, ...rest } = spec
  return rest as DocumentSpec
}

const atLeast = (date: Day, floor: Day): Day => (before(date, floor) ? floor : date)

const DEFECTS: Record<DocumentSpecDefect, (x: CitedDocumentSpec, date: Day) => DocumentSpec> = {
  "tm-before-title": ({ spec }) =>
    withSignature(spec, {
      ...spec.signature,
      authority: [{ mode: "TM", on: "CHỦ TỊCH" }],
      title: "CHỦ TỊCH"
    }),
  "delegation-before-body": ({ spec }) =>
    withSignature(spec, {
      ...spec.signature,
      authority: [{ mode: "KT", on: "ỦY BAN NHÂN DÂN" }],
      title: "PHÓ CHỦ TỊCH"
    }),
  "tuq-redelegated": ({ spec }) =>
    withSignature(spec, {
      ...spec.signature,
      authority: [
        { mode: "TUQ", on: "GIÁM ĐỐC" },
        { mode: "KT", on: "TRƯỞNG PHÒNG" }
      ],
      title: "PHÓ TRƯỞNG PHÒNG"
    }),
  "head-title-after-kt": ({ spec, issuer }) =>
    withSignature(spec, {
      ...spec.signature,
      authority: [{ mode: "KT", on: issuer.head }],
      title: issuer.head
    }),
  "deputy-title-on-authority": ({ spec, issuer }) =>
    withSignature(spec, {
      ...spec.signature,
      authority: [{ mode: "KT", on: issuer.deputy }],
      title: issuer.deputy
    }),
  "deputy-without-kt": ({ spec, issuer }) =>
    withSignature(spec, {
      ...spec.signature,
      authority: issuer.collective === null ? [] : [{ mode: "TM", on: issuer.collective }],
      title: issuer.deputy
    }),
  "signer-upper-case": ({ spec }) =>
    withSignature(spec, { ...spec.signature, signer: spec.signature.signer.toUpperCase() }),
  "signer-degree": ({ spec }) =>
    withSignature(spec, { ...spec.signature, signer: `TS. ${spec.signature.signer}` }),
  "impossible-date": ({ spec }) => ({ ...spec, placeDate: { ...spec.placeDate, day: 31, month: 4 } }),
  "unknown-kind": ({ spec }) => ({ ...spec, kind: "Công văn hỏa tốc" }),
  "type-code-mismatch": ({ spec }) => ({
    ...spec,
    kind: "Báo cáo",
    title: { summary: spec.title.summary ?? "Kết quả công tác" },
    number: { sequence: spec.number.sequence, issuerCode: spec.number.issuerCode, typeCode: "KH" }
  }),
  "legacy-type-code": ({ spec }) => ({
    ...stripKey(spec, "kinhGui"),
    kind: "Bản ghi nhớ",
    title: { summary: "Hợp tác triển khai cải cách hành chính" },
    number: { sequence: spec.number.sequence, issuerCode: spec.number.issuerCode, typeCode: "GN" }
  }),
  "district-issuer-after-reform": ({ spec, issuer }, date) => {
    const d = atLeast(date, { day: 1, month: 7, year: 2025 })
    return {
      ...spec,
      issuer: { name: "Ủy ban nhân dân huyện Sơn Tịnh", parent: null },
      number: { ...spec.number, issuerCode: "UBND" },
      placeDate: { place: "Sơn Tịnh", day: d.day, month: d.month, year: d.year },
      signature:
        issuer.collective === null
          ? {
              authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }],
              title: "CHỦ TỊCH",
              signer: spec.signature.signer
            }
          : spec.signature
    }
  },
  "merged-department-after-reform": ({ spec, issuer }, date) => {
    const d = atLeast(date, { day: 1, month: 3, year: 2025 })
    return {
      ...spec,
      issuer: { name: "Sở Thông tin và Truyền thông", parent: `UBND tỉnh ${issuer.province}` },
      number: { ...spec.number, issuerCode: "STTTT" },
      placeDate: { place: issuer.province, day: d.day, month: d.month, year: d.year },
      signature: {
        authority: [{ mode: "KT", on: "GIÁM ĐỐC" }],
        title: "PHÓ GIÁM ĐỐC",
        signer: spec.signature.signer
      }
    }
  }
}

/**
 * A valid spec spoiled by the named defect.
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryDocumentSpecWithNamedDefect } from "@cchc/core/testing"
 * fc.sample(arbitraryDocumentSpecWithNamedDefect("signer-upper-case"), 1)[0].signature.signer // e.g. "PHẠM VĂN MẠNH"
 * ```
 */
export const arbitraryDocumentSpecWithNamedDefect = (
  defect: DocumentSpecDefect
): fc.Arbitrary<DocumentSpec> =>
  arbitraryCitedDocumentSpec.map((base) => {
    const d = base.spec.placeDate
    return DEFECTS[defect](base, { day: d.day ?? 1, month: d.month ?? 1, year: d.year ?? 2024 })
  })

/**
 * A spec with exactly one named defect, and the defect's name: the
 * signing-chain defects must be refused by the formatter, the schema
 * defects by decoding, the lint defects reported by the rules (see
 * {@link DOCUMENT_SPEC_DEFECTS}).
 *
 * @since 0.1.0
 * @category arbitraries
 * @example
 * ```ts
 * import * as fc from "fast-check"
 * import { arbitraryDocumentSpecWithDefect, DOCUMENT_SPEC_DEFECTS } from "@cchc/core/testing"
 * const [{ spec, defect }] = fc.sample(arbitraryDocumentSpecWithDefect, 1)
 * DOCUMENT_SPEC_DEFECTS[defect].layer // "format", "schema" or "lint"
 * ```
 */
export const arbitraryDocumentSpecWithDefect: fc.Arbitrary<{
  readonly spec: DocumentSpec
  readonly defect: DocumentSpecDefect
}> = fc
  .constantFrom(...(Object.keys(DOCUMENT_SPEC_DEFECTS) as Array<DocumentSpecDefect>))
  .chain((defect) => arbitraryDocumentSpecWithNamedDefect(defect).map((spec) => ({ spec, defect })))
