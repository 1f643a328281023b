/**
 * The rules that do not apply to a document part (see `DocumentPart` in
 * `@cchc/core`), and why. One table rather than a test in each rule: the
 * parts of a document are a fact of its layout that every rule of the head
 * and the foot shares.
 *
 * @since 0.2.0
 */
import type { DocumentPartKind } from "@cchc/core"

// The head and the foot of a whole document.
const HEAD_AND_FOOT = [
  "national-header",
  "issuer-header",
  "document-number",
  "place-date",
  "title",
  "kinh-gui",
  "recipients",
  "signing-authority",
  "signer-name",
  "end-mark",
  "required-sections",
  "report-addressee"
]

const NOT_APPLICABLE: Readonly<
  Record<DocumentPartKind, { readonly rules: ReadonlySet<string>; readonly reason: string }>
> = {
  appendix: {
    rules: new Set(HEAD_AND_FOOT),
    reason:
      "an appendix is a page of its document (Phụ lục I, mục III): its head, number, date and signature are the document's"
  },
  outline: {
    rules: new Set(HEAD_AND_FOOT),
    reason: "the text is the body of a document part (chương, điều) without its head"
  },
  "attached-document": {
    rules: new Set([
      "document-number",
      "place-date",
      "kinh-gui",
      "recipients",
      "end-mark",
      "required-sections",
      "report-addressee"
    ]),
    reason:
      "a document issued by a Quyết định has its own header but takes the number and date of the Quyết định it is attached to"
  }
}

/**
 * Why rule `ruleId` does not apply to a document part of kind `part`, or
 * `null` when it does.
 *
 * @since 0.2.0
 * @category engine
 * @example
 * ```ts
 * import { partSkipReason } from "@cchc/rules"
 * partSkipReason("appendix", "place-date") // "an appendix is a page of its document …"
 * partSkipReason("appendix", "misspelling") // null
 * ```
 */
export const partSkipReason = (part: DocumentPartKind, ruleId: string): string | null => {
  const entry = NOT_APPLICABLE[part]
  return entry.rules.has(ruleId) ? entry.reason : null
}
