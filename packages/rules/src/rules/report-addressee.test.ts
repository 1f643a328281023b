import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./report-addressee.js"

const REQUEST =
  "Theo Công văn số 1175/STTTT-TTBCXB ngày 09/11/2020 của Sở Thông tin và Truyền thông Quảng Ngãi về việc báo cáo công tác tuyên truyền, Sở Nội vụ báo cáo như sau:"
const answering = SAMPLE_REPORT.replace(/^Thực hiện Kế hoạch.*$/mu, REQUEST)

ruleTester(rule).run({
  valid: [
    { name: "a report that answers no request", text: SAMPLE_REPORT },
    {
      name: "the requester abbreviated in Nơi nhận",
      text: answering.replace("- Sở Tư pháp;", "- Sở TT&TT;")
    },
    {
      name: "the requester with its place word",
      text: answering.replace("- Sở Tư pháp;", "- Sở Thông tin và Truyền thông tỉnh;")
    },
    {
      name: "the requester in Kính gửi",
      text: answering.replace(
        "quý I năm 2024\n",
        "quý I năm 2024\n\nKính gửi: Sở Thông tin và Truyền thông\n"
      )
    },
    {
      // The opening of a CCHC report sent to the Sở Nội vụ, which compiles
      // the reports the provincial plan asks for: the plan is not a request
      // to its issuer.
      name: "a report implementing a provincial plan, sent to the Sở Nội vụ",
      text: SAMPLE_REPORT.replace(
        /^Thực hiện Kế hoạch.*$/mu,
        "Thực hiện Kế hoạch số 35/KH-UBND ngày 09/01/2024 của UBND tỉnh Quảng Ngãi về cải cách hành chính năm 2024, Phòng Văn hóa báo cáo như sau:"
      )
        .replace("- UBND tỉnh;\n", "")
        .replace("- Sở Tư pháp;", "- Sở Nội vụ;")
    },
    {
      name: "a plan cited in a section is not a request",
      text: SAMPLE_REPORT.replace(
        "Sở đã ban hành kế hoạch tuyên truyền.",
        "Thực hiện Công văn số 10/SNgV-VP ngày 02/01/2024 của Sở Ngoại vụ về việc báo cáo."
      )
    }
  ],
  invalid: [
    {
      name: "the requester is not a recipient",
      text: answering,
      errors: [{ messageId: "missing", line: 13, column: 6 }]
    },
    {
      name: "a request next to a plan still needs its requester",
      text: answering.replace(
        "Sở Nội vụ báo cáo như sau:",
        "thực hiện Kế hoạch số 35/KH-UBND ngày 09/01/2024 của UBND tỉnh, Sở Nội vụ báo cáo như sau:"
      ),
      errors: [{ messageId: "missing", line: 13, column: 6 }]
    },
    {
      name: "the requester known only by its code",
      text: answering.replace(" của Sở Thông tin và Truyền thông Quảng Ngãi", ""),
      errors: [{ messageId: "missing", line: 13 }]
    }
  ]
})
