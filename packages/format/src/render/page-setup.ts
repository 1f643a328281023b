/**
 * Page setup and type sizes of Nghị định 30/2020, Phụ lục I (Mục V), as
 * data shared by the HTML and .docx renderers.
 *
 * @since 0.1.0
 */

/**
 * A4 portrait with the formatter's margins (the decree allows top and
 * bottom 20–25 mm, left 30–35 mm, right 15–20 mm), in millimetres.
 *
 * @since 0.1.0
 * @category page setup
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  /** Where the page number sits, from the top edge. */
  headerMm: 10,
  font: "Times New Roman"
} as const

/**
 * The text width of the page (210 − 30 − 15 = 165 mm).
 *
 * @since 0.1.0
 * @category page setup
 */
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm

/**
 * Share of the text width taken by the left column of the header and foot
 * tables (issuer, number, Nơi nhận); the right column (Quốc hiệu,
 * place-date, signature) takes the rest.
 *
 * @since 0.1.0
 * @category page setup
 */
export const LEFT_COLUMN_SHARE = 0.4

/**
 * How one component is set: size in points, bold, italic, upper case.
 *
 * @since 0.1.0
 * @category page setup
 */
export interface TypeSpec {
  readonly size: number
  readonly bold: boolean
  readonly italic: boolean
}

const t = (size: number, bold = false, italic = false): TypeSpec => ({ size, bold, italic })

/**
 * The size and style of each component (Phụ lục I, Mục V; the formatter's
 * defaults inside the decree's ranges): Quốc hiệu 12 bold, Tiêu ngữ 13
 * bold, cơ quan chủ quản 13, issuer 13 bold, number 13, place-date 14
 * italic, type name and trích yếu 14 bold, V/v 13, Kính gửi and body 14,
 * authority lines, title and name 14 bold, Nơi nhận label 12 bold italic,
 * its items 11, page number 14; độ mật, độ khẩn and phạm vi lưu hành 13
 * bold in a frame (PL I: 13–14), ô 12 11, ô 13 11 (PL I: 11–12); phụ lục heading and title 14 bold,
 * its reference 14 italic.
 *
 * @since 0.1.0
 * @category page setup
 */
export const TYPOGRAPHY = {
  country: t(12, true),
  motto: t(13, true),
  parent: t(13),
  issuer: t(13, true),
  number: t(13),
  placeDate: t(14, false, true),
  kindName: t(14, true),
  summary: t(14, true),
  vv: t(13),
  kinhGui: t(14),
  body: t(14),
  basis: t(14, false, true),
  heading: t(14, true),
  authority: t(14, true),
  signerTitle: t(14, true),
  signer: t(14, true),
  recipientsLabel: t(12, true, true),
  recipientsItem: t(11),
  pageNumber: t(14),
  mark: t(13, true),
  drafter: t(11),
  address: t(11),
  appendixLabel: t(14, true),
  appendixTitle: t(14, true),
  appendixReference: t(14, false, true)
} as const satisfies Record<string, TypeSpec>

/**
 * The colour of the độ khẩn mark (ô 10b: "màu đỏ tươi", bright red).
 *
 * @since 0.2.0
 * @category page setup
 */
export const URGENCY_COLOUR = "FF0000"

/**
 * Paragraph settings of the body: first-line indent 1.27 cm, 6 pt after,
 * line spacing 1.2 (the decree allows single to 1.5).
 *
 * @since 0.1.0
 * @category page setup
 */
export const BODY_PARAGRAPH = { firstLineIndentCm: 1.27, afterPt: 6, lineSpacing: 1.2 } as const
