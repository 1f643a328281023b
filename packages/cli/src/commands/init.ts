/**
 * `cchc init`: write a starter `cchc.config.json` whose `$schema` lets
 * editors complete and check it.
 *
 * @since 0.1.0
 */
import { existsSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { choiceOption, COMMON_OPTIONS, parseCommandArgs } from "../args.js"
import { CONFIG_SCHEMA_FILE } from "../config/config-schema.js"
import { InputError, UsageError } from "../errors.js"
import type { CliIO } from "../io.js"
import { writeFileAtomic } from "../lint/write-atomic.js"

const OPTIONS = { ...COMMON_OPTIONS, preset: { type: "string" }, force: { type: "boolean" } } as const

/**
 * The `$schema` reference for a configuration written in `cwd`: the copy
 * in `node_modules/@cchc/cli` when the project installed the CLI, else the
 * schema next to the running CLI, as a relative path.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { schemaReference } from "@cchc/cli"
 * schemaReference("/work/project") // "./node_modules/@cchc/cli/dist/cchc.config.schema.json"
 * ```
 */
export const schemaReference = (cwd: string): string => {
  const installed = join(cwd, "node_modules", "@cchc", "cli", "dist", CONFIG_SCHEMA_FILE)
  const shipped = existsSync(installed)
    ? installed
    : fileURLToPath(new URL(`./${CONFIG_SCHEMA_FILE}`, import.meta.url))
  const rel = relative(cwd, shipped).split(sep).join("/")
  return rel.startsWith("../") ? rel : `./${rel}`
}

/**
 * The starter configuration.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { starterConfig } from "@cchc/cli"
 * JSON.parse(starterConfig("./schema.json", "recommended")).extends // ["recommended"]
 * ```
 */
export const starterConfig = (schema: string, preset: string): string =>
  `${JSON.stringify({ $schema: schema, extends: [preset], rules: {}, overrides: [], ignores: [] }, null, 2)}\n`

/**
 * Runs `cchc init` and returns its exit code.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * await runCli(["init", "--preset", "strict"], memoryIO("/tmp/project")) // 0, /tmp/project/cchc.config.json written
 * ```
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIO): Promise<number> => {
  const { values, positionals } = parseCommandArgs("init", argv, OPTIONS, io.locale)
  if (positionals.length > 0)
    throw new UsageError("init takes no arguments; run it in the folder to configure")
  const preset = choiceOption(
    "--preset",
    values.preset,
    ["recommended", "strict", "all"] as const,
    "recommended"
  )
  const target = join(io.cwd, "cchc.config.json")
  if (existsSync(target) && values.force !== true)
    throw new InputError("cchc.config.json", "already exists; use --force to overwrite it")
  await writeFileAtomic(target, starterConfig(schemaReference(io.cwd), preset))
  io.stdout.write(`Wrote cchc.config.json (extends ${preset}). 'cchc rules' lists the rules you can set.\n`)
  return 0
}
