import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./place-date.js"

const withDate = (line: string, base = SAMPLE_REPORT) => base.replace(/^Quảng Ngãi, ngày .*$/mu, line)

ruleTester(rule, { today: "2024-06-30" }).run({
  valid: [
    SAMPLE_REPORT,
    { name: "padded month 01", text: SAMPLE_LETTER },
    { name: "two-digit day and month", text: withDate("Quảng Ngãi, ngày 31 tháng 12 năm 2023") },
    { name: "padded month 02", text: withDate("Hà Nội, ngày 29 tháng 02 năm 2024") },
    { name: "dated today", text: withDate("Quảng Ngãi, ngày 30 tháng 6 năm 2024") },
    {
      name: "a biên bản has no date line",
      text: SAMPLE_REPORT.replace(/^Quảng Ngãi, ngày .*\n/mu, "")
        .replace("BÁO CÁO", "BIÊN BẢN")
        .replace("05/BC-SNV", "05/BB-SNV")
    }
  ],
  invalid: [
    {
      name: "no date line",
      text: SAMPLE_REPORT.replace(/^Quảng Ngãi, ngày .*\n/mu, ""),
      errors: [{ messageId: "missing", line: 3 }]
    },
    {
      name: "month 3 padded (tháng 03)",
      text: withDate("Quảng Ngãi, ngày 05 tháng 03 năm 2024"),
      errors: [{ messageId: "monthPadded", line: 8, column: 27 }],
      output: SAMPLE_REPORT
    },
    {
      name: "day 5 unpadded",
      text: withDate("Quảng Ngãi, ngày 5 tháng 3 năm 2024"),
      errors: [{ messageId: "dayUnpadded", line: 8, column: 18 }],
      output: SAMPLE_REPORT
    },
    {
      name: "month 1 unpadded",
      text: withDate("Ba Bích, ngày 20 tháng 1 năm 2024", SAMPLE_LETTER).replace(
        "Ba Bích, ngày 20 tháng 01 năm 2024",
        "Ba Bích, ngày 20 tháng 1 năm 2024"
      ),
      errors: [{ messageId: "monthUnpadded", line: 9, column: 24 }],
      output: SAMPLE_LETTER
    },
    {
      name: "blank day in a draft",
      text: withDate("Quảng Ngãi, ngày    tháng 3 năm 2024"),
      errors: [{ messageId: "draft", line: 8, column: 1 }]
    },
    {
      name: "blank day and padded month (both reported)",
      text: withDate("Ba Bích, ngày tháng 03 năm 2024"),
      errors: [
        { messageId: "draft", line: 8 },
        { messageId: "monthPadded", line: 8, column: 21 }
      ],
      output: withDate("Ba Bích, ngày tháng 3 năm 2024")
    },
    {
      name: "30 February",
      text: withDate("Quảng Ngãi, ngày 30 tháng 02 năm 2024"),
      errors: [{ messageId: "invalidDate", line: 8 }]
    },
    {
      name: "month 13",
      text: withDate("Quảng Ngãi, ngày 10 tháng 13 năm 2024"),
      errors: [{ messageId: "invalidDate", line: 8 }]
    },
    {
      name: "later than today",
      text: withDate("Quảng Ngãi, ngày 01 tháng 7 năm 2024"),
      errors: [{ messageId: "future", line: 8 }]
    },
    {
      name: "a blank day in a month after today",
      text: withDate("Quảng Ngãi, ngày tháng 8 năm 2024"),
      errors: [
        { messageId: "draft", line: 8 },
        { messageId: "future", line: 8 }
      ]
    },
    {
      name: "no comma after the place",
      text: withDate("Quảng Ngãi ngày 05 tháng 3 năm 2024"),
      errors: [{ messageId: "comma", line: 8 }],
      output: SAMPLE_REPORT
    },
    {
      name: "no place",
      text: withDate("ngày 05 tháng 3 năm 2024"),
      errors: [{ messageId: "missingPlace", line: 8 }]
    },
    {
      name: "abbreviated place",
      text: withDate("TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2024"),
      errors: [{ messageId: "placeAbbreviated", line: 8, column: 1 }]
    },
    {
      name: "abbreviated place, spaces before the day",
      text: withDate("TP. Hồ Chí Minh, ngày   05 tháng 3 năm 2024"),
      errors: [{ messageId: "placeAbbreviated", line: 8, column: 1 }]
    },
    {
      name: "abbreviated place, the day left blank",
      text: withDate("TX Đức Phổ, ngày ... tháng 3 năm 2024"),
      errors: [{ messageId: "placeAbbreviated", line: 8, column: 1 }]
    },
    {
      name: "abbreviated place, day and month left blank",
      text: withDate("Tp.Hồ Chí Minh, ngày  …  tháng  năm 2024"),
      errors: [{ messageId: "placeAbbreviated", line: 8, column: 1 }]
    },
    {
      name: "a day of three digits is no date line",
      text: withDate("TP. Hồ Chí Minh, ngày 123 tháng 3 năm 2024"),
      errors: [{ messageId: "missing", line: 3, column: 1 }]
    }
  ]
})
