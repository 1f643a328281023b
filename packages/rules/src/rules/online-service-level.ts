/**
 * `online-service-level`: a report or plan of 2025 or later does not class
 * online public services by the old "mức độ 3" / "mức độ 4" levels. Nghị
 * định 42/2022/NĐ-CP classes them as toàn trình (whole process online) or
 * một phần (partly online) [secondary: rule-pack corrections d.9]; the old
 * words stay a cue of the online-services indicator, and this rule only
 * gives a hint. Judged by the document's own date, so older documents keep
 * the words of their time.
 */
import { describeDocumentDate, documentDateRange } from "../internal/document-date.js"
import { defineRule } from "../rule.js"

interface Options {
  /** The first day (`YYYY-MM-DD`) from which the old levels are hinted at. */
  readonly from: string
}

// `mức độ 3`, `mức độ 4`, `mức độ ba`, `mức độ bốn`, whole words. One fixed
// run of spaces between fixed words: nothing to backtrack over.
const LEVEL_RE = /(?<![\p{L}\p{N}])mức[ \t]+độ[ \t]+(3|4|ba|bốn)(?![\p{L}\p{N}])/giu

// The old levels named online public services: the words just before say so.
const ONLINE_SERVICE_CUE = /dịch vụ công|dvc|trực tuyến|thủ tục hành chính|tthc/iu

// How far before the level its cue may be (a wrapped line counts as one).
const CUE_WINDOW = 80

export default defineRule<Options>({
  meta: {
    id: "online-service-level",
    description:
      'A report or plan of 2025 or later names online public services "toàn trình" or "một phần", not by the old "mức độ 3, 4" (hint).',
    category: "era",
    appliesTo: ["BC", "KH"],
    regimes: ["state", "normative", "socio-political", "specialised"],
    source:
      "Nghị định 42/2022/NĐ-CP (dịch vụ công trực tuyến toàn trình / một phần) [secondary: rule-pack corrections d.9]",
    presets: { recommended: "info" },
    fixable: "none",
    messages: {
      obsoleteLevel: {
        vi: 'Từ Nghị định 42/2022/NĐ-CP, dịch vụ công trực tuyến được phân thành "toàn trình" và "một phần", không còn "{actual}": văn bản ngày {date} nên dùng cách phân loại hiện hành (nguồn thứ cấp, cần đối chiếu).',
        en: 'Since Decree 42/2022/NĐ-CP online public services are "toàn trình" (whole process) or "một phần" (partial), not "{actual}": a document dated {date} uses the current classes (secondary source, to be checked).'
      }
    },
    defaultOptions: { from: "2025-01-01" },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { from: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } }
    },
    examples: {
      valid: [
        "Số: 05/BC-UBND\nBa Bích, ngày 15 tháng 3 năm 2025\n\nBÁO CÁO\nKết quả cải cách hành chính quý I năm 2025\n\nCung cấp 120 dịch vụ công trực tuyến toàn trình./."
      ],
      invalid: [
        "Số: 05/BC-UBND\nBa Bích, ngày 15 tháng 3 năm 2025\n\nBÁO CÁO\nKết quả cải cách hành chính quý I năm 2025\n\nCung cấp 120 dịch vụ công trực tuyến mức độ 4./."
      ]
    }
  },
  check: (context) => {
    const { document, options, text } = context
    const body = document.body
    if (body === null) return { skip: "not-evaluable", reason: "the document has no body" }
    const range = documentDateRange(document)
    if (range === null) return { skip: "not-evaluable", reason: "the document has no readable date" }
    // With a blank day or month, only a period wholly after the change counts.
    if (range.earliest < options.from) return
    const start = body.span.start.offset
    const bodyText = text.slice(start, body.span.end.offset)
    let described: string | undefined
    LEVEL_RE.lastIndex = 0
    for (let m = LEVEL_RE.exec(bodyText); m !== null; m = LEVEL_RE.exec(bodyText)) {
      const before = bodyText.slice(Math.max(0, m.index - CUE_WINDOW), m.index).replace(/\s+/g, " ")
      if (!ONLINE_SERVICE_CUE.test(before)) continue
      described ??= describeDocumentDate(document, range)
      context.report({
        messageId: "obsoleteLevel",
        span: context.span(start + m.index, start + m.index + m[0].length),
        data: { actual: m[0], date: described }
      })
    }
  }
})
