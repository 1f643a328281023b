/**
 * `metric-total`: a stated total agrees with the parts the text gives for
 * it (`18 hồ sơ … (trong đó 11 hồ sơ …; 07 hồ sơ …)`), as paired by the
 * parser in `metricBreakdowns`.
 *
 * `trong đó` ("of which") may list only some parts, so there only parts
 * that add up to more than the total are wrong; `gồm` / `bao gồm` lists
 * every part, so any difference is. Approximate figures (`trên`, `gần`,
 * ranges, rates) are not added up.
 */
import type { Metric } from "@cchc/core"
import { defineRule } from "../rule.js"

const EXHAUSTIVE = /(?:^|[^\p{L}])(?:bao gồm|gồm)(?![\p{L}])/u
const PARTIAL = /(?:^|[^\p{L}])trong đó(?![\p{L}])/u

const exact = (m: Metric): boolean => m.qualifier === "exact" && m.upper === null && m.per === null

// Sums of decimals (`1,5 + 2,25`) without binary noise.
const add = (values: ReadonlyArray<number>): number =>
  Math.round(values.reduce((s, v) => s + v, 0) * 1e6) / 1e6

// The Vietnamese way: `.` groups thousands, `,` marks decimals.
const formatNumber = (n: number): string => {
  const [whole, fraction] = String(n).split(".")
  const grouped = whole!.replace(/\B(?=(?:\d{3})+$)/gu, ".")
  return fraction === undefined ? grouped : `${grouped},${fraction}`
}

// Examples are whole documents, so that the engine lints them as such.
const EXAMPLE_HEAD =
  "Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả công tác tuyên truyền năm 2023\n\n"

export default defineRule<Record<string, never>>({
  meta: {
    id: "metric-total",
    description:
      "A stated total agrees with the sum of the parts given for it (18 hồ sơ, trong đó 11 … và 07 …).",
    category: "content",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised"],
    source: "practice",
    presets: { recommended: "warning", strict: "error" },
    fixable: "none",
    messages: {
      partsExceedTotal: {
        vi: "Tổng số “{total}” nhỏ hơn tổng các phần ({parts} = {sum} {unit}); kiểm tra lại số liệu.",
        en: "The total “{total}” is less than the sum of its parts ({parts} = {sum} {unit}); check the figures."
      },
      partsShortOfTotal: {
        vi: "Tổng số “{total}” không bằng tổng các phần được liệt kê đầy đủ ({parts} = {sum} {unit}); kiểm tra lại số liệu.",
        en: "The total “{total}” differs from the sum of the parts listed in full ({parts} = {sum} {unit}); check the figures."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        EXAMPLE_HEAD +
          "Đã tiếp nhận và trả kết quả 18 hồ sơ (trong đó 11 hồ sơ trả kết quả trước thời hạn; 07 hồ sơ được yêu cầu rút)."
      ],
      invalid: [
        EXAMPLE_HEAD +
          "Đã tiếp nhận và trả kết quả 18 hồ sơ (trong đó 13 hồ sơ trả kết quả trước thời hạn; 07 hồ sơ được yêu cầu rút)."
      ]
    }
  },
  check: (context) => {
    const { metrics, metricBreakdowns } = context.document
    for (const breakdown of metricBreakdowns) {
      const total = metrics[breakdown.total]
      const parts = breakdown.parts.map((i) => metrics[i]).filter((m): m is Metric => m !== undefined)
      if (total === undefined || parts.length === 0 || parts.length !== breakdown.parts.length) continue
      if (!exact(total) || !parts.every(exact)) continue
      const sum = add(parts.map((p) => p.value))
      if (sum === total.value) continue
      const between = context.text.slice(total.span.end.offset, parts[0]!.span.start.offset)
      const exhaustive = EXHAUSTIVE.test(between) && !PARTIAL.test(between)
      const data = {
        total: total.raw,
        parts: parts.map((p) => formatNumber(p.value)).join(" + "),
        sum: formatNumber(sum),
        unit: total.unit
      }
      if (sum > total.value) context.report({ messageId: "partsExceedTotal", span: breakdown.span, data })
      else if (exhaustive) context.report({ messageId: "partsShortOfTotal", span: breakdown.span, data })
    }
  }
})
