/**
 * Quốc hiệu và Tiêu ngữ (ô 1).
 *
 * @since 0.1.0
 */

/**
 * The two lines of ô 1.
 *
 * @since 0.1.0
 * @category builders
 */
export interface NationalHeaderLines {
  readonly country: string
  readonly motto: string
}

/**
 * Quốc hiệu in upper case and Tiêu ngữ with each phrase capitalised and
 * ` - ` between them (Phụ lục I, §3.1).
 *
 * @since 0.1.0
 * @category builders
 * @example
 * ```ts
 * import { formatNationalHeader } from "@cchc/format"
 * formatNationalHeader()
 * // { country: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc" }
 * ```
 */
export const formatNationalHeader = (): NationalHeaderLines => ({
  country: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc"
})
