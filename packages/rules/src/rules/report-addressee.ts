/**
 * `report-addressee`: a report that answers a request (`Theo Công văn số …
 * của Sở X`) is sent to the body that asked: X appears in Kính gửi or in
 * Nơi nhận, under its name or a usual abbreviation (`Sở TT&TT`).
 *
 * A heuristic of practice: Nghị định 30/2020 does not require the
 * requesting body to be an addressee (Phụ lục I, mục II.9 only says what
 * Kính gửi and Nơi nhận list). A Kế hoạch is not a request here: a plan
 * names the body that compiles the reports (`Thực hiện Kế hoạch số … của
 * UBND tỉnh`, reported to the Sở Nội vụ), which need not be its issuer.
 */
import type { Document, LegalCitation } from "@cchc/core"
import { namesBody } from "../internal/body-names.js"
import { looseKey } from "../internal/text.js"
import { defineRule } from "../rule.js"

// The words that make a citation a request being answered, right before it.
const TRIGGER = /(?:^|[\s(])(?:theo|thuc hien|trien khai|tra loi|phuc dap)\s*$/u
const REQUEST_KINDS = new Set(["cong van", "van ban", "thong bao", "giay moi"])
// A plan is carried out, not answered: see the module comment.
const PLAN_KINDS = new Set(["ke hoach"])

// Requests are cited before the first numbered heading of a report.
const openingCitations = (document: Document, text: string): Array<LegalCitation> => {
  const bodyStart = document.body?.span.start.offset ?? 0
  const firstHeading = document.sections[0]?.span.start.offset ?? Number.POSITIVE_INFINITY
  return document.citations.filter((c) => {
    const at = c.span.start.offset
    if (at < bodyStart || at >= firstHeading) return false
    const before = looseKey(text.slice(Math.max(0, at - 30), at))
    if (!TRIGGER.test(before)) return false
    const kind = looseKey(c.kind)
    if (PLAN_KINDS.has(kind)) return false
    return REQUEST_KINDS.has(kind) || looseKey(c.summary ?? "").includes("bao cao")
  })
}

export default defineRule({
  meta: {
    id: "report-addressee",
    description: "A report that answers a request is sent to the requesting body (in Kính gửi or Nơi nhận).",
    category: "recipients",
    appliesTo: ["BC"],
    regimes: ["state"],
    source:
      "practice: NĐ 30/2020 does not require the requesting body as an addressee (Phụ lục I, mục II.9 lists Kính gửi and Nơi nhận only)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      missing: {
        vi: 'Báo cáo trả lời {citation} của {requester} nhưng {requester} không có trong "Kính gửi" hay "Nơi nhận": thêm "- {requester};" vào Nơi nhận.',
        en: 'The report answers {citation} of {requester}, which is in neither Kính gửi nor Nơi nhận: add "- {requester};".'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    notes: [
      "A heuristic of practice: NĐ 30/2020 does not require the requesting body as an addressee. A cited Kế hoạch is not taken as a request, since a plan names the body that compiles the reports (often the Sở Nội vụ)."
    ],
    examples: {
      valid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCông tác tuyên truyền\n\nTheo Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông về việc báo cáo, UBND xã báo cáo như sau:\n\n1. Kết quả\nNội dung./.\n\nNơi nhận:\n- Sở TT&TT;\n- Lưu: VT."
      ],
      invalid: [
        "Số: 05/BC-UBND\n\nBÁO CÁO\nCông tác tuyên truyền\n\nTheo Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông về việc báo cáo, UBND xã báo cáo như sau:\n\n1. Kết quả\nNội dung./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT."
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const requests = openingCitations(document, text)
    if (requests.length === 0)
      return { skip: "not-applicable", reason: "the report does not cite a request it answers" }
    const targets = [...(document.kinhGui?.items ?? []), ...(document.recipients?.items ?? [])].map(
      (i) => i.text
    )
    if (targets.length === 0)
      return { skip: "not-evaluable", reason: "the document has neither Kính gửi nor Nơi nhận" }
    for (const c of requests) {
      const code = c.issuerCode === null ? null : c.issuerCode.split("-")[0]!
      if (c.issuer === null && code === null) continue
      if (targets.some((t) => namesBody(t, c.issuer, code))) continue
      const requester = c.issuer ?? code!
      context.report({ messageId: "missing", span: c.span, data: { citation: c.raw, requester } })
    }
  }
})
