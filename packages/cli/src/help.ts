/**
 * Usage texts of `cchc` and its commands in English, from the message
 * catalogue (`cchc` itself prints them in the chosen locale). Kept apart
 * from the commands so that `--help` loads nothing else.
 *
 * @since 0.1.0
 */
import { EN, type CommandName } from "./messages/catalogue.js"

export type { CommandName }

/**
 * What `cchc --help --locale en` prints.
 *
 * @since 0.1.0
 * @category help
 */
export const MAIN_USAGE: string = EN.mainUsage

/**
 * What `cchc <command> --help --locale en` prints.
 *
 * @since 0.1.0
 * @category help
 */
export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = EN.commandUsage
