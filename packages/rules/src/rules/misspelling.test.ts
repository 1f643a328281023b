import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { MISSPELLINGS } from "../data/misspellings.js"
import { applyFixes } from "../fix/apply-fixes.js"
import { DEFAULT_TEST_TODAY, lintWithRule } from "../testing/rule-case.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule, {
  CASE_INSENSITIVE_EXCEPTIONS,
  findMisspellings,
  isPlainLatinLetter,
  matchCase
} from "./misspelling.js"

// A minimal report: the body starts on line 7.
const HEAD =
  "Số: 05/BC-UBND\nBa Bích, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền quý I năm 2024\n\n"
const doc = (...body: Array<string>) => HEAD + body.join("\n")

ruleTester(rule).run({
  valid: [
    doc("Cập nhật, niêm yết đầy đủ kịp thời các TTHC mới ban hành hoặc được sửa đổi, bổ sung."),
    doc("Tuyên truyền bằng các hình thức trực quan, cô đọng, trên hệ thống truyền thanh cơ sở."),
    doc("Đẩy mạnh ứng dụng công nghệ thông tin; kiểm tra giám sát việc thực hiện."),
    {
      name: "a proper name in capitals is not a misspelling",
      text: doc("Ông Trương Trình, Trưởng thôn An Hòa.")
    },
    { name: "syllables split by a line break are not joined", text: doc("Cập", "nhập khẩu") },
    { name: "ignored by configuration", text: doc("Cập nhập hồ sơ."), options: { ignore: ["cập nhập"] } }
  ],
  invalid: [
    {
      name: "capital first letter is kept (Sở Ngoại vụ, line 55)",
      text: doc("Rà soát văn bản. Cập nhập, niêm yết đầy đủ kịp thời các TTHC."),
      errors: [{ messageId: "misspelled", line: 7, column: 18 }],
      output: doc("Rà soát văn bản. Cập nhật, niêm yết đầy đủ kịp thời các TTHC.")
    },
    {
      name: "several on several lines (TP Quảng Ngãi, lines 25 and 27)",
      text: doc(
        "triển khai thực hiện đầy mạnh cải cách hành chính",
        "",
        "- 25 xuất xe cô động tuyên truyền, 03 bài tuyên truyền."
      ),
      errors: [
        { messageId: "misspelled", line: 7, column: 22 },
        { messageId: "misspelled", line: 9, column: 14 }
      ],
      // `cô động` has two readings (cổ động, cô đọng): suggested, not fixed.
      output: doc(
        "triển khai thực hiện đẩy mạnh cải cách hành chính",
        "",
        "- 25 xuất xe cô động tuyên truyền, 03 bài tuyên truyền."
      )
    },
    {
      name: "the longest entry wins (chuyên đổi số)",
      text: doc("- Tình hình triển khai, kết quả thực hiện chuyên đổi số thị xã Đức Phổ."),
      errors: [{ messageId: "misspelled", line: 7, column: 43 }],
      output: doc("- Tình hình triển khai, kết quả thực hiện chuyển đổi số thị xã Đức Phổ.")
    },
    {
      name: "all capitals stay capitals",
      text: doc("II. CẬP NHẬP THÔNG TIN"),
      errors: [{ messageId: "misspelled", line: 7, column: 5 }],
      output: doc("II. CẬP NHẬT THÔNG TIN")
    },
    {
      name: "old tone placement and several spaces",
      text: doc("Thi đua, khen  thưỡng; chấp hành kỹ luật."),
      errors: [
        { messageId: "misspelled", line: 7, column: 10 },
        { messageId: "misspelled", line: 7, column: 34 }
      ],
      output: doc("Thi đua, khen thưởng; chấp hành kỷ luật.")
    },
    {
      name: "decomposed (NFD) input is matched and fixed in place",
      text: doc("Tiếp nhận, bỏ sung hồ sơ.".normalize("NFD")),
      errors: [{ messageId: "misspelled", line: 7 }],
      output: doc("Tiếp nhận, ".normalize("NFD") + "bổ sung" + " hồ sơ.".normalize("NFD"))
    },
    {
      name: "Markdown inside the phrase: reported, not fixed",
      text: doc("**Cập** nhập hồ sơ."),
      errors: [{ messageId: "misspelled", line: 7, column: 3 }]
    },
    {
      name: "ambiguous entries are suggestions only",
      text: doc("Chia sẽ thông tin trên mạng xã hội."),
      errors: [{ messageId: "possiblyMisspelled", line: 7, column: 1 }]
    },
    {
      name: "an entry added by configuration",
      text: doc("Nền hành chánh phục vụ."),
      options: { extra: [{ wrong: "hành chánh", right: ["hành chính"] }] },
      errors: [{ messageId: "misspelled", line: 7, column: 5 }],
      output: doc("Nền hành chính phục vụ.")
    },
    {
      name: "two candidates: suggestions, no safe fix",
      text: doc("Nền hành chánh phục vụ."),
      options: { extra: [{ wrong: "hành chánh", right: ["hành chính", "hành chinh"] }] },
      errors: [{ messageId: "misspelled", line: 7, column: 5 }]
    }
  ]
})

describe("matchCase", () => {
  test("keeps the case of the first letter or of the whole phrase", () => {
    expect(matchCase("cập nhập", "cập nhật")).toBe("cập nhật")
    expect(matchCase("Cập nhập", "cập nhật")).toBe("Cập nhật")
    expect(matchCase("CẬP NHẬP", "cập nhật")).toBe("CẬP NHẬT")
    expect(matchCase("Nghành", "ngành")).toBe("Ngành")
  })
})

describe("findMisspellings", () => {
  // Its speed is measured by the bench, never timed here.
  test("a long text is scanned whole", () => {
    const paragraph =
      "Cập nhập, niêm yết đầy đủ kịp thời các thủ tục hành chính mới ban hành; đẩy mạnh cải cách. "
    const text = paragraph.repeat(10_000)
    expect(findMisspellings(text)).toHaveLength(10_000)
  })
})

// Fragments that make misspellings, their corrections, near misses and noise;
// single syllables of the dictionary let a fix meet its neighbours.
const syllables = [
  ...new Set(MISSPELLINGS.flatMap((e) => [e.wrong, ...e.right].flatMap((f) => f.split(" "))))
]
const fragment = fc.oneof(
  fc.constantFrom(...syllables),
  fc.constantFrom(...MISSPELLINGS.map((e) => e.wrong)),
  fc.constantFrom(...MISSPELLINGS.flatMap((e) => e.right)),
  fc.constantFrom(...MISSPELLINGS.flatMap((e) => e.counterExamples ?? [])),
  fc.constantFrom(
    "cô đọng",
    "viên",
    "mẽ",
    "liệu",
    "lịch",
    "hồ sơ",
    "UBND",
    "18",
    "Trương",
    "**",
    "(",
    ")",
    "./."
  ),
  fc.constantFrom(" ", "  ", ", ", ". ", "\n", "\r\n", "\u00a0", "\u200b")
)
const casing = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s[0]!.toUpperCase() + s.slice(1),
  (s) => s.normalize("NFD")
)
const body = fc
  .array(
    fc.tuple(fragment, casing).map(([f, c]) => c(f)),
    { maxLength: 30 }
  )
  .map((parts) => parts.join(" "))

const safeFixes = (text: string) =>
  lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics.filter((d) => d.fix?.tier === "safe")

describe("misspelling safe fixes (property)", () => {
  test("edit letters only, leave the rest byte-identical, and are idempotent", () => {
    fc.assert(
      fc.property(body, (b) => {
        const text = HEAD + b
        const diagnostics = safeFixes(text)
        const edits = diagnostics.flatMap((d) => d.fix!.edits).sort((x, y) => x.start - y.start)
        // Each edit covers letters and the spaces between them, nothing else.
        for (const e of edits)
          expect(text.slice(e.start, e.end).normalize("NFC")).toMatch(/^\p{L}+(?: +\p{L}+)*$/u)
        const { output, conflicts } = applyFixes(text, diagnostics)
        expect(conflicts).toEqual([])
        // Outside the edits the output is the input, byte for byte.
        let at = 0
        let out = 0
        for (const e of edits) {
          const kept = text.slice(at, e.start)
          expect(output.slice(out, out + kept.length)).toBe(kept)
          out += kept.length + e.text.length
          at = e.end
        }
        expect(output.slice(out)).toBe(text.slice(at))
        // Fixing again changes nothing.
        expect(safeFixes(output)).toEqual([])
        expect(applyFixes(output, safeFixes(output)).output).toBe(output)
      }),
      { numRuns: 300 }
    )
  })
})

describe("misspelling docs examples", () => {
  const lintExample = (text: string) => lintWithRule(rule, text, {}, DEFAULT_TEST_TODAY).diagnostics
  test("valid examples pass and invalid ones are reported", () => {
    for (const text of rule.meta.examples.valid) expect(lintExample(text)).toEqual([])
    for (const text of rule.meta.examples.invalid) expect(lintExample(text).length).toBeGreaterThan(0)
  })
})

describe("misspelling: the case-insensitive search", () => {
  // The rule finds entries with a case-insensitive regex over the text; it
  // must match every letter against its lower case, but for the letters
  // the rule knows to scan syllable by syllable instead.
  test("a case-insensitive regex matches every letter with its lower case, but the listed ones", () => {
    const missed: Array<string> = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const letter = String.fromCodePoint(cp)
      const lower = letter.toLowerCase()
      if (lower === letter || [...lower].length !== 1 || !isPlainLatinLetter(lower)) continue
      if (!new RegExp(lower.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"), "i").test(letter)) missed.push(letter)
    }
    expect(missed.filter((c) => !CASE_INSENSITIVE_EXCEPTIONS.includes(c))).toEqual([])
  })

  test("texts with one of those letters are still read syllable by syllable", () => {
    expect(findMisspellings("\u212Aỹ thuật cập nhập").map((m) => m.found)).toEqual(["cập nhập"])
    expect(findMisspellings("HOÀ BÌNH, cập nhập").map((m) => m.found)).toEqual(["cập nhập"])
  })
})
