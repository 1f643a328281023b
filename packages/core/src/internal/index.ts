/**
 * `@cchc/core/internal`: helpers that the other `@cchc` packages share
 * with the parser (a bounded memo table, per-character lookup tables,
 * trimming without a regular expression). They are exported only so that
 * `@cchc/rules` and `@cchc/format` can use the same code as the parser;
 * they are not part of the public API and may change in any release,
 * without a major version. Import from `@cchc/core` or
 * `@cchc/core/parser` instead.
 *
 * @since 0.2.0
 */
export * from "../text/bounded-cache.js"
export * from "../text/character-kinds.js"
export * from "../text/trim-end.js"
export { closestName } from "./closest-name.js"
