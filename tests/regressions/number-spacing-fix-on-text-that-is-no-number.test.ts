// Found by the fuzzer (property fix-no-new-error, seed 3002) on a mutated
// công văn whose number line became `So- Như trên;̂́: 2231/UBND-NC` (a
// Nơi nhận item and two stray combining marks spliced into it). The rule
// read `- Như` as a number with spaces in it and offered the safe fix
// `-Như`; once applied, the line is no number at all and
// `document-number/missing` appears on the text the fix wrote. A spacing
// fix is offered only when the closed-up text reads as a number.
import * as core from "@cchc/core"
import * as rules from "@cchc/rules"
import { describe, expect, test } from "vitest"
import { checkInput } from "../../fuzz/properties.js"

const config = { extends: "recommended" as const, today: "2026-11-23" }
const found =
  "ỦY BAN NHÂN DÂN\r\nTỈNH QUẢNG NGÃI\r\nBÁO CÁO\r\n\r\n\r\nSo- Như trên;̂́: 2231/UBND-NC\r\nHà Nội, ngày 05 tháng 01 năm 2020\r\nKT. CHỦ TỊCH\r\nV/v báo cáo tình hình cung cấp dịch vụ công trực tuyến\r\n\r\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc\r\n\r\nQuảng Ngãi, ngày 14 tháng 10 năm 2026\r\n\r\nKính gửi:\r\n- Các sở, ban, ngành tỉnh;\r\n- Ủy ban nhân dân các xã, phường, đặc khu.\r\n\r\nThực hiện Công văn số 4512/BNV-CCHC ngày 02/10/2026 của Bộ Nội vụ, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị báo cáo tình hình cung cấp dịch vụ công trực tuyến 9 tháng năm 2026, gửi về Sở Nội vụ trước ngày 25/10/2026 để tổng hợp.\r\n\r\nTrong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Sở Nội vụ để được hướng dẫn.\r\n\r\n\r\nNơi nhận:\r\n- Như trên;\r\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\r\n- Sở Nội vụ;\r\n- Lưu: VT, NC.\r\n\r\nKT. PHÓ CHỦ TỊCH\r\nPHÓ CHỦ TỊCH\r\n\r\nNguyễn Văn Minh\r\n"

describe("a spacing fix is offered only for text that closes up into a number", () => {
  test("no spacing finding on text that closes up into no number", () => {
    const ids = rules
      .lint("Số: - Như trên\nBÁO CÁO\nCông tác", config)
      .diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)
    expect(ids).not.toContain("document-number/spacing")
  })

  test("a spaced number still gets its fix", () => {
    const result = rules.lint("Số: 05/ BC - SNV\nBÁO CÁO\nCông tác", config)
    expect(rules.applyFixes("Số: 05/ BC - SNV\nBÁO CÁO\nCông tác", result.diagnostics).output).toContain(
      "Số: 05/BC-SNV"
    )
  })

  test("every fix property holds on the input the fuzzer found", () => {
    expect(() => checkInput({ core, rules }, found)).not.toThrow()
  })
})
