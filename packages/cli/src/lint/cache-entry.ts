/**
 * Checking what a cache file holds before any of it is used: a
 * hand-edited or damaged entry is dropped (its file is checked again),
 * never trusted, so it cannot crash the run or report what the file does
 * not say.
 *
 * @since 0.1.0
 */
import { isRegimeKind } from "@cchc/core"
import type { FileResult } from "./lint-file.js"

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isPlace = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1

const isNullableString = (value: unknown): boolean => value === null || typeof value === "string"

const SEVERITIES: ReadonlySet<unknown> = new Set(["error", "warning", "info"])

const isEdit = (value: unknown): boolean =>
  isRecord(value) &&
  Number.isInteger(value["start"]) &&
  Number.isInteger(value["end"]) &&
  (value["start"] as number) >= 0 &&
  (value["end"] as number) >= (value["start"] as number) &&
  typeof value["text"] === "string"

const isFix = (value: unknown): boolean =>
  isRecord(value) &&
  (value["tier"] === "safe" || value["tier"] === "suggestion") &&
  typeof value["description"] === "string" &&
  Array.isArray(value["edits"]) &&
  value["edits"].every(isEdit)

const isMessage = (value: unknown): boolean => {
  if (!isRecord(value)) return false
  const source = value["source"]
  return (
    isNullableString(value["ruleId"]) &&
    typeof value["messageId"] === "string" &&
    SEVERITIES.has(value["severity"]) &&
    typeof value["message"] === "string" &&
    isNullableString(value["messageEn"]) &&
    isPlace(value["line"]) &&
    isPlace(value["column"]) &&
    isPlace(value["endLine"]) &&
    Number.isInteger(value["endColumn"]) &&
    (value["fix"] === null || isFix(value["fix"])) &&
    Array.isArray(value["suggestions"]) &&
    value["suggestions"].every(isFix) &&
    (source === null ||
      (isRecord(source) && typeof source["text"] === "string" && Number.isInteger(source["startColumn"]))) &&
    typeof value["fingerprint"] === "string" &&
    (value["page"] === undefined || isPlace(value["page"])) &&
    (value["fatal"] === undefined || value["fatal"] === true)
  )
}

const isSpan = (value: unknown): boolean =>
  isRecord(value) &&
  isRecord(value["start"]) &&
  isRecord(value["end"]) &&
  Number.isInteger(value["start"]["offset"]) &&
  isPlace(value["start"]["line"]) &&
  Number.isInteger(value["end"]["offset"])

// The fields of a citation the cross-file check reads.
const isCitation = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value["kind"] === "string" &&
  typeof value["number"] === "string" &&
  isNullableString(value["date"]) &&
  isNullableString(value["dateText"]) &&
  isSpan(value["span"])

const SKIP_KINDS: ReadonlyArray<unknown> = ["not-applicable", "not-evaluable", "off"]

const isSkippedRule = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value["ruleId"] === "string" &&
  SKIP_KINDS.includes(value["skip"]) &&
  typeof value["reason"] === "string"

const isCrossFile = (value: unknown): boolean => {
  if (value === null) return true
  if (!isRecord(value) || !isRecord(value["document"]) || !isRecord(value["lines"])) return false
  const { document } = value
  const kind = document["kind"]
  return (
    (kind === null ||
      (isRecord(kind) && typeof kind["name"] === "string" && isNullableString(kind["code"]))) &&
    Array.isArray(document["citations"]) &&
    document["citations"].every(isCitation) &&
    Object.values(value["lines"]).every((line) => typeof line === "string")
  )
}

/**
 * Whether a value read from a cache file is a usable entry for the file at
 * `path`: a key, and a result of that file whose messages, fixes and
 * cross-file data have the shape the reporters and the cross-file check
 * read.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { isCacheEntry } from "@cchc/cli"
 * const result = { path: "/repo/a.txt", isDocument: true, messages: [], fixed: false, crossFile: null }
 * isCacheEntry("/repo/a.txt", { key: "k", result }) // true
 * isCacheEntry("/repo/a.txt", { key: "k", result: { ...result, messages: "none" } }) // false
 * ```
 */
export const isCacheEntry = (
  path: string,
  value: unknown
): value is { readonly key: string; readonly result: FileResult } => {
  if (!isRecord(value) || typeof value["key"] !== "string" || !isRecord(value["result"])) return false
  const result = value["result"]
  return (
    result["path"] === path &&
    typeof result["isDocument"] === "boolean" &&
    typeof result["fixed"] === "boolean" &&
    (result["fixSkipped"] === undefined || typeof result["fixSkipped"] === "string") &&
    (result["regime"] === undefined ||
      (typeof result["regime"] === "string" && isRegimeKind(result["regime"]))) &&
    (result["skipped"] === undefined ||
      (Array.isArray(result["skipped"]) && result["skipped"].every(isSkippedRule))) &&
    Array.isArray(result["messages"]) &&
    result["messages"].every(isMessage) &&
    isCrossFile(result["crossFile"] ?? null)
  )
}
