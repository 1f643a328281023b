/**
 * Numbers and figures written the Vietnamese way.
 *
 * @since 0.1.0
 */

/**
 * Options of {@link formatVietnameseNumber}.
 *
 * @since 0.1.0
 * @category numbers
 */
export interface VietnameseNumberOptions {
  /** Exact number of decimals; by default up to 2, trailing zeros dropped. */
  readonly fractionDigits?: number
  /** Pad the integer part with zeros to this many digits (`2`: `3` → `03`). */
  readonly minimumDigits?: number
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".")

/**
 * A number with `.` between thousands and `,` before decimals: `3.250`,
 * `1,5`, `12.630.000`; `minimumDigits: 2` pads counts below 10 (`03`), as
 * reports do for items counted.
 *
 * @since 0.1.0
 * @category numbers
 * @example
 * ```ts
 * import { formatVietnameseNumber } from "@cchc/format"
 * formatVietnameseNumber(3250) // "3.250"
 * formatVietnameseNumber(1.5) // "1,5"
 * formatVietnameseNumber(98.567) // "98,57"
 * formatVietnameseNumber(3, { minimumDigits: 2 }) // "03"
 * ```
 */
export const formatVietnameseNumber = (value: number, options: VietnameseNumberOptions = {}): string => {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
  const fixed = options.fractionDigits ?? 2
  if (!Number.isInteger(fixed) || fixed < 0 || fixed > 20)
    throw new RangeError(`bad fractionDigits: ${fixed}`)
  let text = Math.abs(value).toFixed(fixed)
  if (options.fractionDigits === undefined && text.includes(".")) text = text.replace(/\.?0+$/u, "")
  const [integer = "0", fraction] = text.split(".")
  const padded = integer.padStart(options.minimumDigits ?? 1, "0")
  const sign = value < 0 && /[1-9]/.test(text) ? "-" : ""
  return `${sign}${groupThousands(padded)}${fraction === undefined ? "" : `,${fraction}`}`
}

/**
 * How a figure is qualified in a report: `over` is `trên`, `about`
 * `khoảng`, `under` `dưới`.
 *
 * @since 0.1.0
 * @category numbers
 */
export type MetricQualifier = "exact" | "over" | "about" | "under"

const QUALIFIER_WORDS: Record<MetricQualifier, string> = {
  exact: "",
  over: "trên",
  about: "khoảng",
  under: "dưới"
}

/**
 * Options of {@link formatMetric}.
 *
 * @since 0.1.0
 * @category numbers
 */
export interface MetricOptions extends VietnameseNumberOptions {
  /** The rate's base: `per: "chương trình"` gives `15 phút/chương trình`. */
  readonly per?: string
  /** The top of a range: `10-15 phút`. */
  readonly upper?: number
  /** `over` → `trên 30 tin, bài`. */
  readonly qualifier?: MetricQualifier
  /** Pad counts below 10 to two digits (`03 bài`), as the genre does. */
  readonly pad?: boolean
}

/**
 * A figure with its unit, the way CCHC reports write them: `250 m²`,
 * `15 phút/chương trình`, `03 bài` (with `pad`), `trên 30 tin, bài`.
 *
 * @since 0.1.0
 * @category numbers
 * @example
 * ```ts
 * import { formatMetric } from "@cchc/format"
 * formatMetric(250, "m²") // "250 m²"
 * formatMetric(15, "phút", { per: "chương trình" }) // "15 phút/chương trình"
 * formatMetric(3, "bài", { pad: true }) // "03 bài"
 * formatMetric(3250, "lượt người", { qualifier: "over" }) // "trên 3.250 lượt người"
 * formatMetric(10, "phút", { upper: 15 }) // "10-15 phút"
 * ```
 */
export const formatMetric = (value: number, unit: string, options: MetricOptions = {}): string => {
  const numberOptions: VietnameseNumberOptions = {
    ...(options.fractionDigits === undefined ? {} : { fractionDigits: options.fractionDigits }),
    minimumDigits:
      options.minimumDigits ?? (options.pad === true && Number.isInteger(value) && value >= 0 ? 2 : 1)
  }
  const upper = options.upper === undefined ? "" : `-${formatVietnameseNumber(options.upper, numberOptions)}`
  const qualifier = QUALIFIER_WORDS[options.qualifier ?? "exact"]
  const figure = `${formatVietnameseNumber(value, numberOptions)}${upper}`
  const per = options.per === undefined ? "" : `/${options.per.trim()}`
  return `${qualifier === "" ? "" : `${qualifier} `}${figure} ${unit.trim()}${per}`
}
