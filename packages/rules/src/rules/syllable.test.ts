import { describe, expect, test } from "vitest"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./syllable.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc("Cập nhật, niêm yết đầy đủ kịp thời các thủ tục hành chính mới ban hành."),
    {
      name: "old and new tone placement",
      text: doc("Hòa giải, hoà giải; thủy lợi, thuỷ lợi; khỏe, khoẻ; QUÝ, quý.")
    },
    { name: "upper case", text: doc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; BIÊN CHẾ; LUẬT ĐẤT ĐAI") },
    { name: "decomposed (NFD) text", text: doc("Luật Đất đai, hòa giải ở cơ sở.".normalize("NFD")) },
    {
      name: "acronyms and codes",
      text: doc("UBND, HĐND, QĐ-UBND, 05/BC-UBND, TP.HCM, BCHPTDS, Sở TT&TT, đ/c.")
    },
    {
      name: "names of minority places",
      text: doc("UBND tỉnh Đắk Lắk, huyện Krông Búk, xã Ea H'leo, huyện Chư Păh.")
    },
    {
      name: "foreign words and loan words",
      text: doc("Trang Facebook, Zalo, email, website, online; panô, áp phích, kilôgam.")
    },
    { name: "a web address and a file name", text: doc("Xem https://luât.vn/vb và tệp luât.pdf, `luât`.") },
    {
      name: "astral and combining characters",
      text: doc("Ký hiệu 𝐀ấ, 😀ạ và e\u0301\u0323x không làm hỏng việc đọc.")
    },
    { name: "single letters (list items, initials)", text: doc("a) điểm a; b) Nguyễn Văn A; khoản đ.") },
    { name: "an allowed word", text: doc("Đồng bào H'Mông ở bản Sủn Pắk Hấc."), options: { allow: ["hấc"] } }
  ],
  invalid: [
    {
      name: "the real line: luât for luật (a stop coda takes sắc or nặng)",
      text: doc("luât. Trường hợp có khó khăn, vướng mắc trong quá trình thực hiện, đề nghị các"),
      errors: [{ messageId: "toneOnStopCoda", line: 7, column: 1 }]
    },
    {
      name: "capitals: a tone fault is still reported",
      text: doc("THEO LUÂT ĐẤT ĐAI"),
      errors: [{ messageId: "toneOnStopCoda", line: 7, column: 6 }]
    },
    {
      name: "a tone on the u of qu",
      text: doc("Kết qủa thực hiện."),
      errors: [{ messageId: "notASyllable", line: 7, column: 5 }]
    },
    {
      name: "ngh before a, a doubled letter",
      text: doc("Các sở, nghành; các chương trìnhh."),
      errors: [
        { messageId: "notASyllable", line: 7, column: 9 },
        { messageId: "notASyllable", line: 7, column: 28 }
      ]
    },
    {
      name: "decomposed (NFD) text",
      text: doc("theo luât định".normalize("NFD")),
      errors: [{ messageId: "toneOnStopCoda", line: 7, column: 6 }]
    }
  ]
})

const lintBody = (body: string, options = {}) =>
  lintWithRule(rule, HEAD + body, options, DEFAULT_TEST_TODAY).diagnostics

describe("syllable suggestions", () => {
  test("are suggestions in the case of the word, never a safe fix", () => {
    const [d] = lintBody("THEO LUÂT ĐẤT ĐAI")
    expect(d?.fix).toBeNull()
    expect(d?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["LUẤT", "LUẬT", "LUÂN"])
  })

  test("the candidate that keeps the start of the word comes first", () => {
    const [d] = lintBody("Các sở, nghành.")
    expect(d?.suggestions[0]?.edits[0]?.text).toBe("ngành")
  })

  test("a misplaced tone is suggested moved first", () => {
    const [d] = lintBody("Kết qủa thực hiện.")
    expect(d?.suggestions[0]?.edits[0]?.text).toBe("quả")
  })

  test("text hidden inside the word is not edited", () => {
    const [d] = lintBody("theo lu\u200bât định")
    expect(d?.suggestions).toEqual([])
  })
})
