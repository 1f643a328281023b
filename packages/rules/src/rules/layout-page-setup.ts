/**
 * `layout-page-setup`: the page is A4 (210 × 297 mm), portrait, with
 * margins top 20–25, bottom 20–25, left 30–35 and right 15–20 mm
 * (NĐ 30/2020, Phụ lục I, mục I.4–5). A landscape section is allowed for
 * a wide table; its margins turn with the page. The margins are options a
 * profile may narrow within the decree's ranges.
 */
import type { PageSetup } from "@cchc/core"
import { formattingOf, isSkip, narrowed, sizeRangeSchema, type SizeRange } from "../internal/formatting.js"
import { defineRule } from "../rule.js"

// Word stores sizes in twentieths of a point: A4 reads 209.9 or 210.1 mm.
const TOLERANCE = 0.6

const SIDES = [
  ["marginTop", "top", "trên", [20, 25]],
  ["marginBottom", "bottom", "dưới", [20, 25]],
  ["marginLeft", "left", "trái", [30, 35]],
  ["marginRight", "right", "phải", [15, 20]]
] as const

const mm = (n: number): string => String(n).replace(".", ",")

export default defineRule({
  meta: {
    id: "layout-page-setup",
    description:
      "The page is A4, portrait, with margins top 20–25, bottom 20–25, left 30–35, right 15–20 mm (formatting of a .docx).",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục I, mục I.4 and I.5",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      paper: {
        vi: "Văn bản phải trình bày trên giấy khổ A4 (210 mm x 297 mm); khổ giấy đang là {found}.",
        en: "The document is set on A4 paper (210 × 297 mm); the page is {found}."
      },
      margin: {
        vi: "Lề {side} phải cách mép {expected} mm (đang: {found} mm).",
        en: "The {sideEn} margin is {expected} mm (found: {found} mm)."
      }
    },
    defaultOptions: {
      top: { min: 20, max: 25 } as SizeRange,
      bottom: { min: 20, max: 25 } as SizeRange,
      left: { min: 30, max: 35 } as SizeRange,
      right: { min: 15, max: 20 } as SizeRange
    },
    optionsSchema: {
      type: "object",
      properties: {
        top: sizeRangeSchema(20, 25),
        bottom: sizeRangeSchema(20, 25),
        left: sizeRangeSchema(30, 35),
        right: sizeRangeSchema(15, 20)
      },
      additionalProperties: false
    },
    examples: {
      valid: [
        "@formatted page=A4 margins=20/20/30/15\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ],
      invalid: [
        "@formatted page=216x279 margins=25/25/25/25\n[13] Số: 05/BC-UBND\n[14 b center] BÁO CÁO\n[14 b center] Công tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const formatting = formattingOf(context.document)
    if (isSkip(formatting)) return formatting
    if (formatting.sections.length === 0)
      return { skip: "not-evaluable", reason: "the file has no page setup" }
    const firstLineEnd = context.text.indexOf("\n")
    const span = context.span(0, firstLineEnd < 0 ? context.text.length : firstLineEnd)
    const options = context.options as Readonly<Record<string, SizeRange | undefined>>
    formatting.sections.forEach((section: PageSetup, i) => {
      const { width, height } = section
      if (width !== null && height !== null) {
        const short = Math.min(width, height)
        const long = Math.max(width, height)
        if (Math.abs(short - 210) > TOLERANCE || Math.abs(long - 297) > TOLERANCE)
          context.report({
            messageId: "paper",
            span,
            data: { found: `${mm(width)} mm x ${mm(height)} mm` }
          })
      }
      // In a landscape section the top and bottom margins are the sheet's long sides.
      for (const [key, option, side, decree] of SIDES) {
        const value = section[key]
        if (value === null) continue
        const [min, max] = narrowed(options[option], decree)
        if (value < min - 0.05 || value > max + 0.05)
          context.report({
            messageId: "margin",
            span,
            data: {
              side,
              sideEn: option,
              expected: `${min}–${max}`,
              found: mm(value),
              section: i
            },
            formatFix: { margin: { section: i, side: option, millimetres: value < min ? min : max } }
          })
      }
    })
  }
})
