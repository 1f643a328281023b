import { describe, expect, test } from "vitest"
import { formatKinhGui } from "./format-kinh-gui.js"
import { formatArchiveLine, formatPurpose, formatRecipients } from "./format-recipients.js"

describe("formatRecipients", () => {
  test("label, items with purpose notes, the archive line last", () => {
    expect(
      formatRecipients({
        items: [
          { text: "UBND tỉnh", purpose: "để b/c" },
          { text: "Các phòng, ban", purpose: "(để thực hiện)" },
          { text: "Trang thông tin điện tử xã" }
        ],
        archive: { units: ["TH"], copies: 2 }
      })
    ).toEqual({
      label: "Nơi nhận:",
      lines: [
        "- UBND tỉnh (để b/c);",
        "- Các phòng, ban (để thực hiện);",
        "- Trang thông tin điện tử xã;",
        "- Lưu: VT, TH (2)."
      ]
    })
  })

  test("`Như trên` first when there is a Kính gửi block, once", () => {
    const { lines } = formatRecipients({
      items: [{ text: "Sở Nội vụ" }, { text: "Như trên" }],
      archive: { units: ["VP"] },
      kinhGui: true
    })
    expect(lines).toEqual(["- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, VP."])
  })

  test("`Như Điều 3` of a Quyết định goes first", () => {
    const { lines } = formatRecipients({
      items: [{ text: "UBND tỉnh", purpose: "để b/c" }, { text: "Như Điều 3" }],
      archive: { units: ["VT", "NC"] }
    })
    expect(lines).toEqual(["- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Lưu: VT, NC."])
  })

  test("drops duplicates, bullets, terminators and archive lines typed as items", () => {
    const { lines } = formatRecipients({
      items: [
        { text: "- Sở Nội vụ;" },
        { text: "sở  nội vụ" },
        { text: "Uỷ ban nhân dân tỉnh." },
        { text: "Ủy ban nhân dân tỉnh" },
        { text: "Lưu: VT" },
        { text: " " }
      ],
      archive: { units: ["vt", "TH", "TH"] }
    })
    expect(lines).toEqual(["- Sở Nội vụ;", "- Uỷ ban nhân dân tỉnh;", "- Lưu: VT, TH."])
  })

  test("closing marks are dropped from the end of an item only", () => {
    const { lines } = formatRecipients({
      items: [
        { text: "Sở Nội vụ;.," },
        { text: "Sở Tư pháp ." },
        { text: "Các phòng, ban" },
        { text: "Sở Y tế:" },
        { text: ";.," },
        { text: ";".repeat(50_000) + "Sở Xây dựng" }
      ],
      archive: { units: [] }
    })
    expect(lines).toEqual([
      "- Sở Nội vụ;",
      "- Sở Tư pháp;",
      "- Các phòng, ban;",
      "- Sở Y tế:;",
      `- ${";".repeat(50_000)}Sở Xây dựng;`,
      "- Lưu: VT."
    ])
  })

  test("the archive line", () => {
    expect(formatArchiveLine({ units: [] })).toBe("- Lưu: VT.")
    expect(formatArchiveLine({ units: ["VT", "HC"], copies: 2 })).toBe("- Lưu: VT, HC (2).")
    expect(() => formatArchiveLine({ units: ["VP"], copies: 0 })).toThrow(RangeError)
    expect(formatPurpose("  để biết ")).toBe("(để biết)")
  })
})

describe("formatKinhGui", () => {
  test("one recipient on the label's line, without final punctuation", () => {
    expect(formatKinhGui(["Bộ Nội vụ"])).toEqual({
      label: "Kính gửi:",
      items: ["Bộ Nội vụ"],
      lines: ["Kính gửi: Bộ Nội vụ"]
    })
  })

  test("several: one per line, `;` then `.` last, no duplicates", () => {
    expect(formatKinhGui(["Sở Nội vụ;", "Sở Tài chính", "sở nội vụ", "- Sở Y tế"]).lines).toEqual([
      "Kính gửi:",
      "- Sở Nội vụ;",
      "- Sở Tài chính;",
      "- Sở Y tế."
    ])
    expect(() => formatKinhGui([" "])).toThrow(RangeError)
  })

  test("closing marks are dropped from the end of a recipient only", () => {
    expect(formatKinhGui(["- Sở Nội vụ;.,", "Sở Tư pháp .", "Sở Y tế, Sở Xây dựng"]).items).toEqual([
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở Y tế, Sở Xây dựng"
    ])
    expect(formatKinhGui(["Bộ Nội vụ:"]).items).toEqual(["Bộ Nội vụ:"])
    expect(() => formatKinhGui([";.,"])).toThrow(RangeError)
    expect(formatKinhGui([".".repeat(50_000) + "Bộ Nội vụ"]).items).toEqual([
      ".".repeat(50_000) + "Bộ Nội vụ"
    ])
  })
})
