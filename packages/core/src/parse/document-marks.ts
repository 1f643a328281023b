/**
 * Reading the marks of ô 10a, 10b and 11 (`MẬT`, `THƯỢNG KHẨN`, `LƯU HÀNH
 * NỘI BỘ`): a line of the head that holds one mark and nothing else. They
 * are printed in a frame under the number and V/v (Phụ lục I, mục IV), so a
 * flattened copy puts them between the parts of the head; the head goes on
 * after them.
 *
 * @since 0.2.0
 */
import type { DocumentMarkKind } from "../model/document-mark.js"
import { foldToneMarks } from "../text/fold.js"

/**
 * The marks by their key: upper case, one tone placement, single spaces.
 * Sources: Phụ lục I, mục III.2 (ô 10a, 10b, 11) of Nghị định 30/2020; the
 * three secrecy levels of Luật Bảo vệ bí mật nhà nước 2018, Điều 8.
 */
const MARKS: ReadonlyMap<string, { readonly kind: DocumentMarkKind; readonly value: string }> = new Map(
  (
    [
      ["secrecy", "MẬT"],
      ["secrecy", "TỐI MẬT"],
      ["secrecy", "TUYỆT MẬT"],
      ["urgency", "KHẨN"],
      ["urgency", "THƯỢNG KHẨN"],
      ["urgency", "HỎA TỐC"],
      ["circulation", "LƯU HÀNH NỘI BỘ"],
      ["circulation", "XEM XONG TRẢ LẠI"]
    ] as const
  ).map(([kind, value]) => [value, { kind, value }])
)

// The longest mark is 16 characters; frames and emphasis add a few.
const MAX_LINE = 40

/**
 * The mark a trimmed line holds alone, in any case, with the frame marks or
 * emphasis a copy leaves around it (`[KHẨN]`, `**MẬT**`), or `null`.
 *
 * @since 0.2.0
 * @category parsing
 * @example
 * ```ts
 * import { readDocumentMark } from "@cchc/core/parser"
 * readDocumentMark("**THƯỢNG KHẨN**") // { kind: "urgency", value: "THƯỢNG KHẨN", start: 2, end: 13 }
 * readDocumentMark("Khẩn trương triển khai") // null
 * ```
 */
export const readDocumentMark = (
  text: string
): {
  readonly kind: DocumentMarkKind
  readonly value: string
  /** Where the mark stands in `text`, its frame and emphasis left out. */
  readonly start: number
  readonly end: number
} | null => {
  if (text.length === 0 || text.length > MAX_LINE) return null
  let start = 0
  let end = text.length
  while (start < end && isFrame(text.charCodeAt(start))) start++
  while (end > start && isFrame(text.charCodeAt(end - 1))) end--
  const key = foldToneMarks(text.slice(start, end)).toUpperCase().replace(/\s+/gu, " ")
  const mark = MARKS.get(key)
  return mark === undefined ? null : { ...mark, start, end }
}

// `*`, `_`, `[`, `]`, `|`, spaces.
const isFrame = (c: number): boolean =>
  c === 42 || c === 95 || c === 91 || c === 93 || c === 124 || c === 32 || c === 9
