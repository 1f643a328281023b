/**
 * The language the CLI speaks: Vietnamese unless `--locale en` or
 * `CCHC_LOCALE=en` asks for English.
 *
 * @since 0.1.0
 */
/**
 * The languages of the CLI's output.
 *
 * @since 0.1.0
 * @category locale
 */
export const LOCALES = ["vi", "en"] as const

/**
 * One of {@link LOCALES}.
 *
 * @since 0.1.0
 * @category locale
 */
export type Locale = (typeof LOCALES)[number]

/**
 * Vietnamese: the documents are Vietnamese and so are most of their readers.
 *
 * @since 0.1.0
 * @category locale
 */
export const DEFAULT_LOCALE: Locale = "vi"

const isLocale = (value: string): value is Locale => (LOCALES as ReadonlyArray<string>).includes(value)

/**
 * Takes `--locale X` / `--locale=X` out of `argv` (anywhere before `--`)
 * and picks the locale: the option, else `CCHC_LOCALE`, else Vietnamese.
 * An unusable value of the option comes back as `invalid` (the caller
 * reports it in the default language); `CCHC_LOCALE` is read by its
 * language part (`en_US.UTF-8` is English) and otherwise ignored.
 *
 * @since 0.1.0
 * @category locale
 * @example
 * ```ts
 * import { takeLocale } from "@cchc/cli"
 * takeLocale(["lint", "--locale", "en", "a.txt"], {}) // { locale: "en", argv: ["lint", "a.txt"] }
 * takeLocale(["lint"], {}).locale // "vi"
 * ```
 */
export const takeLocale = (
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>
): { readonly locale: Locale; readonly argv: ReadonlyArray<string>; readonly invalid?: string } => {
  const rest: Array<string> = []
  let chosen: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--") {
      rest.push(...argv.slice(i))
      break
    }
    if (arg === "--locale") {
      chosen = argv[i + 1]
      chosen = chosen === undefined || chosen.startsWith("-") ? "" : chosen
      if (chosen !== "") i++
    } else if (arg.startsWith("--locale=")) {
      chosen = arg.slice("--locale=".length)
    } else {
      rest.push(arg)
    }
  }
  if (chosen !== undefined) {
    if (!isLocale(chosen)) return { locale: DEFAULT_LOCALE, argv: rest, invalid: chosen }
    return { locale: chosen, argv: rest }
  }
  const fromEnv = env["CCHC_LOCALE"]?.trim().toLowerCase().slice(0, 2)
  return { locale: fromEnv !== undefined && isLocale(fromEnv) ? fromEnv : DEFAULT_LOCALE, argv: rest }
}
