/**
 * The kinds of administrative document (tên loại văn bản).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * A document kind as it appears in the JSON contract: the Vietnamese name
 * (`Báo cáo`) and its type code exactly as Nghị định 30/2020, Phụ lục III
 * prints it (`BC`, `QyĐ`, `CTr`); `null` for Công văn and Thư công, which
 * carry none.
 *
 * @since 0.1.0
 * @category model
 */
export const DocumentKind = Schema.Struct({
  name: Schema.String,
  code: Schema.NullOr(Schema.String)
}).annotate({ identifier: "DocumentKind" })

/** @since 0.1.0 @category model */
export type DocumentKind = typeof DocumentKind.Type
