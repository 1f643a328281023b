import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./title.js"

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    {
      name: "a giấy giới thiệu has no trích yếu",
      text: SAMPLE_REPORT.replace(
        "BÁO CÁO\nCông tác tuyên truyền cải cách hành chính quý I năm 2024\n",
        "GIẤY GIỚI THIỆU\n"
      ).replace("05/BC-SNV", "05/GGT-SNV")
    },
    {
      name: "a summary over two lines",
      text: SAMPLE_REPORT.replace("cải cách hành chính quý I", "cải cách\nhành chính quý I")
    }
  ],
  invalid: [
    {
      name: "no type name or summary",
      text: SAMPLE_REPORT.replace("BÁO CÁO\nCông tác tuyên truyền cải cách hành chính quý I năm 2024\n", ""),
      errors: [{ messageId: "missing", line: 3 }]
    },
    {
      name: "type name in normal case",
      text: SAMPLE_REPORT.replace("BÁO CÁO\n", "Báo cáo\n"),
      errors: [{ messageId: "nameCase", line: 10, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "type name in normal case and no summary: both judged before the fix",
      text: SAMPLE_REPORT.replace(
        "BÁO CÁO\nCông tác tuyên truyền cải cách hành chính quý I năm 2024\n",
        "Báo cáo\n"
      ),
      errors: [
        { messageId: "nameCase", line: 10 },
        { messageId: "summaryMissing", line: 10 }
      ],
      output: SAMPLE_REPORT.replace("Công tác tuyên truyền cải cách hành chính quý I năm 2024\n", "")
    },
    {
      name: "no summary under the type name",
      text: SAMPLE_REPORT.replace("Công tác tuyên truyền cải cách hành chính quý I năm 2024\n", ""),
      errors: [{ messageId: "summaryMissing", line: 10 }]
    },
    {
      name: "summary in upper case",
      text: SAMPLE_REPORT.replace(
        "Công tác tuyên truyền cải cách hành chính quý I năm 2024",
        "CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2024"
      ),
      errors: [{ messageId: "summaryUpperCase", line: 11 }]
    },
    {
      name: "a công văn headed CÔNG VĂN",
      text: SAMPLE_LETTER.replace("V/v báo cáo công tác tuyên truyền\n", "").replace(
        "Ba Bích, ngày 20 tháng 01 năm 2024\n",
        "Ba Bích, ngày 20 tháng 01 năm 2024\n\nCÔNG VĂN\nBáo cáo công tác tuyên truyền\n"
      ),
      errors: [{ messageId: "congVanHeading", line: 10 }]
    },
    {
      name: "a công văn without V/v",
      text: SAMPLE_LETTER.replace("V/v báo cáo công tác tuyên truyền\n", ""),
      errors: [{ messageId: "vvMissing", line: 3 }]
    },
    {
      name: "a công văn whose summary has no V/v (cv07: *Về hướng dẫn đánh giá …*)",
      text: SAMPLE_LETTER.replace(
        "V/v báo cáo công tác tuyên truyền",
        "*Về hướng dẫn đánh giá, xếp loại trung tâm*"
      ),
      errors: [{ messageId: "vvPrefixMissing", line: 4, column: 2 }]
    },
    {
      name: "a V/v summary ending with a full stop (cv03, line 12)",
      text: SAMPLE_LETTER.replace(
        "V/v báo cáo công tác tuyên truyền",
        "*V/v báo cáo công tác tuyên truyền.*"
      ),
      errors: [{ messageId: "summaryPeriod", line: 4 }],
      output: SAMPLE_LETTER.replace(
        "V/v báo cáo công tác tuyên truyền",
        "*V/v báo cáo công tác tuyên truyền*"
      )
    },
    {
      name: "V/V with a colon",
      text: SAMPLE_LETTER.replace("V/v báo cáo", "V/V: báo cáo"),
      errors: [{ messageId: "vvForm", line: 4, column: 1 }],
      output: SAMPLE_LETTER
    },
    {
      name: "Về việc instead of V/v",
      text: SAMPLE_LETTER.replace("V/v báo cáo", "Về việc báo cáo"),
      errors: [{ messageId: "vvForm", line: 4 }],
      output: SAMPLE_LETTER
    }
  ]
})
