/**
 * Reading a command line with `node:util`'s `parseArgs`, turning its
 * errors into {@link UsageError}s that name the option.
 *
 * @since 0.1.0
 */
import { parseArgs } from "node:util"
import { UsageError } from "./errors.js"
import { catalogue } from "./messages/catalogue.js"
import { DEFAULT_LOCALE, type Locale } from "./messages/locale.js"

/**
 * One option of a command: a string (possibly repeated) or a flag.
 *
 * @since 0.1.0
 * @category args
 */
export interface OptionSpec {
  readonly type: "string" | "boolean"
  readonly short?: string
  readonly multiple?: boolean
}

/** The values `parseArgs` gives for a set of {@link OptionSpec}s. */
type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]["type"] extends "boolean"
    ? boolean
    : O[K]["multiple"] extends true
      ? Array<string>
      : string
}

/**
 * Parses `argv` (the arguments after the command name) strictly: an
 * unknown option or a missing value is a {@link UsageError} that names the
 * command, in `locale`. `--` ends the options.
 *
 * @since 0.1.0
 * @category args
 * @example
 * ```ts
 * import { parseCommandArgs } from "@cchc/cli"
 * const { values, positionals } = parseCommandArgs("lint", ["docs", "--format", "json"], { format: { type: "string" } })
 * values.format // "json"
 * positionals // ["docs"]
 * ```
 */
export const parseCommandArgs = <O extends Record<string, OptionSpec>>(
  command: string,
  argv: ReadonlyArray<string>,
  options: O,
  locale: Locale = DEFAULT_LOCALE
): { values: Values<O>; positionals: Array<string> } => {
  const t = catalogue(locale)
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: options as Record<string, OptionSpec>,
      allowPositionals: true,
      strict: true
    })
    return { values: parsed.values as Values<O>, positionals: parsed.positionals }
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = error instanceof Error ? error.message : String(error)
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message
      throw new UsageError(t.unknownCommandOption(option, command))
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /'(--?[\w-]+)/.exec(message)?.[1]
      if (option !== undefined && message.includes("ambiguous")) {
        throw new UsageError(t.needsDashValue(option))
      }
      throw new UsageError(option === undefined ? message.split("\n")[0]! : t.needsValue(option))
    }
    throw new UsageError(message)
  }
}

/**
 * Reads a whole-number option within `[min, max]`; `undefined` when the
 * option was not given.
 *
 * @since 0.1.0
 * @category args
 * @example
 * ```ts
 * import { integerOption } from "@cchc/cli"
 * integerOption("--max-warnings", "10", -1) // 10
 * integerOption("--max-warnings", undefined, -1) // undefined
 * ```
 */
export const integerOption = (
  name: string,
  value: string | undefined,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER
): number | undefined => {
  if (value === undefined) return undefined
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`
    throw new UsageError(`${name} needs a whole number ${range}, got '${value}'`)
  }
  return n
}

/**
 * Reads an option whose value is one of `choices`; `fallback` when the
 * option was not given.
 *
 * @since 0.1.0
 * @category args
 * @example
 * ```ts
 * import { choiceOption } from "@cchc/cli"
 * choiceOption("--format", "json", ["stylish", "json"], "stylish") // "json"
 * ```
 */
export const choiceOption = <C extends string>(
  name: string,
  value: string | undefined,
  choices: ReadonlyArray<C>,
  fallback: C
): C => {
  if (value === undefined) return fallback
  if ((choices as ReadonlyArray<string>).includes(value)) return value as C
  throw new UsageError(`${name} must be one of ${choices.join(", ")}; got '${value}'`)
}

/**
 * The colour choice of `--color` / `--no-color`, `undefined` when neither
 * was given.
 *
 * @since 0.1.0
 * @category args
 * @example
 * ```ts
 * import { colourFlag } from "@cchc/cli"
 * colourFlag({ "no-color": true }) // false
 * colourFlag({}) // undefined
 * ```
 */
export const colourFlag = (values: { color?: boolean; "no-color"?: boolean }): boolean | undefined =>
  values["no-color"] === true ? false : values.color === true ? true : undefined

/**
 * The options every command accepts.
 *
 * @since 0.1.0
 * @category args
 */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" }
} as const satisfies Record<string, OptionSpec>
