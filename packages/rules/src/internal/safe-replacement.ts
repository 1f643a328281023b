import type { Fix } from "../diagnostic.js"

/**
 * The safe fix that replaces `[start, end)` of the original text with
 * `text`, described by the text it writes (the common case: a casing or a
 * spelling of a fixed formula).
 *
 * @example
 * ```ts
 * safeReplacement(0, 8, "Nơi nhận:")
 * // { tier: "safe", description: "\"Nơi nhận:\"", edits: [{ start: 0, end: 8, text: "Nơi nhận:" }] }
 * ```
 */
export const safeReplacement = (start: number, end: number, text: string): Fix => ({
  tier: "safe",
  description: `"${text}"`,
  edits: [{ start, end, text }]
})
