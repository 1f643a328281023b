// The regime of each document type of rule-pack-corrections (a), read by
// the parser from several signals together (h.1).
import { decodeDocument, encodeDocument, parseDocument } from "@cchc/core"
import * as Result from "effect/Result"
import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { REPO_ROOT } from "../seeds.js"
import * as D from "./documents.js"

const regimeOf = (text: string) => parseDocument(text).regime

describe("the regime of a document", () => {
  test.each([
    ["PARTY_RESOLUTION", D.PARTY_RESOLUTION, "party"],
    ["PARTY_REPORT", D.PARTY_REPORT, "party"],
    ["DECREE", D.DECREE, "normative"],
    ["UBTVQH_RESOLUTION", D.UBTVQH_RESOLUTION, "national-assembly"],
    ["FRONT_REPORT", D.FRONT_REPORT, "socio-political"],
    ["UNION_REPORT", D.UNION_REPORT, "socio-political"],
    ["INSPECTION_CONCLUSION", D.INSPECTION_CONCLUSION, "specialised"],
    ["DECISION_WITH_COPY", D.DECISION_WITH_COPY, "copy"],
    ["STATE_LETTER_WITH_PARTY_PREFIX", D.STATE_LETTER_WITH_PARTY_PREFIX, "state"]
  ])("%s is %s", (_, text, kind) => {
    expect(regimeOf(text).kind).toBe(kind)
  })

  test("each signal points at its words in the text", () => {
    const text = D.PARTY_RESOLUTION
    const regime = regimeOf(text)
    expect(regime.signals.map((s) => s.cue)).toEqual(
      expect.arrayContaining(["party-header", "party-number", "party-signing", "party-issuer"])
    )
    for (const s of regime.signals)
      expect(text.slice(s.span.start.offset, s.span.end.offset)).toContain(s.text.split(" / ")[0])
  })

  test("one Party cue does not make a Party document: `T/M` in a state letter stays state, and is a signal", () => {
    const regime = regimeOf(D.STATE_LETTER_WITH_PARTY_PREFIX)
    expect(regime.kind).toBe("state")
    expect(regime.signals.map((s) => s.cue)).toEqual(["party-signing"])
  })

  test("the state Quốc hiệu outweighs Party cues: a hyphenated number and `T/M` under it stay state", () => {
    const text = D.STATE_LETTER_WITH_PARTY_PREFIX.replace("Số: 45/UBND-VP", "Số 45-CV/UBND")
    const regime = regimeOf(text)
    expect(regime.signals.filter((s) => s.points === "party")).toHaveLength(2)
    expect(regime.kind).toBe("state")
  })

  test("a state Quyết định that cites the Luật Ban hành văn bản quy phạm pháp luật is no normative document", () => {
    const text = D.DECISION_WITH_COPY.replace(
      "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;"
    )
    expect(regimeOf(text).original).toBe("state")
  })

  test("a normative number alone does not make a normative document", () => {
    const text = D.STATE_LETTER_WITH_PARTY_PREFIX.replace("Số: 45/UBND-VP", "Số: 45/2026/QĐ-UBND")
    expect(regimeOf(text).kind).toBe("state")
  })

  test("a heading outside the 29 kinds is the title and the kind, not a công văn (a.5)", () => {
    const doc = parseDocument(D.INSPECTION_CONCLUSION)
    expect(doc.title?.name).toBe("KẾT LUẬN THANH TRA")
    expect(doc.title?.summary).toBe("Việc thực hiện các quy định về cải cách hành chính tại Sở Xây dựng")
    expect(doc.kind).toEqual({ name: "Kết luận thanh tra", code: null })
  })

  test("an ĐỀ CƯƠNG without a number is a văn bản chuyên ngành too, and a document", () => {
    const text = D.INSPECTION_CONCLUSION.replace("Số: 05/KL-TTr\n", "").replace(
      "KẾT LUẬN THANH TRA\nViệc thực hiện",
      "ĐỀ CƯƠNG\nBáo cáo việc thực hiện"
    )
    const doc = parseDocument(text)
    expect(doc.isDocument).toBe(true)
    expect(doc.regime.kind).toBe("specialised")
    expect(doc.kind).toEqual({ name: "Đề cương", code: null })
  })

  test("counter-test: a heading in capitals under a V/v is body text of a công văn", () => {
    const text = D.STATE_LETTER_WITH_PARTY_PREFIX.replace(
      "Kính gửi: Các thôn trên địa bàn xã.\n",
      "Kính gửi: Các thôn trên địa bàn xã.\n\nTHÔNG TIN CHUNG\n"
    )
    const doc = parseDocument(text)
    expect(doc.regime.kind).toBe("state")
    expect(doc.kind?.name).toBe("Công văn")
  })

  test("NGHỊ ĐỊNH and its trích yếu are the title of a decree (a.2)", () => {
    const doc = parseDocument(D.DECREE)
    expect(doc.title?.name).toBe("NGHỊ ĐỊNH")
    expect(doc.kind).toEqual({ name: "Nghị định", code: "NĐ" })
  })

  test("the regime is part of the JSON contract", () => {
    const doc = parseDocument(D.PARTY_RESOLUTION)
    const decoded = decodeDocument(JSON.parse(JSON.stringify(encodeDocument(doc))))
    expect(Result.isSuccess(decoded)).toBe(true)
    if (Result.isSuccess(decoded)) expect(decoded.success.regime.kind).toBe("party")
  })
})

describe("the copy block of a bản sao (Mẫu 3.1, b.14, h.3)", () => {
  const doc = parseDocument(D.DECISION_WITH_COPY)

  test("is read on its own: form, copying body, number, place-date, Nơi nhận, signature", () => {
    expect(doc.copy).toMatchObject({
      form: "SAO Y",
      issuer: "SỞ NỘI VỤ",
      number: { raw: "Số: 25/SY-SNV", typeCode: "SY", issuerCode: "SNV" },
      placeDate: { place: "Quảng Ngãi", day: 10, month: 2, year: 2026 },
      recipients: { items: [{ text: "Các phòng thuộc Sở" }, { text: "Lưu: VT" }] },
      signature: {
        authority: [{ mode: "TL", on: "GIÁM ĐỐC" }],
        title: "CHÁNH VĂN PHÒNG",
        signer: "Nguyễn Thị Hoa"
      }
    })
  })

  test("the original above is read as the original: its Nơi nhận, signature and end mark", () => {
    expect(doc.regime).toMatchObject({ kind: "copy", original: "state" })
    expect(doc.recipients?.items.map((i) => i.text)).toEqual([
      "TT Tỉnh ủy",
      "CT, các PCT UBND tỉnh",
      "Lưu: VT, NC"
    ])
    expect(doc.signature).toMatchObject({ title: "PHÓ CHỦ TỊCH", signer: "Trần Phước Hiền" })
    expect(doc.endMark).not.toBeNull()
    expect(doc.body?.raw).not.toContain("SAO Y")
  })

  test("`SAO Y` without a copy number below it is no copy block", () => {
    const text = D.DECISION_WITH_COPY.replace("Số: 25/SY-SNV", "Số: 25/QĐ-SNV")
    const other = parseDocument(text)
    expect(other.copy).toBeNull()
    expect(other.regime.kind).toBe("state")
  })
})

describe("the documents of the repository keep the regime they have", () => {
  // The real corpus holds state documents and three normative texts in the
  // 2025 format (its README): qd05, qd06, nq01.
  const real = `${REPO_ROOT}/../shared/corpus/real`
  const files = (() => {
    try {
      return readdirSync(real).filter((f) => f.endsWith(".txt"))
    } catch {
      return []
    }
  })()
  test.skipIf(files.length === 0)("the real corpus: state, and normative for qd05, qd06, nq01", () => {
    const normative = files.filter((f) => regimeOf(readFileSync(`${real}/${f}`, "utf8")).kind !== "state")
    expect(normative.sort()).toEqual(["nq01.txt", "qd05.txt", "qd06.txt"])
    for (const f of normative) expect(regimeOf(readFileSync(`${real}/${f}`, "utf8")).kind).toBe("normative")
  })

  test("examples/documents are state documents", () => {
    const dir = `${REPO_ROOT}/examples/documents`
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")))
      expect(regimeOf(readFileSync(`${dir}/${f}`, "utf8")).kind, f).toBe("state")
  })
})
