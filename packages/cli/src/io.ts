/**
 * Where a command reads and writes: the working directory, the
 * environment and the two output streams. Commands take a {@link CliIO}
 * instead of touching `process`, so the programmatic API and tests can run
 * them in memory.
 *
 * @since 0.1.0
 */
import type { Locale } from "./messages/locale.js"

/**
 * A stream a command writes text to.
 *
 * @since 0.1.0
 * @category io
 */
export interface OutputStream {
  write(chunk: string): unknown
  readonly isTTY?: boolean
  readonly columns?: number
}

/**
 * The world a command runs in.
 *
 * @since 0.1.0
 * @category io
 */
export interface CliIO {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: OutputStream
  readonly stderr: OutputStream
  /** The language of the CLI's own output; Vietnamese when absent. */
  readonly locale?: Locale
}

/**
 * The {@link CliIO} of the running process.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { processIO } from "@cchc/cli"
 * processIO().cwd === process.cwd() // true
 * ```
 */
export const processIO = (): CliIO => ({
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
})

/**
 * An in-memory {@link CliIO} that collects what a command prints.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { memoryIO } from "@cchc/cli"
 * const io = memoryIO("/tmp")
 * io.stdout.write("hello\n")
 * io.output() // "hello\n"
 * ```
 */
export const memoryIO = (
  cwd: string,
  env: Readonly<Record<string, string | undefined>> = {}
): CliIO & { output(): string; errors(): string } => {
  let out = ""
  let err = ""
  return {
    cwd,
    env,
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    output: () => out,
    errors: () => err
  }
}

/**
 * Whether to colour output for `stream`: on a terminal only, unless
 * `NO_COLOR` is set (to anything but the empty string) or `TERM=dumb`;
 * `FORCE_COLOR` (not `0`) turns it on anywhere. An explicit `--color` or
 * `--no-color` wins over all of these.
 *
 * @since 0.1.0
 * @category io
 * @example
 * ```ts
 * import { useColour } from "@cchc/cli"
 * useColour({ isTTY: true, write: () => true }, { NO_COLOR: "1" }) // false
 * useColour({ isTTY: false, write: () => true }, {}, true) // true
 * ```
 */
export const useColour = (
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
  flag?: boolean
): boolean => {
  if (flag !== undefined) return flag
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false
  if (env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0") return true
  if (env["TERM"] === "dumb") return false
  return stream.isTTY === true
}
