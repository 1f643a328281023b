import { SAMPLE_LETTER, SAMPLE_REPORT } from "../testing/sample-documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./signing-authority.js"

const SIGNATURE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
const withSignature = (lines: string, base = SAMPLE_REPORT) => base.replace(SIGNATURE, lines)
const LETTER_SIGNATURE = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
const letterWith = (lines: string) => SAMPLE_LETTER.replace(LETTER_SIGNATURE, lines)

ruleTester(rule).run({
  valid: [
    SAMPLE_REPORT,
    SAMPLE_LETTER,
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
