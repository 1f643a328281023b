/**
 * Small text helpers shared by the builders. Not exported from the package.
 *
 * @since 0.1.0
 */

/** NFC, single spaces, trimmed. */
export const clean = (text: string): string => text.normalize("NFC").replace(/\s+/gu, " ").trim()

/** Upper case the Vietnamese way (`ủy ban` → `ỦY BAN`), after {@link clean}. */
export const upper = (text: string): string => clean(text).toLocaleUpperCase("vi")

/** The first letter in upper case, the rest untouched. */
export const capitaliseFirst = (text: string): string =>
  text.length === 0 ? text : text[0]!.toLocaleUpperCase("vi") + text.slice(1)

/** The first letter in lower case, the rest untouched. */
export const lowerFirst = (text: string): string =>
  text.length === 0 ? text : text[0]!.toLocaleLowerCase("vi") + text.slice(1)

/** `true` when the text has letters and none of them is lower case. */
export const isUpperCase = (text: string): boolean => /\p{L}/u.test(text) && !/\p{Ll}/u.test(text)

/** A comparison key (NFC, one tone-mark placement, lower case, single spaces), from `@cchc/core`. */
export { foldKey } from "@cchc/core"

/** Trims the characters that pass a test off the end in linear time, from `@cchc/core`. */
export { trimEndWhile } from "@cchc/core/internal"

/** Two digits for 1–9 (`5` → `05`), the number as is from 10. */
export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
