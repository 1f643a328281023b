import { ruleTester } from "../testing/rule-tester.js"
import { FORMATTED_REPORT, lineOf, withLook } from "../testing/formatted-sample.js"
import rule from "./layout-national-header.js"

ruleTester(rule).run({
  valid: [
    FORMATTED_REPORT,
    {
      name: "Quốc hiệu in 13 pt and Tiêu ngữ in 14 pt",
      text: withLook(
        "Độc lập - Tự do - Hạnh phúc",
        "14 b center",
        withLook("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "13 b center")
      )
    }
  ],
  invalid: [
    {
      name: "Quốc hiệu not bold and in 14 pt",
      text: withLook("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "14 center"),
      errors: [{ messageId: "typography", line: lineOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") }]
    },
    {
      name: "Tiêu ngữ in italic",
      text: withLook("Độc lập - Tự do - Hạnh phúc", "13 b i center"),
      errors: [{ messageId: "typography", line: lineOf("Độc lập - Tự do - Hạnh phúc") }]
    },
    {
      name: "a profile that narrows Quốc hiệu to 13 pt",
      text: FORMATTED_REPORT,
      options: { countrySize: { min: 13 } },
      errors: [{ messageId: "typography", line: lineOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") }]
    }
  ]
})
