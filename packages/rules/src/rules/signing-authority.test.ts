import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./signing-authority.js"

const SIGNATURE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
const withSignature = (lines: string, base = SAMPLE_REPORT) => base.replace(SIGNATURE, lines)
const LETTER_SIGNATURE = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
const letterWith = (lines: string) => SAMPLE_LETTER.replace(LETTER_SIGNATURE, lines)

// A Quyết định of the Chủ tịch (Mẫu 1.2): the authority line is line 12,
// the chain starts on line 23.
const DECISION = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH QUẢNG NGÃI",
  "Số: 12/QĐ-UBND",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "Quảng Ngãi, ngày 05 tháng 3 năm 2024",
  "",
  "QUYẾT ĐỊNH",
  "Về việc ban hành Quy chế làm việc của Trung tâm Phục vụ hành chính công tỉnh",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
  "",
  "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 20 tháng 02 năm 2024.",
  "",
  "QUYẾT ĐỊNH:",
  "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
  "Điều 2. Quyết định này có hiệu lực từ ngày ký./.",
  "",
  "Nơi nhận:",
  "- Như Điều 2;",
  "- Lưu: VT, NC.",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "",
  "Trần Phước Hiền"
].join("\n")
const COLLECTIVE_DECISION = DECISION.replace(
  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
  "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
).replace("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH")

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
    { name: "a decision of the Chủ tịch signed KT. CHỦ TỊCH", text: DECISION },
    { name: "a decision of the Ủy ban signed TM. ỦY BAN NHÂN DÂN", text: COLLECTIVE_DECISION },
    {
      name: "a decision of the Chủ tịch signed by the Chủ tịch",
      text: DECISION.replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "CHỦ TỊCH")
    },
    { name: "the head of a Sở signs directly", text: withSignature("GIÁM ĐỐC") },
    { name: "collective with a deputy", text: letterWith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") },
    {
      name: "thừa lệnh with the office's deputy",
      text: letterWith("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG")
    },
    { name: "thừa ủy quyền", text: withSignature("TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ") },
    { name: "acting head", text: withSignature("Q. GIÁM ĐỐC") },
    {
      name: "a ministry",
      text: withSignature("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG").replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "BỘ NỘI VỤ")
    },
    {
      name: "no issuer header: the chain alone is judged",
      text: withSignature("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").replace("UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\n", "")
    }
  ],
  invalid: [
    {
      name: "prefix without its dot",
      text: withSignature("KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
      errors: [{ messageId: "prefixForm", line: 32, column: 1 }],
      output: SAMPLE_REPORT
    },
    {
      name: "party-style prefix on a state document",
      text: withSignature("K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
      errors: [{ messageId: "prefixForm", line: 32 }],
      output: SAMPLE_REPORT
    },
    {
      name: "TM. before a title",
      text: letterWith("TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
      errors: [
        { messageId: "tmBeforeTitle", line: 19 },
        { messageId: "deputyWithoutKt", line: 20 }
      ]
    },
    {
      name: "a decision of the Chủ tịch signed TM. ỦY BAN NHÂN DÂN",
      text: DECISION.replace("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"),
      errors: [{ messageId: "authorityHeadSignedTm", line: 23 }]
    },
    {
      // As the web copies print it (qd02 of the real corpus).
      name: "the authority line in bold, and the chain disagreeing",
      text: DECISION.replace(
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**"
      ).replace("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"),
      errors: [{ messageId: "authorityHeadSignedTm", line: 23 }]
    },
    {
      name: "a decision of the Ủy ban signed KT. CHỦ TỊCH without TM.",
      text: COLLECTIVE_DECISION.replace("TM. ỦY BAN NHÂN DÂN\n", ""),
      errors: [{ messageId: "authorityCollectiveWithoutTm", line: 23 }]
    },
    {
      name: "a deputy in charge signs with an unofficial title",
      text: withSignature("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC PHỤ TRÁCH"),
      errors: [{ messageId: "unofficialTitle", line: 33 }]
    },
    {
      name: "TM. for a Sở",
      text: withSignature("TM. SỞ NỘI VỤ\nGIÁM ĐỐC"),
      errors: [{ messageId: "tmNotCollective", line: 32 }]
    },
    {
      name: "TM. of another collective than the issuer",
      text: letterWith("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH"),
      errors: [{ messageId: "tmMismatch", line: 19 }]
    },
    {
      name: "KT. before a body",
      text: letterWith("KT. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH"),
      errors: [{ messageId: "prefixBeforeBody", line: 19 }]
    },
    {
      name: "the deputy's title after KT.",
      text: withSignature("KT. PHÓ GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
      errors: [{ messageId: "ktDeputyTitle", line: 32 }]
    },
    {
      name: "the head's title under KT.",
      text: withSignature("KT. GIÁM ĐỐC\nGIÁM ĐỐC"),
      errors: [{ messageId: "ktHeadSigns", line: 33 }]
    },
    {
      name: "a deputy without KT.",
      text: withSignature("PHÓ GIÁM ĐỐC"),
      errors: [{ messageId: "deputyWithoutKt", line: 32 }]
    },
    {
      name: "re-delegation after TUQ.",
      text: withSignature("TUQ. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG"),
      errors: [{ messageId: "tuqThenKt", line: 33 }]
    },
    {
      name: "the head of another kind of body",
      text: withSignature("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
      errors: [{ messageId: "headMismatch", line: 32 }]
    },
    {
      name: "a line in normal case gets the same verdict as in upper case",
      text: letterWith("TM. Chủ tịch\nPHÓ CHỦ TỊCH"),
      errors: [
        { messageId: "notUpperCase", line: 19 },
        { messageId: "tmBeforeTitle", line: 19 },
        { messageId: "deputyWithoutKt", line: 20 }
      ],
      output: letterWith("TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    },
    {
      name: "authority lines in normal case",
      text: withSignature("KT. Giám đốc\nPhó Giám đốc"),
      errors: [
        { messageId: "notUpperCase", line: 32, column: 1 },
        { messageId: "notUpperCase", line: 33, column: 1 }
      ],
      output: SAMPLE_REPORT
    }
  ]
})

describe("signing-authority messages", () => {
  const messages = (text: string) =>
    lintWithRule(rule, text, undefined, DEFAULT_TEST_TODAY).diagnostics.map((d) => d.message)

  test("TM. BAN GIÁM ĐỐC of a Sở is advised the Sở's head, not TRƯỞNG BAN", () => {
    const [message] = messages(withSignature("TM. BAN GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"))
    expect(message).toContain('"KT. GIÁM ĐỐC"')
    expect(message).not.toContain("TRƯỞNG BAN")
  })

  test("re-delegation cites Điều 13 khoản 3", () => {
    const found = messages(withSignature("TUQ. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG"))
    expect(found.some((m) => m.includes("Điều 13 khoản 3"))).toBe(true)
  })

  test("the deputy in charge is told the official title", () => {
    const [message] = messages(withSignature("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC PHỤ TRÁCH"))
    expect(message).toContain('"KT. GIÁM ĐỐC"')
    expect(message).toContain('"PHÓ GIÁM ĐỐC"')
  })
})
