/**
 * ANSI colours for terminal output, or plain text when colour is off.
 *
 * @since 0.1.0
 */

/**
 * The styles reporters use; each returns its argument unchanged when
 * colour is off.
 *
 * @since 0.1.0
 * @category report
 */
export interface Palette {
  readonly red: (s: string) => string
  readonly yellow: (s: string) => string
  readonly blue: (s: string) => string
  readonly green: (s: string) => string
  readonly dim: (s: string) => string
  readonly bold: (s: string) => string
  readonly underline: (s: string) => string
}

const style = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`

/**
 * The palette for `enabled` colour.
 *
 * @since 0.1.0
 * @category report
 * @example
 * ```ts
 * import { palette } from "@cchc/cli"
 * palette(false).red("error") // "error"
 * palette(true).red("error") // "\u001b[31merror\u001b[39m"
 * ```
 */
export const palette = (enabled: boolean): Palette => {
  const plain = (s: string) => s
  return enabled
    ? {
        red: style(31, 39),
        yellow: style(33, 39),
        blue: style(34, 39),
        green: style(32, 39),
        dim: style(2, 22),
        bold: style(1, 22),
        underline: style(4, 24)
      }
    : { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain }
}
