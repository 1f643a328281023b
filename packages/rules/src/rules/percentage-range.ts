/**
 * `percentage-range`: a share of a whole is at most 100 % (`tỷ lệ hồ sơ
 * đúng hạn đạt 105%` is wrong). Growth and comparisons are not shares:
 * `tăng 150%`, `gấp`, `vượt`, `bằng 120% so với cùng kỳ`, `đạt 110% kế
 * hoạch` are fine.
 */
import type { Metric } from "@cchc/core"
import { defineRule } from "../rule.js"

// Words before the figure, in its clause, that make it a change or a ratio.
const GROWTH_BEFORE = /(?:^|[^\p{L}])(?:tăng(?! cường)|gấp|vượt|bằng|tăng trưởng)(?![\p{L}])/u
// Words just after it that compare with something else than a whole.
const COMPARISON_AFTER =
  /^[ ]*(?:[^.;\n]{0,30}?)(?:so với|cùng kỳ|kế hoạch|chỉ tiêu|dự toán|mục tiêu|KH)(?![\p{L}])/u

const clauseBefore = (text: string, offset: number): string => {
  const window = text.slice(Math.max(0, offset - 80), offset)
  const cut = Math.max(
    window.lastIndexOf(";"),
    window.lastIndexOf(". "),
    window.lastIndexOf("\n"),
    window.lastIndexOf(",")
  )
  return window.slice(cut + 1)
}

const isShare = (text: string, metric: Metric): boolean => {
  if (GROWTH_BEFORE.test(clauseBefore(text, metric.span.start.offset))) return false
  return !COMPARISON_AFTER.test(text.slice(metric.span.end.offset, metric.span.end.offset + 50))
}

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "percentage-range",
    description:
      "A share of a whole is at most 100 %; growth and comparisons (tăng 150%, so với cùng kỳ) are not shares.",
    category: "content",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      over100: {
        vi: "Tỷ lệ “{raw}” lớn hơn 100%: một phần của tổng số không thể vượt 100%. Nếu đây là mức tăng hoặc phép so sánh, viết rõ (ví dụ “tăng 150%”, “bằng 120% so với cùng kỳ”).",
        en: "“{raw}” is above 100 %: a share of a whole cannot exceed 100 %. If it is a growth or a comparison, say so (e.g. “tăng 150%”, “bằng 120% so với cùng kỳ”)."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD + "Tỷ lệ hồ sơ được giải quyết đúng hẹn đạt 100%; số tin, bài tăng 150% so với năm 2019."
      ],
      invalid: [EXAMPLE_HEAD + "Tỷ lệ hồ sơ được giải quyết đúng hẹn đạt 105%."]
    }
  },
  check: (context) => {
    for (const metric of context.document.metrics) {
      if (metric.unit !== "%") continue
      if (metric.value <= 100 && (metric.upper === null || metric.upper <= 100)) continue
      if (!isShare(context.text, metric)) continue
      context.report({ messageId: "over100", span: metric.span, data: { raw: metric.raw } })
    }
  }
})
