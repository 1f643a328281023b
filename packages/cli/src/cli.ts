/**
 * The `cchc` command line: picks the command and loads only its module,
 * so that `cchc --help` and `cchc rules` start fast and `cchc lint` pays
 * for the parser and the rules only when it runs.
 *
 * @since 0.1.0
 */
import { didYouMean } from "@cchc/rules"
import { InputError, UsageError } from "./errors.js"
import type { CommandName } from "./help.js"
import { processIO, type CliIO } from "./io.js"
import { catalogue } from "./messages/catalogue.js"
import { takeLocale } from "./messages/locale.js"
import { VERSION } from "./version.js"

/**
 * A command: reads its arguments, does its work through `io`, and returns
 * the exit code.
 *
 * @since 0.1.0
 * @category cli
 */
export type CommandRun = (argv: ReadonlyArray<string>, io: CliIO) => Promise<number>

const COMMANDS: Readonly<Record<CommandName, () => Promise<{ readonly run: CommandRun }>>> = {
  lint: () => import("./commands/lint.js"),
  parse: () => import("./commands/parse.js"),
  render: () => import("./commands/render.js"),
  convert: () => import("./commands/convert.js"),
  rules: () => import("./commands/rules.js"),
  init: () => import("./commands/init.js")
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name)

/**
 * Runs `cchc` with `argv` (without `node` and the script) and returns the
 * exit code: 0 clean, 1 lint errors, 2 usage or input errors. It speaks
 * Vietnamese unless `--locale en` (anywhere before `--`) or
 * `CCHC_LOCALE=en` asks for English. Never
 * throws: every failure is one line on `io.stderr` (with a stack trace only
 * when `CCHC_DEBUG` is set).
 *
 * @since 0.1.0
 * @category cli
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * const io = memoryIO(process.cwd())
 * await runCli(["--version"], io) // 0
 * io.output() // "0.1.0\n"
 * ```
 */
export const runCli = async (
  fullArgv: ReadonlyArray<string>,
  processIo: CliIO = processIO()
): Promise<number> => {
  const { locale, argv, invalid } = takeLocale(fullArgv, processIo.env)
  const t = catalogue(locale)
  if (invalid !== undefined) {
    processIo.stderr.write(`cchc: ${t.badLocale(invalid)}\n${t.commandsHint}\n`)
    return 2
  }
  const io: CliIO = { ...processIo, locale }
  const [first, ...rest] = argv
  if (first === undefined) {
    io.stderr.write(t.mainUsage)
    return 2
  }
  if (first === "-h" || first === "--help" || first === "help") {
    const topic = rest[0]
    io.stdout.write(
      first === "help" && topic !== undefined && isCommand(topic) ? t.commandUsage[topic] : t.mainUsage
    )
    return 0
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (!isCommand(first)) {
    const what = first.startsWith("-")
      ? t.unknownOption(first)
      : `${t.unknownCommand(first)}${didYouMean(first, Object.keys(COMMANDS))}`
    io.stderr.write(`cchc: ${what}\n${t.commandsHint}\n`)
    return 2
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    const end = rest.indexOf("--")
    const helpAt = Math.max(rest.indexOf("-h"), rest.indexOf("--help"))
    if (end === -1 || helpAt < end) {
      io.stdout.write(t.commandUsage[first])
      return 0
    }
  }
  try {
    const command = await COMMANDS[first]()
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`cchc ${first}: ${error.message}\n${t.usageHint(first)}\n`)
    } else if (error instanceof InputError) {
      io.stderr.write(`cchc ${first}: ${error.toString()}\n`)
    } else {
      const message = error instanceof Error ? error.message : String(error)
      io.stderr.write(`cchc ${first}: ${t.internalError(message)}\n`)
      if (io.env["CCHC_DEBUG"] && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    }
    return 2
  }
}
