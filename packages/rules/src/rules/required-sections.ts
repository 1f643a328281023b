/**
 * `required-sections`: a report or plan has the parts of its outline (đề
 * cương), found by loose matching of the headings (any order, numbering or
 * wording variant), from templates the user can replace.
 *
 * Nghị định 30/2020 prescribes no sections (Phụ lục I, mục II.6.c: the body
 * "có thể được bố cục theo phần, chương, mục…"), so a finding is measured
 * against a template of practice or configuration, never a defect of the
 * decree. The default Báo cáo template applies only to periodic reports on
 * cải cách hành chính (a trích yếu naming CCHC and a period), whose outline
 * the Bộ Nội vụ guidance sets (Văn bản 581/BNV-CCHC: chỉ đạo, điều hành;
 * kết quả; đánh giá; phương hướng; kiến nghị; its exact headings are
 * unverified); a Báo cáo thẩm định, giải trình or nhanh has no outline.
 */
import type { Section } from "@cchc/core"
import { kindIs } from "../internal/kind.js"
import { looseKey } from "../internal/text.js"
import { defineRule } from "../rule.js"
import { perObject } from "../internal/per-object.js"
import { readReportPeriod } from "../internal/report-period.js"

/**
 * One required part: `anyOf` are phrases (compared without diacritics or
 * punctuation) any of which in a heading counts; `onlyWhenTitle` limits the
 * part to documents whose trích yếu contains one of those phrases;
 * `onlyWhenPeriodic` to documents whose trích yếu names a reporting period
 * (`quý I năm 2024`, `6 tháng đầu năm`, `năm 2025`).
 */
interface RequiredPart {
  readonly id: string
  readonly label: string
  readonly anyOf: ReadonlyArray<string>
  readonly onlyWhenTitle?: ReadonlyArray<string>
  readonly onlyWhenPeriodic?: boolean
}

interface Options {
  /** Required parts by kind (type code or name). */
  readonly templates: Readonly<Record<string, ReadonlyArray<RequiredPart>>>
}

// Outlines common in practice (reference §10), not prescribed by law: the
// defaults stay few and loose; a user's templates replace them per kind.
const COMMUNICATION = ["tuyen truyen", "truyen thong", "thong tin"]
const CCHC = ["cai cach hanh chinh", "cchc"]
const DEFAULT_TEMPLATES: Options["templates"] = {
  BC: [
    {
      id: "results",
      label: "kết quả thực hiện",
      anyOf: ["ket qua", "tinh hinh thuc hien", "cong tac chi dao"],
      onlyWhenTitle: CCHC,
      onlyWhenPeriodic: true
    },
    {
      id: "assessment",
      label: "đánh giá (ưu điểm; tồn tại, hạn chế)",
      anyOf: ["danh gia", "nhan xet", "ton tai", "han che", "uu diem", "khuyet diem"],
      onlyWhenTitle: CCHC,
      onlyWhenPeriodic: true
    },
    {
      id: "tasks",
      onlyWhenTitle: CCHC,
      onlyWhenPeriodic: true,
      label: "phương hướng, nhiệm vụ",
      anyOf: [
        "phuong huong",
        "nhiem vu trong tam",
        "nhiem vu thoi gian toi",
        "nhiem vu tiep theo",
        "nhiem vu giai phap",
        "ke hoach thoi gian toi",
        "trong tam"
      ]
    }
  ],
  KH: [
    { id: "purpose", label: "mục đích, yêu cầu", anyOf: ["muc dich", "muc tieu", "yeu cau"] },
    { id: "content", label: "nội dung", anyOf: ["noi dung", "nhiem vu", "giai phap"] },
    {
      id: "organisation",
      label: "tổ chức thực hiện",
      anyOf: ["to chuc thuc hien", "trach nhiem thuc hien", "phan cong"]
    },
    { id: "forms", label: "hình thức", anyOf: ["hinh thuc"], onlyWhenTitle: COMMUNICATION },
    { id: "funding", label: "kinh phí", anyOf: ["kinh phi", "nguon kinh phi"], onlyWhenTitle: COMMUNICATION }
  ]
}

// Bullets (`-`, `+`) only count when they are short, heading-like lines.
const headingsOf = (sections: ReadonlyArray<Section>): Array<string> => {
  const out: Array<string> = []
  const walk = (list: ReadonlyArray<Section>) => {
    for (const s of list) {
      if ((s.style !== "dash" && s.style !== "plus") || s.heading.length <= 60)
        out.push(` ${looseKey(s.heading)} `)
      walk(s.children)
    }
  }
  walk(sections)
  return out
}

// A user's template replaces the default of its kind only. Merged once per
// options object, which is the same for every document.
const templatesOf = perObject(
  (options: Options): ReadonlyArray<readonly [string, ReadonlyArray<RequiredPart>]> =>
    Object.entries({ ...DEFAULT_TEMPLATES, ...options.templates })
)

const hasPhrase = (keys: ReadonlyArray<string>, phrases: ReadonlyArray<string>): boolean =>
  needlesOf(phrases).some((needle) => keys.some((k) => k.includes(needle)))

// The phrases of a template are the same array for every document: their
// keys are built once per array.
const needlesOf = perObject((phrases: ReadonlyArray<string>): ReadonlyArray<string> =>
  phrases.map((p) => ` ${looseKey(p)} `)
)

export default defineRule<Options>({
  meta: {
    id: "required-sections",
    description:
      "A periodic CCHC Báo cáo has results, an assessment and tasks ahead; a Kế hoạch has purpose, content and organisation (and, for a communication plan, forms and funding). Templates of practice, configurable: NĐ 30/2020 prescribes no sections.",
    category: "content",
    appliesTo: ["BC", "KH"],
    regimes: ["state"],
    source:
      "practice, not NĐ 30/2020 (Phụ lục I, mục II.6.c leaves the layout of the body free): reference §10 outlines; periodic CCHC reports after Văn bản 581/BNV-CCHC (headings unverified)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      missing: {
        vi: 'Đề cương {kind} đang áp dụng (theo thực tiễn hoặc cấu hình; Nghị định 30/2020 không quy định bố cục) có phần "{label}" mà văn bản chưa có: thêm một đề mục (ví dụ "{example}"). Đề mục được so khớp gần đúng, không phụ thuộc thứ tự hay cách đánh số.',
        en: 'The {kind} outline in use (practice or configuration; Decree 30/2020 sets no layout) has a "{label}" part the document lacks: add a heading (e.g. "{example}"). Headings are matched loosely, in any order or numbering.'
      }
    },
    defaultOptions: { templates: DEFAULT_TEMPLATES },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        templates: {
          type: "object",
          additionalProperties: {
            type: "array",
            items: {
              type: "object",
              required: ["id", "label", "anyOf"],
              additionalProperties: false,
              properties: {
                id: { type: "string" },
                label: { type: "string" },
                anyOf: { type: "array", items: { type: "string" } },
                onlyWhenTitle: { type: "array", items: { type: "string" } },
                onlyWhenPeriodic: { type: "boolean" }
              }
            }
          }
        }
      }
    },
    notes: [
      "NĐ 30/2020 prescribes no sections (PL I II.6.c): a finding compares the document with an outline of practice or configuration.",
      "The default Báo cáo outline applies only to periodic CCHC reports (trích yếu naming cải cách hành chính or CCHC and a period); a Báo cáo thẩm định, giải trình, tóm tắt or nhanh is not checked. The outline follows Văn bản 581/BNV-CCHC in substance; its exact headings are unverified."
    ],
    examples: {
      valid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCông tác cải cách hành chính quý I năm 2024\n\n1. Kết quả thực hiện\nNội dung.\n2. Đánh giá chung\nNội dung.\n3. Phương hướng, nhiệm vụ quý II\nNội dung./.",
        "Số: 05/BC-STP\n\nBÁO CÁO\nThẩm định dự thảo Quyết định ban hành Quy chế làm việc\n\n1. Sự cần thiết ban hành\nNội dung.\n2. Ý kiến thẩm định\nNội dung./."
      ],
      invalid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCông tác cải cách hành chính quý I năm 2024\n\n1. Kết quả thực hiện\nNội dung.\n2. Nhận xét, đánh giá\nNội dung.\n3. Đề xuất, kiến nghị\nNội dung./."
      ]
    }
  },
  check: (context) => {
    const { document, options } = context
    const entry = templatesOf(options).find(([kind]) => kindIs(document.kind, kind))
    if (entry === undefined)
      return { skip: "not-applicable", reason: `no template for ${document.kind?.name ?? "this kind"}` }
    const headings = headingsOf(document.sections)
    if (headings.length === 0) return { skip: "not-evaluable", reason: "the body has no numbered headings" }
    const summary = document.title?.summary ?? ""
    const titleKey = ` ${looseKey(summary)} `
    let periodic: boolean | undefined
    const isPeriodic = (): boolean =>
      (periodic ??= readReportPeriod(summary, document.placeDate?.year ?? null) !== null)
    const span = document.title?.span ?? document.sections[0]!.span
    for (const part of entry[1]) {
      if (
        part.onlyWhenTitle !== undefined &&
        !needlesOf(part.onlyWhenTitle).some((needle) => titleKey.includes(needle))
      )
        continue
      if (part.onlyWhenPeriodic === true && !isPeriodic()) continue
      if (hasPhrase(headings, part.anyOf)) continue
      const example = part.label.charAt(0).toUpperCase() + part.label.slice(1)
      context.report({
        messageId: "missing",
        span,
        data: { kind: document.kind!.name, label: part.label, example }
      })
    }
  }
})
