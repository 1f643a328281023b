/**
 * The marks Phụ lục I of Nghị định 30/2020 places on a document besides its
 * parts: độ mật (ô 10a), độ khẩn (ô 10b) and the circulation marks (ô 11).
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { Span } from "./span.js"

/**
 * What a mark says: `secrecy` (độ mật: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`, per
 * the Law on the Protection of State Secrets), `urgency` (độ khẩn: `KHẨN`,
 * `THƯỢNG KHẨN`, `HỎA TỐC`), `circulation` (phạm vi lưu hành: `LƯU HÀNH
 * NỘI BỘ`, `XEM XONG TRẢ LẠI`).
 *
 * @since 0.2.0
 * @category model
 */
export const DocumentMarkKind = Schema.Literals(["secrecy", "urgency", "circulation"])

/** @since 0.2.0 @category model */
export type DocumentMarkKind = typeof DocumentMarkKind.Type

/**
 * One mark as written: `value` in its standard form (`THƯỢNG KHẨN`), `raw`
 * and `span` the mark as the text has it, without the frame or emphasis
 * around it (`**Thượng khẩn**` gives `Thượng khẩn`).
 *
 * @since 0.2.0
 * @category model
 */
export const DocumentMark = Schema.Struct({
  kind: DocumentMarkKind,
  value: Schema.String,
  raw: Schema.String,
  span: Span
}).annotate({ identifier: "DocumentMark" })

/** @since 0.2.0 @category model */
export type DocumentMark = typeof DocumentMark.Type
