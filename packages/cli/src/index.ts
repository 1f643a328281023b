/**
 * `@cchc/cli`: the `cchc` command (lint, fix, parse, render documents
 * under Nghị định 30/2020/NĐ-CP) and its parts as a programmatic API: run
 * the command line in memory, run a lint over files and format its report,
 * load configurations, read inputs.
 *
 * @since 0.1.0
 */
export { runCli, type CommandRun } from "./cli.js"
export { processIO, memoryIO, useColour, type CliIO, type OutputStream } from "./io.js"
export { UsageError, InputError } from "./errors.js"
export {
  parseCommandArgs,
  integerOption,
  choiceOption,
  colourFlag,
  COMMON_OPTIONS,
  type OptionSpec
} from "./args.js"
export { rulesVersion, VERSION } from "./version.js"
export { MAIN_USAGE, COMMAND_USAGE, type CommandName } from "./help.js"
export { catalogue, EN, VI, type Catalogue } from "./messages/catalogue.js"
export { DEFAULT_LOCALE, LOCALES, takeLocale, type Locale } from "./messages/locale.js"

export { parseRuleFlags } from "./commands/lint.js"
export { summarizeDocument } from "./commands/parse.js"
export { renderSpec, RENDER_FORMATS, type RenderFormat } from "./commands/render.js"
export { formatRuleTable, formatRuleDoc } from "./commands/rules.js"
export { schemaReference, starterConfig } from "./commands/init.js"

export * from "./config/config-file.js"
export * from "./config/config-schema.js"
export { didYouMean } from "@cchc/rules"
export * from "./config/find-config.js"
export * from "./config/json-source.js"
export * from "./config/load-config.js"
export * from "./config/merge-rule-settings.js"

export * from "./input/decode-text.js"
export * from "./input/expand-paths.js"
export * from "./input/glob.js"
export * from "./input/input-problem.js"
export * from "./input/paths.js"
export * from "./input/read-docx.js"
export * from "./input/read-pdf-input.js"
export * from "./input/read-input.js"
export * from "./input/encoding-errors.js"
export * from "./input/working-tree.js"

export * from "./lint/baseline.js"
export * from "./lint/cache.js"
export * from "./lint/cache-entry.js"
export * from "./lint/producer-key.js"
export * from "./lint/cross-file.js"
export * from "./lint/line-endings.js"
export * from "./lint/lint-file.js"
export * from "./lint/progress.js"
export * from "./lint/run-lint.js"
export * from "./lint/run-tasks.js"
export * from "./lint/write-atomic.js"
export * from "./lint/write-fix.js"
export * from "./lint/fix-copy-paths.js"
export * from "./lint/temporary-files.js"
export * from "./lint/output-paths.js"

export * from "./reporters/code-frame.js"
export * from "./reporters/colours.js"
export * from "./reporters/github.js"
export * from "./reporters/index.js"
export * from "./reporters/json.js"
export * from "./reporters/lint-report.js"
export * from "./reporters/sarif.js"
export * from "./reporters/stylish.js"
