import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import {
  type SignatureInput,
  formatSignatureBlock,
  formatSignatureBlockOrThrow
} from "./format-signature-block.js"
import { SignatureChainError } from "./signature-chain-error.js"
import { classifySigningTarget, isDeputyOf } from "./signing-target.js"

const lines = (input: SignatureInput) => Result.getOrThrow(formatSignatureBlock(input)).lines
const reason = (input: SignatureInput) => {
  const result = formatSignatureBlock(input)
  return Result.isFailure(result) ? result.failure.reason : null
}

describe("formatSignatureBlock: coherent chains", () => {
  test.each<[string, SignatureInput, ReadonlyArray<string>]>([
    [
      "deputy of a collective",
      {
        authority: [
          { mode: "TM", on: "Ủy ban nhân dân" },
          { mode: "KT", on: "Chủ tịch" }
        ],
        title: "Phó Chủ tịch",
        signer: "Phạm Văn Mạnh"
      },
      ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Mạnh"]
    ],
    [
      "head of a collective",
      { authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", signer: "Trần Văn Nam" },
      ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Nam"]
    ],
    [
      "deputy of one head",
      { authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: "Lê Thị Hoa" },
      ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hoa"]
    ],
    [
      "by order",
      { authority: [{ mode: "TL", on: "CHỦ TỊCH" }], title: "CHÁNH VĂN PHÒNG", signer: "Võ Minh Sơn" },
      ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Võ Minh Sơn"]
    ],
    [
      "by order, passed to the unit's deputy",
      {
        authority: [
          { mode: "TL", on: "CHỦ TỊCH" },
          { mode: "KT", on: "CHÁNH VĂN PHÒNG" }
        ],
        title: "PHÓ CHÁNH VĂN PHÒNG",
        signer: "Võ Minh Sơn"
      },
      ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Võ Minh Sơn"]
    ],
    [
      "acting head",
      { authority: [{ mode: "Q", on: "GIÁM ĐỐC" }], title: null, signer: "Đỗ Hữu Long" },
      ["Q. GIÁM ĐỐC", "Đỗ Hữu Long"]
    ],
    [
      "by authorisation",
      {
        authority: [{ mode: "TUQ", on: "GIÁM ĐỐC" }],
        title: "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ",
        signer: "Ngô Thanh Hà"
      },
      ["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ", "Ngô Thanh Hà"]
    ],
    [
      "a minister's deputy",
      { authority: [{ mode: "KT", on: "BỘ TRƯỞNG" }], title: "THỨ TRƯỞNG", signer: "Nguyễn Văn An" },
      ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn An"]
    ],
    [
      "Văn phòng Chính phủ",
      {
        authority: [{ mode: "KT", on: "BỘ TRƯỞNG, CHỦ NHIỆM" }],
        title: "PHÓ CHỦ NHIỆM",
        signer: "Nguyễn Văn An"
      },
      ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Văn An"]
    ],
    [
      "a head in their own name",
      { authority: [], title: "Giám đốc", signer: "Lê Văn Hùng" },
      ["GIÁM ĐỐC", "Lê Văn Hùng"]
    ]
  ])("%s", (_name, input, expected) => {
    expect(lines(input)).toEqual(expected)
  })
})

describe("formatSignatureBlock: incoherent chains are refused with the reason", () => {
  test.each<[SignatureInput, string]>([
    [
      { authority: [{ mode: "TM", on: "CHỦ TỊCH" }], title: "CHỦ TỊCH", signer: "Trần Văn Nam" },
      "tm-before-title"
    ],
    [
      { authority: [{ mode: "KT", on: "ỦY BAN NHÂN DÂN" }], title: "PHÓ CHỦ TỊCH", signer: "Trần Văn Nam" },
      "delegation-before-body"
    ],
    [
      {
        authority: [
          { mode: "TUQ", on: "GIÁM ĐỐC" },
          { mode: "KT", on: "TRƯỞNG PHÒNG" }
        ],
        title: "PHÓ TRƯỞNG PHÒNG",
        signer: "Trần Văn Nam"
      },
      "tuq-redelegated"
    ],
    [
      { authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "GIÁM ĐỐC", signer: "Trần Văn Nam" },
      "head-title-after-kt"
    ],
    [
      { authority: [{ mode: "KT", on: "PHÓ GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: "Trần Văn Nam" },
      "deputy-title-on-authority"
    ],
    [
      { authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }], title: "PHÓ CHỦ TỊCH", signer: "Trần Văn Nam" },
      "deputy-without-kt"
    ],
    [{ authority: [], title: "PHÓ GIÁM ĐỐC", signer: "Trần Văn Nam" }, "deputy-without-kt"],
    [
      { authority: [{ mode: "KT", on: "CHỦ TỊCH" }], title: "PHÓ GIÁM ĐỐC", signer: "Trần Văn Nam" },
      "deputy-of-other-head"
    ],
    [
      {
        authority: [
          { mode: "KT", on: "GIÁM ĐỐC" },
          { mode: "TM", on: "ỦY BAN NHÂN DÂN" }
        ],
        title: "PHÓ GIÁM ĐỐC",
        signer: "Trần Văn Nam"
      },
      "misplaced-tm"
    ],
    [
      {
        authority: [
          { mode: "KT", on: "GIÁM ĐỐC" },
          { mode: "TL", on: "CHỦ TỊCH" }
        ],
        title: "CHÁNH VĂN PHÒNG",
        signer: "Trần Văn Nam"
      },
      "invalid-order"
    ],
    [
      { authority: [{ mode: "TM", on: "ỦY BAN NHÂN DÂN" }], title: null, signer: "Trần Văn Nam" },
      "missing-title"
    ],
    [
      {
        authority: [{ mode: "KT", on: "GIÁM ĐỐC" }],
        title: "PHÓ GIÁM ĐỐC PHỤ TRÁCH",
        signer: "Trần Văn Nam"
      },
      "unofficial-title"
    ],
    [
      { authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: "TRẦN VĂN NAM" },
      "signer-upper-case"
    ],
    [
      { authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: "PGS.TS. Trần Văn Nam" },
      "signer-degree"
    ],
    [{ authority: [{ mode: "KT", on: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", signer: " " }, "signer-missing"],
    [{ authority: [{ mode: "KT", on: " " }], title: "PHÓ GIÁM ĐỐC", signer: "Trần Văn Nam" }, "empty-line"]
  ])("%j → %s", (input, expected) => {
    expect(reason(input)).toBe(expected)
  })

  test("the error says why, in English and Vietnamese, and points at the line", () => {
    const result = formatSignatureBlock({
      authority: [
        { mode: "TM", on: "ỦY BAN NHÂN DÂN" },
        { mode: "KT", on: "ỦY BAN NHÂN DÂN" }
      ],
      title: "PHÓ CHỦ TỊCH",
      signer: "Trần Văn Nam"
    })
    expect(Result.isFailure(result)).toBe(true)
    if (Result.isFailure(result)) {
      expect(result.failure).toBeInstanceOf(SignatureChainError)
      expect(result.failure._tag).toBe("SignatureChainError")
      expect(result.failure.line).toBe(1)
      expect(result.failure.message).toContain("KT. ỦY BAN NHÂN DÂN")
      expect(result.failure.messageVi).toContain("không phải tên cơ quan")
    }
  })

  test("the throwing wrapper throws the typed error", () => {
    expect(() =>
      formatSignatureBlockOrThrow({
        authority: [{ mode: "TM", on: "CHỦ TỊCH" }],
        title: "CHỦ TỊCH",
        signer: "Trần Văn Nam"
      })
    ).toThrow(SignatureChainError)
  })
})

describe("signing targets", () => {
  test("bodies, heads and deputies", () => {
    expect(
      ["ỦY BAN NHÂN DÂN", "CHÍNH PHỦ", "BAN CHỈ ĐẠO", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "SỞ NỘI VỤ"].map(
        classifySigningTarget
      )
    ).toEqual(Array(5).fill("body"))
    expect(
      [
        "CHỦ TỊCH",
        "BỘ TRƯỞNG",
        "GIÁM ĐỐC",
        "CHÁNH VĂN PHÒNG",
        "TRƯỞNG BAN",
        "HIỆU TRƯỞNG",
        "TỔNG CỤC TRƯỞNG"
      ].map(classifySigningTarget)
    ).toEqual(Array(7).fill("head"))
    expect(["PHÓ CHỦ TỊCH", "THỨ TRƯỞNG", "PHÓ GIÁM ĐỐC"].map(classifySigningTarget)).toEqual(
      Array(3).fill("deputy")
    )
    expect(classifySigningTarget("ỦY VIÊN")).toBe("member")
    expect(isDeputyOf("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "CHỦ TỊCH")).toBe(true)
    expect(isDeputyOf("THỨ TRƯỞNG", "GIÁM ĐỐC")).toBe(false)
  })
})
