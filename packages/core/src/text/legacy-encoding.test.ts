import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { convertLegacyText, detectLegacyEncoding, encodeLegacyText } from "./legacy-encoding.js"

const LOWER_VOWELS = "aăâeêioôơuưy"
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
/** Every lower-case Vietnamese letter that is not ASCII: 67 toned vowels and đ (plus the plain ones). */
const ALL_LOWER = [...LOWER_VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))).concat("đ")

describe("TCVN3 table", () => {
  // Positions checked against the XFree86 TCVN 5712 table, xvnkb and UniKey.
  test.each([
    ["\u00b8", "á"],
    ["\u00b5", "à"],
    ["\u00b6", "ả"],
    ["\u00b7", "ã"],
    ["\u00b9", "ạ"],
    ["\u00a8", "ă"],
    ["\u00a9", "â"],
    ["\u00aa", "ê"],
    ["\u00ab", "ô"],
    ["\u00ac", "ơ"],
    ["\u00ad", "ư"],
    ["\u00ae", "đ"],
    ["\u00a1", "Ă"],
    ["\u00a2", "Â"],
    ["\u00a3", "Ê"],
    ["\u00a4", "Ô"],
    ["\u00a5", "Ơ"],
    ["\u00a6", "Ư"],
    ["\u00a7", "Đ"],
    ["\u00be", "ắ"],
    ["\u00c6", "ặ"],
    ["\u00ca", "ấ"],
    ["\u00cb", "ậ"],
    ["\u00d0", "é"],
    ["\u00d5", "ế"],
    ["\u00d6", "ệ"],
    ["\u00dc", "ĩ"],
    ["\u00dd", "í"],
    ["\u00de", "ị"],
    ["\u00e3", "ó"],
    ["\u00e8", "ố"],
    ["\u00e9", "ộ"],
    ["\u00ed", "ớ"],
    ["\u00ee", "ợ"],
    ["\u00f3", "ú"],
    ["\u00f8", "ứ"],
    ["\u00f9", "ự"],
    ["\u00fd", "ý"],
    ["\u00fe", "ỵ"]
  ])("%s decodes to %s", (coded, letter) => {
    expect(convertLegacyText(coded, "tcvn3")).toBe(letter)
  })

  test("every lower-case letter round-trips through one code", () => {
    for (const letter of ALL_LOWER) {
      const coded = encodeLegacyText(letter, "tcvn3")
      expect(coded.length, letter).toBe(1)
      expect(convertLegacyText(coded, "tcvn3"), letter).toBe(letter)
    }
  })

  test("codes are distinct", () => {
    const codes = ALL_LOWER.map((l) => encodeLegacyText(l, "tcvn3"))
    expect(new Set(codes).size).toBe(codes.length)
  })

  test("an upper-case toned vowel is written with the lower-case code", () => {
    expect(encodeLegacyText("Ộ", "tcvn3")).toBe(encodeLegacyText("ộ", "tcvn3"))
    expect(convertLegacyText(encodeLegacyText("Ộ", "tcvn3"), "tcvn3")).toBe("ộ")
  })

  test("Windows punctuation at 0x80-0x9F is left alone", () => {
    expect(convertLegacyText("\u201cViÖt Nam\u201d \u2013 \u2026", "tcvn3")).toBe(
      "\u201cViệt Nam\u201d \u2013 \u2026"
    )
  })

  test("words and lines typed in the capitals font come back in capitals", () => {
    expect(convertLegacyText("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "tcvn3")).toBe(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    expect(convertLegacyText("UBND TØNH Qu¶ng Ng·i", "tcvn3")).toBe("UBND TỈNH Quảng Ngãi")
    // One capital letter is a capitalised word, not a capitals font.
    expect(convertLegacyText("Sè: 12/Q§-UBND", "tcvn3")).toBe("Số: 12/QĐ-UBND")
    expect(convertLegacyText("Tõ Sè", "tcvn3")).toBe("Từ Số")
  })
})

describe("VNI table", () => {
  test.each([
    ["aù", "á"],
    ["aø", "à"],
    ["aû", "ả"],
    ["aõ", "ã"],
    ["aï", "ạ"],
    ["aâ", "â"],
    ["aá", "ấ"],
    ["aà", "ầ"],
    ["aå", "ẩ"],
    ["aã", "ẫ"],
    ["aä", "ậ"],
    ["aê", "ă"],
    ["aé", "ắ"],
    ["aè", "ằ"],
    ["aú", "ẳ"],
    ["aü", "ẵ"],
    ["aë", "ặ"],
    ["eâ", "ê"],
    ["oâ", "ô"],
    ["ô", "ơ"],
    ["ôù", "ớ"],
    ["ö", "ư"],
    ["öï", "ự"],
    ["ñ", "đ"],
    ["Ñ", "Đ"],
    ["í", "í"],
    ["ì", "ì"],
    ["æ", "ỉ"],
    ["ó", "ĩ"],
    ["ò", "ị"],
    ["î", "ỵ"],
    ["yù", "ý"],
    ["AÙ", "Á"],
    ["AÊ", "Ă"],
    ["OÄ", "Ộ"],
    ["Ô", "Ơ"],
    ["Ö", "Ư"],
    ["Æ", "Ỉ"],
    ["Î", "Ỵ"]
  ])("%s decodes to %s", (coded, letter) => {
    expect(convertLegacyText(coded, "vni")).toBe(letter)
  })

  test("every letter, both cases, round-trips", () => {
    for (const letter of ALL_LOWER.flatMap((l) => [l, l.toUpperCase()])) {
      const coded = encodeLegacyText(letter, "vni")
      expect(coded.length, letter).toBeLessThanOrEqual(2)
      expect(convertLegacyText(coded, "vni"), letter).toBe(letter)
    }
  })

  test("a mark that does not fit its base is left as it is", () => {
    // Breve only goes on a; circumflex only on a, e, o.
    expect(convertLegacyText("oê", "vni")).toBe("oê")
    expect(convertLegacyText("uâ", "vni")).toBe("uâ")
  })
})

// --- Vietnamese text generators -------------------------------------------

const ONSETS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "ph",
  "qu",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x"
]
const ASCII_ONSETS = ONSETS.filter((o) => /^[a-z]+$/.test(o) && o !== "")
const NUCLEI = [
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
  "y",
  "ai",
  "ao",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iê",
  "oa",
  "oi",
  "ôi",
  "ơi",
  "ua",
  "uâ",
  "uô",
  "ưa",
  "ươ",
  "yê",
  "iêu",
  "oai",
  "ươi",
  "uyê"
]
const CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"].filter(
  (c) => !["i", "o", "u"].includes(c)
)
const ASCII_CODAS = CODAS.filter((c) => c !== "")

const syllable = (onsets: ReadonlyArray<string>, codas: ReadonlyArray<string>) =>
  fc
    .record({
      onset: fc.constantFrom(...onsets),
      nucleus: fc.constantFrom(...NUCLEI),
      coda: fc.constantFrom(...codas),
      tone: fc.integer({ min: 0, max: 5 })
    })
    .map(({ onset, nucleus, coda, tone }) => {
      // Tone on the last vowel of the nucleus: position does not matter here.
      const v = nucleus.normalize("NFD")
      return (onset + v + TONES[tone] + coda).normalize("NFC")
    })

/** Real syllables from administrative writing, for the detection properties. */
const REAL = [
  ...new Set(
    `cộng hòa hoà xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc ủy uỷ ban nhân dân tỉnh huyện thành phố quận
    phường thị trấn sở nội vụ tư pháp tài chính kế hoạch đầu xây dựng giao thông vận tải công thương nông nghiệp
    phát triển thôn môi trường khoa học nghệ văn hóa hoá thể thao du lịch giáo dục đào tạo y tế thanh tra phòng
    quyết định báo cáo tờ trình nơi nhận lưu kính gửi căn cứ luật tổ chức quyền địa phương ngày tháng năm thực hiện
    cải cách hành thủ tục hồ sơ tiếp trả kết quả giải đúng hạn trễ trực tuyến dịch mức độ tuyên truyền nghị tập
    huấn lượt người tham dự băng rôn khẩu hiệu gấp pa nô áp phích chương mục sóng đài tin bài ảnh phóng sự cổng
    trang điện tử ứng số chuyển đổi kiểm soát phản ánh kiến đề xuất nguyên khách quan ưu điểm tồn chế nhiệm
    pháp trọng tâm thường xuyên kịp thời hiệu chất lượng đội ngũ cán bộ viên năng lực trách kỷ cương được những
    các của và với trong trên dưới theo về để cho khi đã đang sẽ không có là này đó nhiều ít hơn gần khoảng mỗi
    từng tất cả giữa gì quốc khuya thuỷ thủy huỳnh hoặc`.split(/\s+/)
  )
].filter((w) => w !== "")

// Words that no Unicode reading could take for a syllable once encoded.
const STRONG_TCVN3 = [
  "người",
  "được",
  "đồng",
  "việc",
  "chủ",
  "nghĩa",
  "hội",
  "tỉnh",
  "huyện",
  "dân",
  "năm",
  "đăng"
]
const STRONG_VNI = [
  "người",
  "được",
  "đồng",
  "việc",
  "chủ",
  "hội",
  "tỉnh",
  "huyện",
  "dân",
  "năm",
  "đăng",
  "cộng"
]

const sentence = (strong: ReadonlyArray<string>) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...REAL), { minLength: 0, maxLength: 30 }),
      fc.uniqueArray(fc.constantFrom(...strong), { minLength: 2, maxLength: 4 })
    )
    .chain(([words, extra]) =>
      fc.shuffledSubarray([...words, ...extra], { minLength: words.length + extra.length })
    )
    .map((words) => words.join(" "))

describe("round trips (fast-check)", () => {
  test("lower-case Vietnamese through TCVN3", () => {
    fc.assert(
      fc.property(sentence(STRONG_TCVN3), (text) => {
        const coded = encodeLegacyText(text, "tcvn3")
        expect(detectLegacyEncoding(coded).kind).toBe("tcvn3")
        expect(convertLegacyText(coded, "tcvn3")).toBe(text.normalize("NFC"))
      })
    )
  })

  test("upper-case words with two ASCII letters through TCVN3", () => {
    fc.assert(
      fc.property(fc.array(syllable(ASCII_ONSETS, ASCII_CODAS), { minLength: 1, maxLength: 20 }), (words) => {
        const text = words.join(" ").toUpperCase()
        expect(convertLegacyText(encodeLegacyText(text, "tcvn3"), "tcvn3")).toBe(text)
      })
    )
  })

  test("capitalised words through TCVN3 in a line with lower-case letters", () => {
    fc.assert(
      fc.property(fc.array(syllable(ASCII_ONSETS, CODAS), { minLength: 1, maxLength: 20 }), (words) => {
        const text = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ") + " và"
        expect(convertLegacyText(encodeLegacyText(text, "tcvn3"), "tcvn3")).toBe(text)
      })
    )
  })

  test("any-case Vietnamese through VNI", () => {
    const anyCase = sentence(STRONG_VNI).chain((text) =>
      fc.constantFrom(
        text,
        text.toUpperCase(),
        text.replace(/(^|\s)(\S)/g, (_, s, c) => s + c.toUpperCase())
      )
    )
    fc.assert(
      fc.property(anyCase, (text) => {
        const coded = encodeLegacyText(text, "vni")
        expect(detectLegacyEncoding(coded).kind).toBe("vni")
        expect(convertLegacyText(coded, "vni")).toBe(text.normalize("NFC"))
      })
    )
  })

  test("random syllables over the whole alphabet round-trip through both encodings", () => {
    fc.assert(
      fc.property(fc.array(syllable(ONSETS, CODAS), { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(" ")
        expect(convertLegacyText(encodeLegacyText(text, "tcvn3"), "tcvn3")).toBe(text)
        expect(convertLegacyText(encodeLegacyText(text, "vni"), "vni")).toBe(text)
      })
    )
  })

  test("Unicode Vietnamese is never taken for a legacy encoding", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REAL), { minLength: 1, maxLength: 40 }), (words) => {
        expect(detectLegacyEncoding(words.join(" ")).kind).toBe("unicode")
        expect(detectLegacyEncoding(words.join(" ").toUpperCase()).kind).toBe("unicode")
      })
    )
  })
})

describe("detectLegacyEncoding", () => {
  test("TCVN3 lines", () => {
    const r = detectLegacyEncoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc")
    expect(r.kind).toBe("tcvn3")
    expect(r.confidence).toBeGreaterThan(0.8)
    expect(r.evidence).toContain('"hoµ" → "hoà"')
  })

  test("TCVN3 typed in the capitals font", () => {
    expect(detectLegacyEncoding("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM").kind).toBe("tcvn3")
  })

  test("VNI lines", () => {
    const r = detectLegacyEncoding(
      "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc"
    )
    expect(r.kind).toBe("vni")
    expect(r.confidence).toBeGreaterThan(0.8)
    expect(r.evidence).toContain('"hoøa" → "hòa"')
  })

  test("letters lost in PDF extraction", () => {
    const r = detectLegacyEncoding("B GIÁO D C VÀ ðÀO T O\nC NG HÒA XÃ H I CH NGHĨA VI T NAM")
    expect(r.kind).toBe("lost-diacritics")
    expect(r.evidence).toContain('"ðÀO" (ð for Đ)')
  })

  test("one line of lost letters is enough", () => {
    expect(detectLegacyEncoding("C NG HÒA XÃ H I CH NGHĨA VI T NAM").kind).toBe("lost-diacritics")
  })

  test("Unicode Vietnamese in both tone placements", () => {
    for (const text of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác cải cách hành chính quý I năm 2024.",
      "Uỷ ban nhân dân tỉnh; Sở Nội vụ; Hội đồng nhân dân huyện; hoá đơn; khoẻ mạnh; thuỷ lợi",
      "Công tác tuyên truyền: tổ chức 02 hội nghị, 35 tấm băng rôn, 250 m² pa-nô.",
      "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    ]) {
      expect(detectLegacyEncoding(text).kind, text).toBe("unicode")
    }
  })

  test("decomposed (NFD) Unicode is still Unicode", () => {
    expect(detectLegacyEncoding("Cộng hòa xã hội chủ nghĩa Việt Nam".normalize("NFD")).kind).toBe("unicode")
  })

  test("English, with and without Latin-1 letters and signs", () => {
    for (const text of [
      "The committee approved the annual report on administrative reform.",
      "Café au lait, naïve résumé, Zürich, São Paulo, Ñandú and Søren Kierkegaard.",
      "© 2024 Example Ltd. ½ cup, ¾ tsp, 5 µm, 10 µm, § 3, 25 °C ± 2.",
      "Plan B is better than plan C, said Mr. X."
    ]) {
      expect(detectLegacyEncoding(text).kind, text).toBe("unicode")
    }
  })

  test("empty text", () => {
    expect(detectLegacyEncoding("")).toEqual({ kind: "unicode", confidence: 1, evidence: [] })
  })

  // Its speed is measured by the bench's linearity check, never timed here.
  test("a pathological long run is read whole", () => {
    const long = "µ¸".repeat(200_000) + " " + "aø".repeat(200_000) + "\n" + "C NG ".repeat(50_000)
    expect(detectLegacyEncoding(long).kind).toMatch(/^(unicode|tcvn3|vni|lost-diacritics)$/u)
    expect(convertLegacyText(long, "tcvn3").length).toBeGreaterThan(0)
    expect(convertLegacyText(long, "vni").length).toBeGreaterThan(0)
  })

  const SEEDS = "/work/shared/corpus/seeds"
  describe.skipIf(!existsSync(SEEDS))("real Unicode documents from the corpus", () => {
    const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith(".txt")) : []
    test.each(files)("%s is Unicode, as a whole and line by line", (file) => {
      const text = readFileSync(join(SEEDS, file), "utf8")
      expect(detectLegacyEncoding(text).kind).toBe("unicode")
      for (const line of text.split("\n")) expect(detectLegacyEncoding(line).kind, line).toBe("unicode")
    })
    test.each(files)("%s, re-encoded in TCVN3 and VNI, is detected and restored", (file) => {
      const text = readFileSync(join(SEEDS, file), "utf8").normalize("NFC")
      const vni = encodeLegacyText(text, "vni")
      expect(detectLegacyEncoding(vni).kind).toBe("vni")
      expect(convertLegacyText(vni, "vni")).toBe(text)
      const tcvn3 = encodeLegacyText(text.toLowerCase(), "tcvn3")
      expect(detectLegacyEncoding(tcvn3).kind).toBe("tcvn3")
      expect(convertLegacyText(tcvn3, "tcvn3")).toBe(text.toLowerCase())
    })
  })
})
