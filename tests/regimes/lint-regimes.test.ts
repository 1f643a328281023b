// Each document is judged by the rules of its regime only; the rules of
// other regimes are skipped as not-applicable, with the reason
// (rule-pack-corrections (a), b.1, b.2, b.4, b.5, b.7, b.8, b.13–b.15,
// c.2, c.3, h.1).
import { parseDocument, type RegimeKindName } from "@cchc/core"
import { ALL_RULES, applyFixes, lint, type LintConfig } from "@cchc/rules"
import { describe, expect, test } from "vitest"
import * as D from "./documents.js"

const TODAY = "2026-03-01"
const REGIMES_BY_RULE = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.regimes] as const))
const run = (text: string, config: LintConfig = { extends: "all" }) => lint(text, { today: TODAY, ...config })
const ids = (text: string, config?: LintConfig) =>
  run(text, config).diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)

const DOCUMENTS: ReadonlyArray<readonly [string, string, ReadonlyArray<RegimeKindName>]> = [
  ["PARTY_RESOLUTION", D.PARTY_RESOLUTION, ["party"]],
  ["PARTY_REPORT", D.PARTY_REPORT, ["party"]],
  ["DECREE", D.DECREE, ["normative"]],
  ["UBTVQH_RESOLUTION", D.UBTVQH_RESOLUTION, ["national-assembly"]],
  ["FRONT_REPORT", D.FRONT_REPORT, ["socio-political"]],
  ["UNION_REPORT", D.UNION_REPORT, ["socio-political"]],
  ["INSPECTION_CONCLUSION", D.INSPECTION_CONCLUSION, ["specialised"]],
  ["DECISION_WITH_COPY", D.DECISION_WITH_COPY, ["copy", "state"]]
]

describe("no rule of another regime reports", () => {
  test.each(DOCUMENTS)("%s", (_, text, regimes) => {
    const result = run(text)
    for (const d of result.diagnostics) {
      const declared = REGIMES_BY_RULE.get(d.ruleId) ?? []
      expect(
        regimes.some((r) => declared.includes(r)),
        `${d.ruleId}/${d.messageId}`
      ).toBe(true)
    }
    // Every rule of the pack that does not govern the regime is listed as
    // not applicable, naming the regime: the coverage report stays honest.
    for (const rule of ALL_RULES) {
      if (regimes.some((r) => rule.meta.regimes.includes(r))) continue
      const skip = result.skipped.find((s) => s.ruleId === rule.meta.id)
      expect(skip, rule.meta.id).toMatchObject({ skip: "not-applicable" })
      expect(skip!.reason).toContain(`${regimes[0]} regime`)
    }
  })

  // The regimes that no rule with a fix governs: `--fix` must leave their
  // documents byte-identical (a.1, c.2, c.3).
  test.each(DOCUMENTS.filter(([, , r]) => r[0] === "party" || r[0] === "national-assembly"))(
    "%s: no fix is offered, so fixing leaves it byte-identical",
    (_, text) => {
      const result = run(text)
      expect(result.diagnostics.filter((d) => d.fix !== null)).toEqual([])
      expect(applyFixes(text, result.diagnostics).output).toBe(text)
    }
  )
})

describe("Party documents (a.1, b.7, b.8, b.13, b.15, c.2)", () => {
  test("the verbatim lines of 60-NQ/TW give no finding and no fix", () => {
    const result = run(D.PARTY_RESOLUTION, { extends: "strict" })
    expect(result.diagnostics).toEqual([])
    expect(result.skipped.find((s) => s.ruleId === "recipients")?.reason).toMatch(
      /văn bản của Đảng \(party regime, recognised from party-header, party-number/
    )
  })

  test("`PHÓ BÍ THƯ` under `T/M BAN THƯỜNG VỤ` is not judged by the state chain (b.15)", () => {
    expect(ids(D.PARTY_REPORT, { extends: "strict" })).toEqual([])
  })

  test("counter-test: a state letter that signs `T/M` is a state letter and keeps its error", () => {
    expect(ids(D.STATE_LETTER_WITH_PARTY_PREFIX)).toContain("signing-authority/prefixForm")
  })
})

describe("Quốc hội and Ủy ban Thường vụ Quốc hội (a.3, b.2, b.8)", () => {
  test("the form of 1658/NQ-UBTVQH15 gives no finding", () => {
    expect(ids(D.UBTVQH_RESOLUTION, { extends: "strict" })).toEqual([])
  })

  test("counter-test: the same capitals in the trích yếu of a state Nghị quyết are still reported", () => {
    const text = D.UBTVQH_RESOLUTION.replace(
      "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI",
      "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI"
    )
      .replace("1658/NQ-UBTVQH15", "16/NQ-HĐND")
      .replace("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "TM. HỘI ĐỒNG NHÂN DÂN")
    expect(parseDocument(text).regime.kind).toBe("state")
    expect(ids(text)).toContain("title/summaryUpperCase")
  })
})

describe("normative documents (a.2, b.5)", () => {
  test("NGHỊ ĐỊNH with its trích yếu is a title: no `title/missing`", () => {
    expect(ids(D.DECREE)).not.toContain("title/missing")
  })

  test("counter-test: a decree without its trích yếu line still misses it", () => {
    const text = D.DECREE.replace(
      "NGHỊ ĐỊNH\nVề thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia\n",
      ""
    )
    expect(parseDocument(text).regime.kind).toBe("normative")
    expect(ids(text)).toContain("title/missing")
  })
})

describe("the number of a normative document (reference §8; Luật 64/2025/QH15, Điều 7 khoản 3)", () => {
  test("a decree numbered without its year is reported, with the number it should have", () => {
    const found = run(D.DECREE.replace("Số: 118/2025/NĐ-CP", "Số: 118/NĐ-CP")).diagnostics.find(
      (d) => d.messageId === "normativeYear"
    )
    expect(found?.message).toContain('"Số: 118/2025/NĐ-CP"')
  })

  test("a year in the number that is not the year of the date is reported", () => {
    expect(ids(D.DECREE.replace("Số: 118/2025/NĐ-CP", "Số: 118/2024/NĐ-CP"))).toContain(
      "document-number/normativeYearMismatch"
    )
  })

  test("counter-test: the decree as issued, and a state decision without a year, pass", () => {
    expect(ids(D.DECREE).filter((id) => id.startsWith("document-number"))).toEqual([])
    expect(ids(D.DECISION_WITH_COPY).filter((id) => id.startsWith("document-number"))).toEqual([])
  })
})

describe("socio-political organisations (a.4, b.1)", () => {
  test.each([
    ["TM. BAN THƯỜNG TRỰC", D.FRONT_REPORT],
    ["TM. BAN CHẤP HÀNH", D.UNION_REPORT]
  ])("`%s` / CHỦ TỊCH is a collective: no tmNotCollective", (_, text) => {
    expect(ids(text, { extends: "strict" })).not.toContain("signing-authority/tmNotCollective")
  })

  test("counter-test: `TM. BAN GIÁM ĐỐC` of a Sở is still wrong, and the message names the issuer's head", () => {
    const text = D.FRONT_REPORT.replace(
      "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG NGÃI",
      "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ"
    )
      .replace("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", "TM. BAN GIÁM ĐỐC\nGIÁM ĐỐC")
      .replace("120/BC-MTTQ-BTT", "120/BC-SNV")
    const found = run(text).diagnostics.find((d) => d.messageId === "tmNotCollective")
    expect(found?.message).toContain('"KT. GIÁM ĐỐC"')
    expect(found?.message).not.toContain("TRƯỞNG BAN")
  })

  test("`TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH` (Mặt trận usage, [secondary]) is a warning, not an error", () => {
    const text = D.FRONT_REPORT.replace("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH")
    const found = run(text, { extends: "strict" }).diagnostics.find((d) => d.messageId === "deputyWithoutKt")
    expect(found?.severity).toBe("warning")
  })

  test("counter-test: a deputy without `KT.` under `TM. ỦY BAN NHÂN DÂN` stays an error", () => {
    const text = D.STATE_LETTER_WITH_PARTY_PREFIX.replace(
      "T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
      "TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH"
    )
    const found = run(text, { extends: "strict" }).diagnostics.find((d) => d.messageId === "deputyWithoutKt")
    expect(found?.severity).toBe("error")
  })
})

describe("văn bản chuyên ngành (a.5, b.4)", () => {
  test("KẾT LUẬN THANH TRA is not a công văn: no kinh-gui/missing, no title/vvMissing", () => {
    const found = ids(D.INSPECTION_CONCLUSION)
    expect(found).not.toContain("kinh-gui/missing")
    expect(found).not.toContain("title/vvMissing")
  })

  test("the generic layout checks still run on it", () => {
    const text = D.INSPECTION_CONCLUSION.replace(
      "Quảng Ngãi, ngày 20 tháng 11 năm 2025",
      "Quảng Ngãi, ngày 5 tháng 11 năm 2025"
    )
    expect(ids(text)).toContain("place-date/dayUnpadded")
  })

  test("counter-test: a công văn without its Kính gửi is still reported", () => {
    const text = D.STATE_LETTER_WITH_PARTY_PREFIX.replace("Kính gửi: Các thôn trên địa bàn xã.\n", "")
    expect(ids(text)).toContain("kinh-gui/missing")
  })
})

describe("bản sao (b.14, h.3)", () => {
  test("the original's Nơi nhận and the copy block are not read as body text", () => {
    const found = ids(D.DECISION_WITH_COPY)
    expect(found.filter((id) => id.startsWith("abbreviation-first-use"))).toEqual([])
    expect(found).not.toContain("end-mark/missing")
  })

  test("counter-test: an abbreviation of the original's body is still reported", () => {
    const text = D.DECISION_WITH_COPY.replace(
      "Điều 1. Kiện toàn Tổ công tác",
      "Điều 1. Giao TCT chủ trì. Kiện toàn Tổ công tác"
    )
    expect(ids(text)).toContain("abbreviation-first-use/neverDefined")
  })
})

describe("a regime set by the configuration", () => {
  test('`regime: "party"` judges a document as a Party document', () => {
    const result = run(D.STATE_LETTER_WITH_PARTY_PREFIX, { extends: "all", regime: "party" })
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain("signing-authority")
    expect(result.skipped.find((s) => s.ruleId === "signing-authority")?.reason).toContain(
      "party regime, set by the configuration"
    )
  })

  test("an override forces the regime of the files it matches only", () => {
    const config: LintConfig = { extends: "all", overrides: [{ files: ["dang/**"], regime: "party" }] }
    const inside = lint(
      D.STATE_LETTER_WITH_PARTY_PREFIX,
      { today: TODAY, ...config },
      { matchFiles: () => true }
    )
    const outside = lint(
      D.STATE_LETTER_WITH_PARTY_PREFIX,
      { today: TODAY, ...config },
      { matchFiles: () => false }
    )
    expect(inside.diagnostics.map((d) => d.ruleId)).not.toContain("signing-authority")
    expect(outside.diagnostics.map((d) => d.ruleId)).toContain("signing-authority")
  })

  test('`regime: "state"` puts a Party document back under the state rules', () => {
    expect(ids(D.PARTY_RESOLUTION, { extends: "recommended", regime: "state" }).length).toBeGreaterThan(0)
  })
})
