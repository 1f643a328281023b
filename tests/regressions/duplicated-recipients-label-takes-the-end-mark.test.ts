// Found by the fuzzer (property fix-no-new-error, seed 3001) on a mutated
// Công văn whose foot has a mangled copy of the Nơi nhận label above the
// real one, with a blank line between (`Noi nhận`, ``, `Nơi nhận:`), and
// a signature line the foot search does not take (`KT. PHÓ ngày …`). The
// foot was found from the last label up to the blank line above it, so
// the stray label was read as the body's last line: end-mark/missing put
// `./.` after it (`Nơi nhận:./.` once the label fix ran), and the next
// pass read that line as the label of an empty list and reported
// recipients/archiveMissing, an error, on the text the fixes wrote. A Nơi
// nhận label, in any spelling, is never a sentence of the body: a run of
// labels separated only by blank lines opens the foot at its first label,
// the list belongs to the label right above it, and the end mark goes
// after the body's real last sentence.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput, fixToFixedPoint } from "../../fuzz/properties.js"

const LAST = "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Sở Nội vụ để được hướng dẫn."

const letter = (eol: string): string =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG NGÃI",
    "Số: 2231/UBND-NC",
    "V/v báo cáo tình hình cung cấp dịch vụ công trực tuyến",
    "",
    "Kính gửi: Các sở, ban, ngành tỉnh",
    "",
    LAST,
    "Noi nhận",
    "",
    "Nơi nhận:",
    "- Như trên;",
    "- Sở Nội vụ;",
    "- Lưu: VT, NC.",
    "",
    "KT. PHÓ ngày … tháng … năm …CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "",
    "Nguyễn Văn Minh",
    ""
  ].join(eol)

const fixAll = (text: string): string => fixToFixedPoint({ core, rules }, text).output

describe("a Nơi nhận label repeated above the real one", () => {
  for (const [name, eol] of [
    ["LF", "\n"],
    ["CR CR LF", "\r\r\n"]
  ] as const) {
    test(`is not the body's last line (${name})`, () => {
      const d = core.parseDocument(letter(eol))
      expect(d.body?.raw.endsWith(LAST)).toBe(true)
      expect(d.recipients?.label).toBe("Nơi nhận:")
      expect(d.recipients?.items.map((i) => i.text)).toEqual(["Như trên", "Sở Nội vụ", "Lưu: VT, NC"])
      expect(d.recipients?.archive?.units).toEqual(["VT", "NC"])
    })

    test(`does not take the end mark (${name})`, () => {
      const fixed = fixAll(letter(eol))
      expect(fixed).toContain(`${LAST.slice(0, -1)}./.${eol}Noi nhận${eol}`)
      expect(fixed).not.toMatch(/nhận:?\.\/\./u)
    })

    test(`every fix property holds (${name})`, () => {
      expect(() => checkInput({ core, rules }, letter(eol))).not.toThrow()
    })
  }

  test("the input the fuzzer found passes every property", () => {
    const text =
      "\r\rỦY BAN NHÂN DÂN\r\r\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\r\r\tĐộc lập - Tự do - Hạnh phúc\nSố: 2231/UBND-NC\r\r\tQuảng Ngãi, ngày 14 tháng 10 năm 2026\nV/v báo cáo tình hình cung cấp dịch vụ công trực tuyến\n\r\r\nKính gửi:\r\r\n- Các sở, ban, ngành tỉnh;\r\r\n- Ủy ban nhân dân các xã, phường, đặc khu.\r\r\n\r\r\nThực hiện Công văn số 4512/BNV-CCHC ngày 02/10/2026 của Bộ Nội vụ, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị báo cáo tình hình cung cấp dịch vụ công trực tuyến 9 tháng năm 2026, gửi về Sở Nội vụ trước ngày 25/10/2026 để tổng hợp.\r\r\n\r\r\nTrong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Sở Nội vụ để được hướng dẫn.\r\r\nNoi nhận\r\r\n\r\r\nNơi nhận:\r\r\n- Như trên;\r\r\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\r\r\n- Sở Nội vụ;\r\r\n- Lưu: VT, NC.\r\r\n\r\r\nKT. PHÓ ngày … tháng … năm …CHỦ TỊCH\r\r\nPHÓ CHỦ TỊCH\r\r\n\r\r\nNguyễn Văn Minh\r\r\n"
    expect(() => checkInput({ core, rules }, text)).not.toThrow()
  })
})
