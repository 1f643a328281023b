/**
 * Builds a complete Báo cáo of a UBND xã in code and writes it as .docx,
 * .html, .md and .txt.
 *
 *   npx tsx --tsconfig examples/build-report/tsconfig.json examples/build-report/build-report.ts [out-dir]
 */
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import * as Schema from "effect/Schema"
import { DocumentSpec, parseDocument } from "@cchc/core"
import {
  formatCitation,
  formatMetric,
  recipientsFor,
  renderHtml,
  renderMarkdown,
  renderText,
  signatureForOrThrow
} from "@cchc/format"
import { renderDocx } from "@cchc/format/docx"

const issuer = "Ủy ban nhân dân xã Ba Bích"
const plan = {
  kind: "Kế hoạch",
  number: { sequence: 12, typeCode: "KH", issuerCode: "UBND" },
  date: "2024-01-10",
  issuer,
  summary: "Tuyên truyền cải cách hành chính năm 2024"
}
const nq76 = {
  kind: "Nghị quyết",
  number: "76/NQ-CP",
  date: "2021-07-15",
  issuer: "Chính phủ",
  summary: "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
}

const report: DocumentSpec = {
  kind: "Báo cáo",
  issuer: { name: issuer },
  number: { sequence: 5, issuerCode: "UBND" },
  placeDate: { place: "Ba Bích", day: 15, month: 6, year: 2024 },
  title: { summary: "Kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024" },
  kinhGui: ["Ủy ban nhân dân tỉnh Quảng Ngãi"],
  preamble: [
    `Căn cứ ${formatCitation(plan)};`,
    `${issuer} báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024 như sau:`
  ],
  sections: [
    {
      heading: "Công tác chỉ đạo, điều hành",
      paragraphs: [
        `Thực hiện ${formatCitation(nq76, { form: "short" })}, Ủy ban nhân dân xã đã ban hành ${formatCitation(plan, { form: "reference" })} và phân công công chức phụ trách tuyên truyền tại bộ phận một cửa.`
      ]
    },
    {
      heading: "Kết quả thực hiện",
      children: [
        {
          heading: "Nội dung tuyên truyền",
          paragraphs: [
            "Tập trung tuyên truyền Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, thủ tục hành chính và dịch vụ công trực tuyến."
          ]
        },
        {
          heading: "Hình thức tuyên truyền",
          children: [
            { heading: `Đăng tải ${formatMetric(36, "tin, bài")} trên trang thông tin điện tử của xã;` },
            {
              heading: `Phát ${formatMetric(120, "lượt tin")} trên hệ thống truyền thanh cơ sở, thời lượng ${formatMetric(15, "phút", { per: "chương trình" })};`
            },
            {
              heading: `Tổ chức ${formatMetric(3, "hội nghị", { pad: true })} với ${formatMetric(250, "lượt người", { qualifier: "over" })} tham dự.`
            }
          ]
        }
      ]
    },
    {
      heading: "Đánh giá chung",
      paragraphs: [
        "Công tác tuyên truyền được triển khai kịp thời, đúng kế hoạch; hình thức tuyên truyền còn ít đổi mới, chưa thu hút người dân tham gia."
      ]
    },
    {
      heading: "Phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
      paragraphs: [
        "Tiếp tục đổi mới hình thức tuyên truyền, tăng cường tuyên truyền trên mạng xã hội và tại bộ phận một cửa."
      ]
    }
  ],
  closing: `Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024 của ${issuer}.`,
  // A deputy chairman signs for a collective body: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.
  signature: signatureForOrThrow({ issuer, signer: "Phạm Văn Mạnh", role: "deputy" }),
  recipients: recipientsFor({
    kind: "Báo cáo",
    issuer,
    requestedBy: "Sở Nội vụ tỉnh Quảng Ngãi",
    others: [{ text: "Thường trực Đảng ủy xã", purpose: "để b/c" }],
    draftingUnit: "VP"
  })
}

// The spec is the JSON contract: it decodes as `cchc render SPEC.json` would read it.
Schema.decodeUnknownSync(DocumentSpec)(JSON.parse(JSON.stringify(report)))

const out = process.argv[2] ?? join(import.meta.dirname, "output")
await mkdir(out, { recursive: true })
await writeFile(join(out, "bao-cao.json"), `${JSON.stringify(report, null, 2)}\n`)
await writeFile(join(out, "bao-cao.txt"), renderText(report))
await writeFile(join(out, "bao-cao.md"), renderMarkdown(report))
await writeFile(join(out, "bao-cao.html"), renderHtml(report))
await writeFile(join(out, "bao-cao.docx"), await renderDocx(report))

const parsed = parseDocument(renderText(report))
console.log(`${parsed.kind?.name} ${parsed.number?.raw} — ${parsed.placeDate?.raw}`)
console.log(`written to ${out}: bao-cao.{json,txt,md,html,docx}`)
