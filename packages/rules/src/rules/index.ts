/**
 * The registry: every rule of the pack, one import per rule file. Keep it
 * a plain list (one line per rule) so that adding a rule is a one-line
 * change.
 *
 * @since 0.1.0
 */
import type { Rule } from "../rule.js"
import notADocument from "./not-a-document.js"

/**
 * Every rule of the built-in pack, `not-a-document` first.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { ALL_RULES } from "@cchc/rules"
 * ALL_RULES.map((r) => r.meta.id).includes("document-number") // true
 * ```
 */
export const ALL_RULES: ReadonlyArray<Rule> = [
  notADocument,
]
