import type { DocumentSpec } from "@cchc/core"
import { type DocumentLayout, layoutDocumentOrThrow } from "../layout/layout-document.js"

/** A layout as is, or a spec laid out (throwing the layout's error). */
export const asLayout = (input: DocumentSpec | DocumentLayout): DocumentLayout =>
  "placeDate" in input && typeof input.placeDate === "string"
    ? (input as DocumentLayout)
    : layoutDocumentOrThrow(input as DocumentSpec)
