import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./end-mark.js"

const LAST = "Trên đây là báo cáo của Sở Nội vụ./."

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    {
      name: "a blank left for the hour in a template",
      text: SAMPLE_REPORT.replace(LAST, "Cuộc họp kết thúc vào … giờ …, ngày …/.")
    }
  ],
  invalid: [
    {
      name: "no end mark after a full stop",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ."),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT
    },
    {
      name: "no end mark and no full stop",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ"),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT
    },
    {
      name: "a stray combining mark after the full stop is taken away with it",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ.\u0323"),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT
    },
    {
      name: "a stray combining mark behind a space goes with the full stop",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ. \u0323"),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT
    },
    {
      name: "a combining mark with text after it on the line is not stray",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ. \u0323x"),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ. \u0323x./.")
    },
    {
      name: "a decomposed last letter keeps its mark before the end mark",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vu\u0323"),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vu\u0323./.")
    },
    {
      name: "spaces inside the mark",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ. /."),
      errors: [{ messageId: "malformed", line: 25, column: 34 }],
      output: SAMPLE_REPORT
    },
    {
      name: "a doubled final dot",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ./.."),
      errors: [{ messageId: "malformed", line: 25, column: 34 }],
      output: SAMPLE_REPORT
    },
    {
      name: "a slash and a dot only",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ/."),
      errors: [{ messageId: "malformed", line: 25 }],
      output: SAMPLE_REPORT
    },
    {
      name: "asterisks after the last sentence are not part of it",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ.**"),
      errors: [{ messageId: "missing", line: 25, column: 34 }],
      output: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ./.**")
    },
    {
      name: "an asterisk inside the last sentence stays",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo * của Sở Nội vụ"),
      errors: [{ messageId: "missing", line: 25, column: 35 }],
      output: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo * của Sở Nội vụ./.")
    },
    {
      name: "a Nơi nhận label left in the body does not take the mark",
      // An authority line between the stray label and the real one, and a
      // title in sentence case, leave the stray label as the body's last line.
      text: SAMPLE_REPORT.replace(
        `${LAST}\n\nNơi nhận:`,
        "Trên đây là báo cáo của Sở Nội vụ.\nNoi nhận\n\nKT. GIÁM ĐỐC\nNơi nhận:"
      ).replace("PHÓ GIÁM ĐỐC", "Phó Giám đốc"),
      errors: [{ messageId: "missing", line: 26 }]
    },
    {
      name: "a last sentence that speaks of a nơi nhận takes the mark",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo gửi các nơi nhận"),
      errors: [{ messageId: "missing", line: 25 }],
      output: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo gửi các nơi nhận./.")
    },
    {
      name: "the last line ends with a colon: no automatic fix",
      text: SAMPLE_REPORT.replace(LAST, "Trên đây là báo cáo của Sở Nội vụ:"),
      errors: [{ messageId: "missing", line: 25 }]
    }
  ]
})
