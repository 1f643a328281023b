/**
 * The CLI's own failures: a wrong command line, or an input that cannot be
 * used. Both end the run with exit code 2 and one line of explanation.
 *
 * @since 0.1.0
 */

/**
 * A command line that cannot be run: an unknown option, a missing
 * argument, a value out of range. Printed as `cchc <command>: <message>`
 * with a pointer to `--help`, exit code 2.
 *
 * @since 0.1.0
 * @category errors
 * @example
 * ```ts
 * import { UsageError } from "@cchc/cli"
 * const error = new UsageError("--max-warnings needs a whole number, got 'many'")
 * error.message // "--max-warnings needs a whole number, got 'many'"
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/**
 * An input the command cannot use (a missing file, a malformed
 * configuration, a spec that does not decode), located by `file` and,
 * when known, `line` and `column`. Exit code 2.
 *
 * @since 0.1.0
 * @category errors
 * @example
 * ```ts
 * import { InputError } from "@cchc/cli"
 * const error = new InputError("cchc.config.json", "unknown key 'rulez'", 3, 5)
 * error.toString() // "cchc.config.json:3:5: unknown key 'rulez'"
 * ```
 */
export class InputError extends Error {
  override readonly name = "InputError"

  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(reason)
  }

  /** `file[:line[:column]]: reason`, the one line the CLI prints. */
  override toString(): string {
    const where =
      this.line === undefined
        ? this.file
        : `${this.file}:${this.line}${this.column === undefined ? "" : `:${this.column}`}`
    return `${where}: ${this.reason}`
  }
}
