/**
 * Where a rule's documentation page lives, for the link of a diagnostic.
 *
 * @since 0.1.0
 */

/**
 * The base of the rule pages: one Markdown page per rule, generated from
 * the rule's metadata (`docs/rules/<id>.md` in the repository).
 *
 * @since 0.1.0
 * @category links
 */
export const RULE_DOCS_BASE = "https://github.com/cchc-sdk/cchc/blob/main/docs/rules/"

/**
 * The page of the rule `ruleId`.
 *
 * @since 0.1.0
 * @category links
 * @example
 * ```ts
 * import { ruleDocUrl } from "@cchc/language-server"
 * ruleDocUrl("place-date") // "https://github.com/cchc-sdk/cchc/blob/main/docs/rules/place-date.md"
 * ```
 */
export const ruleDocUrl = (ruleId: string): string => `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`
