/**
 * A piece of text where a PDF draws it: the unit the layout works on.
 *
 * @since 0.1.0
 */

/**
 * One run of text on a page, as the PDF's text layer gives it: the
 * string, where its baseline starts (`x` from the left edge, `y` from the
 * top edge, in points, so that reading goes down the page as `y` grows),
 * its advance `width` and its font `size`. `item` is its index among the
 * page's text items, so that any character of the output can be traced
 * back to it.
 *
 * @since 0.1.0
 * @category layout
 */
export interface PositionedText {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly size: number
  readonly item: number
}
