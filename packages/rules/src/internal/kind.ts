/**
 * Matching a document's kind against names and codes in metadata and
 * configuration.
 */
import { foldKey, type DocumentKind } from "@cchc/core"

/**
 * Whether `kind` is one of `names`, each a type code (`BC`, `QĐ`) or a kind
 * name (`Báo cáo`, `Công văn`), compared without regard to case or tone
 * placement.
 */
export const kindMatches = (kind: DocumentKind | null, names: ReadonlyArray<string>): boolean => {
  if (kind === null) return false
  const name = foldKey(kind.name)
  const code = kind.code === null ? null : foldKey(kind.code)
  return names.some((n) => {
    const key = foldKey(n)
    return key === name || (code !== null && key === code)
  })
}
