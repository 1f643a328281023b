// Found by the fuzzer (property fix-no-new-error, seed 5001) on a mutated
// report: a mangled `Noi nhận` line injected into the body, above a list
// of dashed lines, while the foot had its own `Nơi nhận` block. The foot
// search walks up from the bottom over foot-like lines and then, for a
// list whose wrapped item stopped that walk, looks further up for a label;
// it did so even when the walk had already found the label, so a
// label-like line in the body took the foot up to it (in the fuzzer's
// input once a safe fix changed a foot line; in the report below at
// once): the body's dashed paragraphs became the Nơi nhận list, and
// the next pass blamed their errors on an unrelated citation fix. The
// search further up now runs only when the walk found no label.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput, fixToFixedPoint } from "../../fuzz/properties.js"

const REPORT = [
  "BÁO CÁO",
  "Công tác tuyên truyền cải cách hành chính năm 2020",
  "",
  "UBND thành phố đã triển khai thực hiện, như:",
  "Noi nhận",
  "",
  "- Tuyên truyền trên Cổng thông tin điện tử của thành phố.",
  "",
  "- Thực hiện trên 30 tin, bài theo Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ; về dịch vụ",
  "",
  "công trực tuyến của thành phố.",
  "",
  "Trên đây là báo cáo kết quả thực hiện./.",
  "",
  "Nơi nhận",
  "",
  "- Sở TT&TT;",
  "- Lưu: VT.",
  "",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "",
  "Nguyễn Văn Anh"
].join("\n")

describe("a label-like line in the body does not take the foot", () => {
  test("the Nơi nhận block is the one at the bottom, before and after the safe fixes", () => {
    const labelLine = (text: string) => core.parseDocument(text).recipients?.labelSpan.start.line
    expect(labelLine(REPORT)).toBe(15)
    const { output } = fixToFixedPoint({ core, rules }, REPORT)
    expect(output).toContain("Nơi nhận:\n\n- Sở TT&TT;")
    expect(labelLine(output)).toBe(15)
    expect(core.parseDocument(output).recipients?.items.map((i) => i.text)).toEqual(["Sở TT&TT", "Lưu: VT"])
  })

  test("every fix property holds", () => {
    expect(() => checkInput({ core, rules }, REPORT)).not.toThrow()
  })

  test("the input the fuzzer found, minimised, passes every property", () => {
    const text =
      "O\nNoinhận\n- loại về cải cách thủ tục hànhành chính trên môi trường điện tử theo Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ; về triển khai thực hiện tiếp nhận hồ sơ dịch vụ\nNơinhận\nLưu:H"
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })
})
