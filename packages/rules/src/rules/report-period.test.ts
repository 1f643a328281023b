import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./report-period.js"

const report = (period: string, date: string) =>
  SAMPLE_REPORT.replace("quý I năm 2024", period).replace(
    "Quảng Ngãi, ngày 05 tháng 3 năm 2024",
    `Quảng Ngãi, ${date}`
  )

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    { name: "a yearly report in November", text: report("năm 2020", "ngày 20 tháng 11 năm 2020") },
    {
      name: "a yearly report in January of the next year",
      text: report("năm 2020", "ngày 10 tháng 01 năm 2021")
    },
    { name: "a half-year report in June", text: report("6 tháng đầu năm 2024", "ngày 15 tháng 6 năm 2024") },
    {
      name: "a quarter without its year takes the document's",
      text: report("quý II", "ngày 15 tháng 6 năm 2024")
    },
    { name: "a blank day in the right month", text: report("quý I năm 2024", "ngày tháng 3 năm 2024") },
    { name: "a monthly report", text: report("tháng 5 năm 2024", "ngày 28 tháng 5 năm 2024") },
    {
      name: "a report without a period",
      text: SAMPLE_REPORT.replace("quý I năm 2024", "về công tác tuyên truyền")
    }
  ],
  invalid: [
    {
      name: "a quarter that has not started",
      text: report("quý III năm 2024", "ngày 15 tháng 3 năm 2024"),
      errors: [{ messageId: "tooEarly", line: 11 }]
    },
    {
      name: "a yearly report dated in its first months",
      text: report("năm 2024", "ngày 15 tháng 3 năm 2024"),
      errors: [{ messageId: "tooEarly", line: 11 }]
    },
    {
      name: "a report of the wrong year",
      text: report("quý I năm 2023", "ngày 15 tháng 3 năm 2024"),
      errors: [{ messageId: "tooLate", line: 11 }]
    },
    {
      name: "with a tighter grace period",
      text: report("quý I năm 2024", "ngày 20 tháng 4 năm 2024"),
      options: { graceDays: 10 },
      errors: [{ messageId: "tooLate", line: 11 }]
    }
  ]
})
