/**
 * Matching a document's kind against names and codes in metadata and
 * configuration.
 */
import { foldKey, type DocumentKind } from "@cchc/core"
import { perObject } from "./per-object.js"

/**
 * Whether `kind` is one of `names`, each a type code (`BC`, `QĐ`) or a kind
 * name (`Báo cáo`, `Công văn`), compared without regard to case or tone
 * placement.
 */
export const kindMatches = (kind: DocumentKind | null, names: ReadonlyArray<string>): boolean => {
  if (kind === null) return false
  const keys = keysOf(names)
  return keys.has(foldKey(kind.name)) || (kind.code !== null && keys.has(foldKey(kind.code)))
}

/**
 * Whether `kind` is `name`, a type code or a kind name: {@link kindMatches}
 * with one name.
 *
 * @example
 * ```ts
 * kindIs({ name: "Báo cáo", code: "BC" }, "bc") // true
 * kindIs({ name: "Công văn", code: null }, "CÔNG VĂN") // true
 * ```
 */
export const kindIs = (kind: DocumentKind | null, name: string): boolean =>
  kind !== null &&
  (foldKey(name) === foldKey(kind.name) || (kind.code !== null && foldKey(name) === foldKey(kind.code)))

// The names of a rule's `appliesTo` or of a configuration are the same
// array for every document: their keys are folded once per array.
const keysOf = perObject((names: ReadonlyArray<string>): ReadonlySet<string> => new Set(names.map(foldKey)))
